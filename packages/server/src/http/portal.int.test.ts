import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test/databases.js';
import { patientPassword, phq9, portalAgentFor, registerTestPatient } from '../../test/portal-helpers.js';
import { agentFor, createTestApp, type Agent, type TestApp } from '../../test/test-app.js';

interface Problem {
  code: string;
  errors?: { field: string }[];
}
interface PortalAssignment {
  id: string;
  scaleId: string;
  dueDate: string;
  scale: { items: { label: string }[]; answerOptions: { value: number }[] };
}

describe.each(databaseKinds)('patient portal on %s', (kind) => {
  let t: TestApp;
  let desk: Agent;
  let nurse: Agent;
  let ana: Agent;
  let anaId: string;
  let benId: string;

  const assign = async (patientId: string, recurrence = 'none'): Promise<string> => {
    const response = await nurse.request({
      method: 'POST',
      url: `/api/patients/${patientId}/questionnaire-assignments`,
      payload: { scaleId: 'phq-9', dueDate: '2026-11-25', recurrence },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<{ id: string }>().id;
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
    desk = await t.as('front_desk');
    nurse = await t.as('nurse');
    anaId = await registerTestPatient(desk, 'Ana', 'Portal');
    benId = await registerTestPatient(desk, 'Ben', 'Elsewhere');
    ana = await portalAgentFor(t, desk, anaId, 'ana.portal');
  });
  afterAll(async () => t.close());

  it('shows the code once and stores only its digest; a code works once and not after 7 days', async () => {
    const invited = (await desk.request({ method: 'POST', url: `/api/patients/${benId}/portal-invitations` })).json<{
      code: string;
      expiresAt: string;
    }>();
    expect(invited.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(invited.expiresAt).toBe('2026-11-29T09:00:00.000Z');
    const dump = JSON.stringify(await t.db.db.execute('select * from portal_invitations'));
    expect(dump).not.toContain(invited.code);
    const redeem = (code: string, username: string, password = patientPassword) =>
      t.app.inject({ method: 'POST', url: '/api/portal/redeem', payload: { code, username, password } });
    const short = await redeem(invited.code, 'ben.portal', 'short');
    expect(short.statusCode).toBe(400);
    expect(short.json<Problem>().errors?.[0]?.field).toContain('password');
    t.clock.advanceMinutes(7 * 24 * 60 + 1);
    try {
      const late = await redeem(invited.code.toLowerCase(), 'ben.portal');
      expect(late.statusCode).toBe(422);
      expect(late.json<Problem>().errors?.[0]?.field).toBe('code');
    } finally {
      t.clock.advanceMinutes(-(7 * 24 * 60 + 1));
    }
    expect((await redeem(invited.code.toLowerCase().replace(/-/g, ' '), 'ben.portal')).statusCode).toBe(201);
    expect((await redeem(invited.code, 'ben.again')).statusCode).toBe(422);
  });

  it('lets the patient complete an assigned PHQ-9 with item 9 > 0: crisis resources at once, urgent task raised', async () => {
    const assignmentId = await assign(anaId);
    const list = (await ana.request({ method: 'GET', url: '/api/portal/questionnaires' })).json<PortalAssignment[]>();
    expect(list.map((a) => a.id)).toContain(assignmentId);
    expect(list[0]?.scale.items[8]?.label).toContain('better off dead');
    const submitted = await ana.request({
      method: 'POST',
      url: `/api/portal/questionnaires/${assignmentId}/responses`,
      payload: { answers: phq9([2, 2, 1, 1, 1, 1, 1, 0, 1]) },
    });
    expect(submitted.statusCode, submitted.body).toBe(201);
    const body = submitted.json<{ score: { total: number }; crisisResources: { lines: { href: string }[] } | null }>();
    expect(body.score.total).toBe(10);
    expect(body.crisisResources?.lines.map((l) => l.href)).toEqual(expect.arrayContaining(['tel:988', 'tel:911']));
    const physician = await t.as('physician');
    const tasks = (await physician.request({ method: 'GET', url: '/api/tasks' })).json<
      { priority: string; patient: { id: string }; detail: string }[]
    >();
    expect(tasks.find((x) => x.patient.id === anaId)).toMatchObject({ priority: 'urgent' });
    expect(tasks.find((x) => x.patient.id === anaId)?.detail).toContain('the patient in the portal');
    const scores = (await ana.request({ method: 'GET', url: '/api/portal/scores' })).json<{ total: number }[]>();
    expect(scores.map((s) => s.total)).toEqual([10]);
    const again = await ana.request({
      method: 'POST',
      url: `/api/portal/questionnaires/${assignmentId}/responses`,
      payload: { answers: phq9([0, 0, 0, 0, 0, 0, 0, 0, 0]) },
    });
    expect(again.statusCode).toBe(422);
  });

  it('renews a weekly questionnaire when it is completed', async () => {
    const assignmentId = await assign(anaId, 'weekly');
    const submitted = await ana.request({
      method: 'POST',
      url: `/api/portal/questionnaires/${assignmentId}/responses`,
      payload: { answers: phq9([0, 0, 0, 0, 0, 0, 0, 0, 0]) },
    });
    expect(submitted.json<{ crisisResources: unknown }>().crisisResources).toBeNull();
    const open = (await ana.request({ method: 'GET', url: '/api/portal/questionnaires' })).json<PortalAssignment[]>();
    expect(open.map((a) => a.dueDate)).toEqual(['2026-12-02']);
  });

  it("never lets a patient read or submit another patient's questionnaire", async () => {
    const bensAssignment = await assign(benId);
    const submit = await ana.request({
      method: 'POST',
      url: `/api/portal/questionnaires/${bensAssignment}/responses`,
      payload: { answers: phq9([0, 0, 0, 0, 0, 0, 0, 0, 0]) },
    });
    expect(submit.statusCode).toBe(404);
    const mine = (await ana.request({ method: 'GET', url: '/api/portal/questionnaires' })).json<PortalAssignment[]>();
    expect(mine.map((a) => a.id)).not.toContain(bensAssignment);
    const bens = (await nurse.request({ method: 'GET', url: `/api/patients/${benId}/questionnaire-responses` })).json<
      unknown[]
    >();
    expect(bens).toHaveLength(0);
    for (const url of [
      `/api/patients/${benId}`,
      `/api/patients/${benId}/questionnaire-responses`,
      `/api/patients/${benId}/outcomes`,
      `/api/patients/${anaId}/outcomes`,
      '/api/tasks',
      '/api/scales',
    ]) {
      expect((await ana.request({ method: 'GET', url })).statusCode, url).toBe(403);
    }
    const staffEntry = await ana.request({
      method: 'POST',
      url: `/api/patients/${anaId}/questionnaire-responses`,
      payload: { scaleId: 'phq-9', answers: phq9([0, 0, 0, 0, 0, 0, 0, 0, 0]) },
    });
    expect(staffEntry.statusCode).toBe(403);
  });

  it('refuses to send a scale whose wording may not be shown (ISI) or a clinician-rated one', async () => {
    for (const scaleId of ['isi', 'cadss-6']) {
      const response = await nurse.request({
        method: 'POST',
        url: `/api/patients/${anaId}/questionnaire-assignments`,
        payload: { scaleId, dueDate: '2026-11-25' },
      });
      expect(response.statusCode).toBe(422);
      expect(response.json<Problem>().errors?.[0]?.field).toBe('scaleId');
    }
  });

  it('answers 403 to staff on portal routes (they have no patient record of their own)', async () => {
    expect((await nurse.request({ method: 'GET', url: '/api/portal/scores' })).statusCode).toBe(403);
  });

  it('signs the patient in with the username and password they chose', async () => {
    const again = await agentFor(t.app, 'ana.portal', patientPassword);
    const me = (await again.request({ method: 'GET', url: '/api/auth/me' })).json<{ role: string }>();
    expect(me.role).toBe('patient');
  });
});
