import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test/databases.js';
import { phq9, registerTestPatient } from '../../test/portal-helpers.js';
import { createTestApp, type Agent, type TestApp } from '../../test/test-app.js';

/** Clinic in Chicago (UTC-6); the test clock starts Sunday 2026-11-22 09:00Z. */
const local = (date: string, hhmm: string): string => `${date}T${hhmm}:00-06:00`;
const longSignIn = {
  idleTimeoutMinutes: 60 * 24 * 30,
  absoluteTimeoutHours: 24 * 30,
  maxFailedSignIns: 5,
  lockoutMinutes: 15,
};

interface Appt {
  id: string;
  version: number;
  status: string;
}
interface Problem {
  code: string;
  errors?: { field: string }[];
}
interface Dashboard {
  today: string;
  activeCourses: { courseId: string; patient: { name: string }; sessionsCompleted: number; sessionsBooked: number }[];
  protocols: {
    protocolId: string;
    scaleName: string;
    activeCourses: number;
    evaluated: number;
    notEvaluable: number;
    responders: number;
    remitters: number;
    responseRatePct: number | null;
    remissionRatePct: number | null;
    coursesEnded: number;
    completionRatePct: number | null;
  }[];
  attendance: { completed: number; noShow: number; attendanceRatePct: number | null };
  questionnaires: { due: number; completed: number; completionRatePct: number | null };
  overdueQuestionnaires: { patient: { name: string }; scaleName: string; daysOverdue: number }[];
  urgentTasks: { patient: { name: string }; priority: string }[];
}

