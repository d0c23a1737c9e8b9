import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCheckInSweep } from '../app/outcomes/check-ins.js';
import { databaseKinds } from '../../test/databases.js';
import { portalAgentFor } from '../../test/portal-helpers.js';
import { completePreChecks, readyIvPatient, sessionAgents, type SessionAgents } from '../../test/session-fixtures.js';
import { createTestApp, type Agent, type TestApp } from '../../test/test-app.js';

const longSignIn = {
  idleTimeoutMinutes: 60 * 24 * 30,
  absoluteTimeoutHours: 24 * 30,
  maxFailedSignIns: 5,
  lockoutMinutes: 15,
};

interface Task {
  type: string;
  patient: { id: string };
  status: string;
}

describe.each(databaseKinds)('next-day check-in after a session on %s', (kind) => {
  let t: TestApp;
  let a: SessionAgents;
  const patients: Record<string, string> = {};
  const portal: Record<string, Agent> = {};

  const tasks = async (): Promise<Task[]> =>
    (await a.nurse.request({ method: 'GET', url: '/api/tasks?status=open' })).json<Task[]>();

  /** Runs a session to discharge (physician override of the recovery criteria). */
  async function treat(patientId: string, courseId: string, chairName: string): Promise<void> {
    const created = await a.nurse.request({
      method: 'POST',
      url: '/api/sessions',
      payload: { patientId, courseId, chairName },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json<{ session: { id: string } }>().session.id;
    const post = (path: string, payload: object, agent = a.nurse) =>
      agent.request({ method: 'POST', url: `/api/sessions/${id}/${path}`, payload });
    for (const event of ['check-in', 'begin-pre-checks']) {
      expect((await post('transitions', { event })).statusCode).toBe(200);
    }
    await completePreChecks(a, id, t.clock.now());
    expect((await post('transitions', { event: 'start-dosing', initialRateMlPerHour: 6 })).statusCode).toBe(200);
    const stop = await post('titrations', { kind: 'stop', at: t.clock.now().toISOString(), reason: 'Dose complete' });
    expect(stop.statusCode, stop.body).toBe(200);
    const done = await post(
      'discharge',
      { noDrivingAcknowledged: true, overrideReason: 'Test: observed and well' },
      a.physician,
    );
    expect(done.statusCode, done.body).toBe(200);
  }

  beforeAll(async () => {
    t = await createTestApp(kind, { auth: longSignIn });
    a = await sessionAgents(t);
    const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((weekday) => ({
      weekday,
      opensAt: '00:00',
      closesAt: '23:59',
    }));
    await a.admin.request({
      method: 'PUT',
      url: '/api/clinic/settings',
      payload: { timeZone: 'America/Chicago', weeklyHours: weekdays, closedDates: [], version: null },
    });
    t.clock.advanceMinutes(8 * 60); // Sunday 22 Nov, 17:00Z = 11:00 in Chicago
    a = await sessionAgents(t);
    for (const [name, chair] of [
      ['Ana', 'Chair A'],
      ['Bo', 'Chair B'],
      ['Cal', 'Chair C'],
    ] as const) {
      const ready = await readyIvPatient(a, { given: name, family: 'Checkin' }, chair);
      patients[name] = ready.patientId;
      if (name !== 'Bo') {
        portal[name] = await portalAgentFor(t, a.desk, ready.patientId, `${name.toLowerCase()}.checkin`);
      }
      await treat(ready.patientId, ready.courseId, chair);
    }
  });
  afterAll(async () => t.close());

  it('sends nothing on the day of the session', async () => {
    expect(await runCheckInSweep(t.deps)).toEqual({ sent: 0, followedUp: 0 });
  });

  it('the next day: a portal check-in for portal users, a phone-call task otherwise; only once', async () => {
    t.clock.advanceMinutes(18 * 60); // Monday 23 Nov, 05:00 in Chicago
    expect(await runCheckInSweep(t.deps)).toEqual({ sent: 3, followedUp: 0 });
    expect(await runCheckInSweep(t.deps)).toEqual({ sent: 0, followedUp: 0 });
    const ana = (await portal['Ana']?.request({ method: 'GET', url: '/api/portal/questionnaires' }))?.json<
      { scaleId: string; dueDate: string }[]
    >();
    expect(ana).toEqual([expect.objectContaining({ scaleId: 'check-in', dueDate: '2026-11-23' })]);
    const open = await tasks();
    expect(open.filter((x) => x.type === 'check-in-call').map((x) => x.patient.id)).toEqual([patients['Bo']]);
  });

  it('a worrying answer becomes a task for the care team at once', async () => {
    const [assignment] =
      (await portal['Ana']?.request({ method: 'GET', url: '/api/portal/questionnaires' }))?.json<{ id: string }[]>() ??
      [];
    const answered = await portal['Ana']?.request({
      method: 'POST',
      url: `/api/portal/questionnaires/${assignment?.id ?? ''}/responses`,
      payload: {
        answers: [1, 0, 1, 2].map((value, i) => ({ itemId: `check-in.item-${String(i + 1)}`, value })),
      },
    });
    expect(answered?.statusCode, answered?.body).toBe(201);
    const concern = (await tasks()).filter((x) => x.type === 'check-in-concern');
    expect(concern.map((x) => x.patient.id)).toEqual([patients['Ana']]);
  });

  it('no answer within a day becomes a task, once', async () => {
    t.clock.advanceMinutes(24 * 60); // Tuesday 24 Nov
    expect(await runCheckInSweep(t.deps)).toEqual({ sent: 0, followedUp: 1 });
    expect(await runCheckInSweep(t.deps)).toEqual({ sent: 0, followedUp: 0 });
    a = await sessionAgents(t);
    const late = (await tasks()).filter((x) => x.type === 'check-in-no-answer');
    expect(late.map((x) => x.patient.id)).toEqual([patients['Cal']]);
  });
});