describe.each(databaseKinds)('clinic dashboard and completed appointments on %s', (kind) => {
  let t: TestApp;
  let desk: Agent;
  let nurse: Agent;
  let doc: Agent;
  let admin: Agent;
  let chair: string;
  const patients: Record<string, string> = {};
  const courses: Record<string, string> = {};
  const appts: Appt[] = [];

  const count = async (table: string): Promise<number> => {
    const result = await t.db.db.execute(sql.raw(`select count(*)::int as n from ${table}`));
    const rows = Array.isArray(result) ? result : (result as { rows: { n: number }[] }).rows;
    return (rows[0] as { n: number }).n;
  };
  const dashboard = (agent: Agent, from = '2026-11-01', to = '2026-11-30') =>
    agent.request({ method: 'GET', url: `/api/dashboard?from=${from}&to=${to}` });
  const complete = (agent: Agent, a: Appt, note: string | null = null) =>
    agent.request({ method: 'POST', url: `/api/appointments/${a.id}/complete`, payload: { note, version: a.version } });
  const enter = (agent: Agent, who: string, values: number[], takenAt: string) =>
    agent.request({
      method: 'POST',
      url: `/api/patients/${patients[who] ?? ''}/questionnaire-responses`,
      payload: { scaleId: 'phq-9', answers: phq9(values), takenAt },
    });

  beforeAll(async () => {
    t = await createTestApp(kind, { auth: longSignIn });
    admin = await t.as('admin');
    [desk, nurse, doc] = await Promise.all([t.as('front_desk'), t.as('nurse'), t.as('physician')]);
    const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'].map((weekday) => ({
      weekday,
      opensAt: '08:00',
      closesAt: '18:00',
    }));
    await admin.request({
      method: 'PUT',
      url: '/api/clinic/settings',
      payload: { timeZone: 'America/Chicago', weeklyHours: weekdays, closedDates: [], version: null },
    });
    chair = (await admin.request({ method: 'POST', url: '/api/clinic/chairs', payload: { name: 'Chair A' } })).json<{
      id: string;
    }>().id;
    for (const name of ['Ada', 'Ben', 'Cy']) {
      patients[name] = await registerTestPatient(desk, name, 'Dashboard');
    }
    for (const [name, protocolId] of [
      ['Ada', 'iv-depression'],
      ['Ben', 'im-depression'],
    ] as const) {
      const res = await doc.request({
        method: 'POST',
        url: `/api/patients/${patients[name] ?? ''}/courses`,
        payload: { protocolId, phase: 'induction', targetSessions: 6, sessionsPerWeek: 2 },
      });
      courses[name] = res.json<{ id: string }>().id;
    }
    for (const dueDate of ['2026-11-24', '2026-11-30']) {
      const res = await nurse.request({
        method: 'POST',
        url: `/api/patients/${patients['Ben'] ?? ''}/questionnaire-assignments`,
        payload: { scaleId: 'gad-7', dueDate, recurrence: 'none' },
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    // Ada: baseline PHQ-9 20 before her first session.
    expect((await enter(nurse, 'Ada', [3, 3, 3, 3, 2, 2, 2, 2, 0], '2026-11-22T08:00:00Z')).statusCode).toBe(201);
    const slots = [
      ['Ada', local('2026-11-23', '09:00')],
      ['Ada', local('2026-11-25', '09:00')],
      ['Ben', local('2026-11-23', '11:00')],
    ] as const;
    for (const [who, startsAt] of slots) {
      const res = await desk.request({
        method: 'POST',
        url: '/api/appointments',
        payload: {
          slots: [
            { patientId: patients[who], type: 'dosing_session', chairId: chair, courseId: courses[who], startsAt },
          ],
        },
      });
      expect(res.statusCode, res.body).toBe(201);
      appts.push(...res.json<Appt[]>());
    }
  });
  afterAll(async () => t.close());

  it('refuses to complete an appointment that has not started; nothing changes', async () => {
    const [first] = appts;
    const before = await count('appointment_events');
    const res = await complete(nurse, first!);
    expect(res.statusCode).toBe(409);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(await count('appointment_events')).toBe(before);
  });

  it('a front-desk user may not mark an appointment attended', async () => {
    t.clock.advanceMinutes(60 * 24 * 4); // Thursday 26 Nov, 09:00Z
    expect((await complete(desk, appts[0]!)).statusCode).toBe(403);
  });

  it('a nurse completes attended sessions; the session shows on the outcome chart; twice is refused', async () => {
    const [ada1, ada2, ben1] = appts as [Appt, Appt, Appt];
    const done = await complete(nurse, ada1, 'Attended');
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json<Appt>()).toMatchObject({ status: 'completed', version: ada1.version + 1 });
    expect((await complete(nurse, { ...ada1, version: ada1.version + 1 })).statusCode).toBe(409);
    expect((await complete(doc, ada2)).statusCode).toBe(200);
    const noShow = await desk.request({
      method: 'POST',
      url: `/api/appointments/${ben1.id}/close`,
      payload: { status: 'no_show', reason: 'Did not come', version: ben1.version },
    });
    expect(noShow.statusCode).toBe(200);
    const outcomes = await nurse.request({ method: 'GET', url: `/api/patients/${patients['Ada'] ?? ''}/outcomes` });
    expect(outcomes.json<{ sessionAts: string[] }>().sessionAts).toEqual([
      '2026-11-23T15:00:00.000Z',
      '2026-11-25T15:00:00.000Z',
    ]);
  });

  it('counts response, remission, attendance, overdue questionnaires and urgent tasks', async () => {
    // Ada 10 after sessions (exactly 50% drop: response, not remission).
    expect((await enter(nurse, 'Ada', [2, 2, 1, 1, 1, 1, 1, 1, 0], '2026-11-26T08:00:00Z')).statusCode).toBe(201);
    // Cy: item 9 > 0 raises the urgent task.
    expect((await enter(nurse, 'Cy', [1, 1, 1, 1, 1, 1, 1, 1, 1], '2026-11-26T08:00:00Z')).statusCode).toBe(201);
    const auditBefore = await count('audit_events');
    const res = await dashboard(doc);
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json<Dashboard>();
    expect(d.today).toBe('2026-11-26');
    expect(d.activeCourses.map((c) => [c.patient.name, c.sessionsCompleted, c.sessionsBooked])).toEqual([
      ['Ada Dashboard', 2, 0],
      ['Ben Dashboard', 0, 0],
    ]);
    const iv = d.protocols.find((p) => p.protocolId === 'iv-depression');
    expect(iv).toMatchObject({
      scaleName: 'PHQ-9',
      activeCourses: 1,
      evaluated: 1,
      responders: 1,
      remitters: 0,
      responseRatePct: 100,
      remissionRatePct: 0,
      coursesEnded: 0,
      completionRatePct: null,
    });
    expect(d.protocols.find((p) => p.protocolId === 'im-depression')).toMatchObject({
      evaluated: 0,
      notEvaluable: 1,
      responseRatePct: null,
    });
    expect(d.attendance).toEqual({ completed: 2, noShow: 1, cancelled: 0, attendanceRatePct: 66.7 });
    expect(d.questionnaires).toEqual({ due: 2, completed: 0, completionRatePct: 0 });
    expect(d.overdueQuestionnaires.map((o) => [o.patient.name, o.scaleName, o.daysOverdue])).toEqual([
      ['Ben Dashboard', 'GAD-7', 2],
    ]);
    expect(d.urgentTasks.map((u) => [u.patient.name, u.priority])).toEqual([['Cy Dashboard', 'urgent']]);
    expect(await count('audit_events')).toBe(auditBefore + 1);
  });

  it('a period before the response has no evaluable course; a completed course counts towards completion', async () => {
    const early = (await dashboard(admin, '2026-11-01', '2026-11-25')).json<Dashboard>();
    expect(early.protocols.find((p) => p.protocolId === 'iv-depression')).toMatchObject({
      evaluated: 0,
      notEvaluable: 1,
      responseRatePct: null,
    });
    const course = (await doc.request({ method: 'GET', url: `/api/courses/${courses['Ben'] ?? ''}` })).json<{
      course: { version: number };
    }>().course;
    const ended = await doc.request({
      method: 'POST',
      url: `/api/courses/${courses['Ben'] ?? ''}/end`,
      payload: { status: 'stopped', reason: 'Moved away', version: course.version },
    });
    expect(ended.statusCode, ended.body).toBe(204);
    const after = (await dashboard(doc)).json<Dashboard>();
    expect(after.protocols.find((p) => p.protocolId === 'im-depression')).toMatchObject({
      activeCourses: 0,
      coursesEnded: 1,
      completionRatePct: 0,
    });
  });

  it.each([
    ['the period ends before it starts', '2026-11-30', '2026-11-01', 'to'],
    ['a period longer than a year', '2025-01-01', '2026-11-30', 'to'],
    ['not a calendar date', '2026-02-30', '2026-03-01', 'from'],
  ])('refuses %s with problem+json naming the field', async (_name, from, to, field) => {
    const before = await count('audit_events');
    const res = await dashboard(doc, from, to);
    expect([400, 422]).toContain(res.statusCode);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(JSON.stringify(res.json<Problem>())).toContain(field);
    expect(await count('audit_events')).toBe(before);
  });

  it('nurses and the front desk do not see the dashboard', async () => {
    expect((await dashboard(nurse)).statusCode).toBe(403);
    expect((await dashboard(desk)).statusCode).toBe(403);
  });
});
