import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test/databases.js';
import { completePreChecks, readyIvPatient, sessionAgents, type SessionAgents } from '../../test/session-fixtures.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { runSessionTicker } from '../app/sessions/session-ticker.js';

interface Problem {
  code: string;
  status: number;
  errors?: { field: string; message: string }[];
  findings?: { id?: string; criterion?: string }[];
}
interface Detail {
  session: { id: string; state: string; dosingSubState: string | null };
  dose: { deliveredMg: number | null; currentRateMlPerHour: number | null };
  alerts: {
    id: string;
    rule: string;
    severity: string;
    kind: string;
    resolution: { secondsToResolve: number } | null;
  }[];
  manualReadings: { id: string; correctedByReadingId: string | null }[];
  journal: { kind: string; summary: string }[];
  seq: string;
}

describe.each(databaseKinds)('treatment sessions on %s', (kind) => {
  let t: TestApp;
  let a: SessionAgents;
  let sessionId: string;
  let sessionPatientId: string;

  const count = async (table: string): Promise<number> => {
    const result = await t.db.db.execute(sql.raw(`select count(*)::int as n from ${table}`));
    const rows = Array.isArray(result) ? result : (result as { rows: { n: number }[] }).rows;
    return (rows[0] as { n: number }).n;
  };
  const post = (url: string, payload: object, agent = a.nurse) =>
    agent.request({ method: 'POST', url: `/api/sessions/${sessionId}/${url}`, payload });
  const move = (event: string, extra: object = {}, agent = a.nurse) => post('transitions', { event, ...extra }, agent);
  /** Moves the clock; signs everyone in again (the idle timeout is 15 min). */
  const advance = async (minutes: number): Promise<void> => {
    t.clock.advanceMinutes(minutes);
    a = await sessionAgents(t);
  };
  const refusal = async (statement: string): Promise<string> => {
    try {
      await t.db.db.execute(sql.raw(statement));
      return 'accepted';
    } catch (error) {
      const e = error as { message?: string; cause?: { message?: string } };
      return String(e.cause?.message ?? e.message);
    }
  };
  const vitals = (over: object = {}) => ({
    takenAt: t.clock.now().toISOString(),
    systolicMmHg: 126,
    diastolicMmHg: 80,
    heartRateBpm: 74,
    spo2Pct: 98,
    respiratoryRatePerMin: 14,
    ...over,
  });

  beforeAll(async () => {
    t = await createTestApp(kind);
    a = await sessionAgents(t);
    const { patientId, courseId } = await readyIvPatient(a, { given: 'Ivy', family: 'Lane' }, 'Chair 1');
    const created = await a.nurse.request({
      method: 'POST',
      url: '/api/sessions',
      payload: { patientId, courseId, chairName: 'Chair 1' },
    });
    expect(created.statusCode, created.body).toBe(201);
    sessionId = created.json<Detail>().session.id;
    sessionPatientId = patientId;
  });
  afterAll(async () => t.close());

  it('refuses illegal moves with 409 problem+json and changes nothing', async () => {
    const before = await count('session_journal');
    const early = await move('start-dosing', { initialRateMlPerHour: 6 });
    expect(early.statusCode).toBe(409);
    expect(early.headers['content-type']).toContain('application/problem+json');
    expect(early.json<Problem>().code).toBe('INVALID_TRANSITION');
    expect((await move('resume')).statusCode).toBe(409);
    expect(await count('session_journal')).toBe(before);
  });

  it('refuses to start with every unmet prerequisite listed, then starts when all are met', async () => {
    expect((await move('check-in')).statusCode).toBe(200);
    expect((await move('begin-pre-checks')).statusCode).toBe(200);
    const refused = await move('start-dosing', { initialRateMlPerHour: 6 });
    expect(refused.statusCode).toBe(422);
    const unmet = refused.json<Problem>().findings?.map((f) => f.id) ?? [];
    expect(unmet).toEqual(
      expect.arrayContaining([
        'session.start.identity-confirmed',
        'session.start.npo-solids',
        'session.start.npo-liquids',
        'session.start.escort',
        'session.start.baseline-vitals',
      ]),
    );
    expect(unmet).not.toContain('session.start.screening-signed-eligible');
    expect(unmet).not.toContain('session.start.consent-valid');
    expect(unmet).not.toContain('session.start.dose-plan-within-limits');

    await completePreChecks(a, sessionId, t.clock.now());
    const readiness = await a.nurse.request({ method: 'GET', url: `/api/sessions/${sessionId}/start-readiness` });
    expect(readiness.json<{ ready: boolean; unmet: unknown[] }>()).toEqual({ ready: true, unmet: [] });
    const missingRate = await move('start-dosing');
    expect(missingRate.json<Problem>().errors?.[0]?.field).toBe('initialRateMlPerHour');
    const started = await move('start-dosing', { initialRateMlPerHour: 6 });
    expect(started.statusCode, started.body).toBe(200);
    expect(started.json<Detail>().session).toMatchObject({ state: 'dosing', dosingSubState: 'infusing' });
  });

  it('computes the dose delivered from the rate history, through a pause', async () => {
    await advance(10); // 10 min at 6 mL/h × 10 mg/mL = 10 mg
    expect((await move('pause')).json<Problem>().errors?.[0]?.field).toBe('reason');
    expect((await move('pause', { reason: 'Patient asked for a break' })).statusCode).toBe(200);
    await advance(5); // paused: nothing delivered
    expect((await move('resume')).statusCode).toBe(200);
    const rate = await post('titrations', {
      kind: 'rate',
      at: t.clock.now().toISOString(),
      rateMlPerHour: 12,
      reason: 'Tolerating well',
    });
    expect(rate.statusCode, rate.body).toBe(200);
    await advance(5); // 5 min at 12 mL/h = 1 mL = 10 mg
    await post('observations', { at: t.clock.now().toISOString(), note: 'Calm, talking' });
    const detail = (await a.nurse.request({ method: 'GET', url: `/api/sessions/${sessionId}` })).json<Detail>();
    expect(detail.dose.deliveredMg).toBe(20);
    expect(detail.dose.currentRateMlPerHour).toBe(12);
  });

  it('raises an alert from a manual reading, keeps it until resolved, and amends a reading without overwriting', async () => {
    const high = await post('vitals', vitals({ systolicMmHg: 186, diastolicMmHg: 98 }));
    expect(high.statusCode, high.body).toBe(200);
    const alert = high.json<Detail>().alerts.find((x) => x.severity === 'soft-stop');
    expect(alert?.rule).toMatch(/^monitoring\./);
    // The same episode does not raise the same rule twice while the alert is open.
    const again = await post('vitals', vitals({ systolicMmHg: 188, diastolicMmHg: 99 }));
    expect(again.json<Detail>().alerts.filter((x) => x.rule === alert?.rule)).toHaveLength(1);
    const readings = again.json<Detail>().manualReadings;
    const last = readings.at(-1);
    const corrected = await post('vitals', {
      ...vitals({ systolicMmHg: 138, diastolicMmHg: 84 }),
      correctsReadingId: last?.id,
      correctionReason: 'Cuff on the wrong size',
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    const after = corrected.json<Detail>().manualReadings;
    expect(after).toHaveLength(readings.length + 1);
    expect(after.find((r) => r.id === last?.id)?.correctedByReadingId).not.toBeNull();
    await advance(2);
    const resolved = await post(`alerts/${alert?.id}/resolution`, {
      action: 'paused-infusion',
      note: 'Paused, rechecked: 138/84',
    });
    expect(resolved.statusCode, resolved.body).toBe(200);
    expect(resolved.json<Detail>().alerts.find((x) => x.id === alert?.id)?.resolution?.secondsToResolve).toBe(120);
    const twice = await post(`alerts/${alert?.id}/resolution`, { action: 'rechecked', note: 'again' });
    expect(twice.statusCode).toBe(409);
  });

  it('rejects bad input as problem+json with the field, and stores nothing', async () => {
    const before = await count('session_vital_readings');
    const unknown = await post('vitals', { ...vitals(), mood: 'fine' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    const inverted = await post('vitals', vitals({ systolicMmHg: 70, diastolicMmHg: 90 }));
    expect(inverted.statusCode).toBe(422);
    expect(inverted.json<Problem>().errors?.map((e) => e.field)).toContain('diastolicMmHg');
    const future = await post('vitals', vitals({ takenAt: '2026-11-23T09:00:00Z' }));
    expect(future.json<Problem>().errors?.[0]?.field).toBe('takenAt');
    expect(await count('session_vital_readings')).toBe(before);
    const desk = await a.desk.request({ method: 'GET', url: `/api/sessions/${sessionId}` });
    expect(desk.statusCode).toBe(403);
  });

  it('raises missed-check and silent-monitor alerts from the ticker', async () => {
    await advance(16);
    expect(await runSessionTicker(t.deps)).toBeGreaterThan(0);
    const detail = (await a.nurse.request({ method: 'GET', url: `/api/sessions/${sessionId}` })).json<Detail>();
    const kinds = detail.alerts.filter((x) => x.resolution === null).map((x) => x.kind);
    expect(kinds).toContain('cadence');
    expect(kinds).toContain('silent-monitor');
    expect(await runSessionTicker(t.deps)).toBe(0); // open alerts are not raised twice
  });

  it('gates discharge: refused until met, physician override only, never over a hard-stop', async () => {
    expect(
      (await post('titrations', { kind: 'stop', at: t.clock.now().toISOString(), reason: 'Dose complete' })).statusCode,
    ).toBe(200);
    const low = await post('vitals', vitals({ spo2Pct: 89 }));
    const hard = low.json<Detail>().alerts.find((x) => x.severity === 'hard-stop');
    expect(hard).toBeDefined();
    const refused = await post('discharge', { noDrivingAcknowledged: true });
    expect(refused.statusCode).toBe(422);
    const nurseOverride = await post('discharge', { noDrivingAcknowledged: true, overrideReason: 'Escort waiting' });
    expect(nurseOverride.statusCode).toBe(403);
    const blocked = await post(
      'discharge',
      { noDrivingAcknowledged: true, overrideReason: 'Escort waiting' },
      a.physician,
    );
    expect(blocked.statusCode).toBe(422);
    for (const open of low.json<Detail>().alerts.filter((x) => x.resolution === null)) {
      const r = await post(`alerts/${open.id}/resolution`, { action: 'oxygen-airway', note: 'Repositioned, SpO2 97' });
      expect(r.statusCode, r.body).toBe(200);
    }
    await advance(31);
    await post('vitals', vitals());
    const check = await post('recovery-checks', {
      takenAt: t.clock.now().toISOString(),
      activity: 2,
      respiration: 2,
      consciousness: 2,
      onSupplementalOxygen: false,
    });
    expect(check.statusCode, check.body).toBe(200);
    const ready = await a.nurse.request({ method: 'GET', url: `/api/sessions/${sessionId}/discharge-readiness` });
    const view = ready.json<{ ready: boolean; criteria: { met: boolean; criterion: string }[] }>();
    expect(view.criteria.filter((c) => !c.met).map((c) => c.criterion)).toEqual([
      'discharge.no-driving-acknowledged@1',
    ]);
    expect(view.ready).toBe(true);
    const pdf = await a.nurse.request({ method: 'GET', url: `/api/sessions/${sessionId}/discharge-instructions.pdf` });
    // The test server has no CHAIRSIDE_CLINIC_PHONE: the sheet must say whom to call, so it is refused.
    expect(pdf.json<Problem>().errors?.[0]?.field).toBe('clinicPhone');
    const done = await post('discharge', { noDrivingAcknowledged: true });
    expect(done.statusCode, done.body).toBe(200);
    // The REMS monitoring form is served for esketamine sessions only; this one is IV.
    const rems = await a.nurse.request({ method: 'GET', url: `/api/sessions/${sessionId}/rems-form` });
    expect(rems.statusCode, rems.body).toBe(404);
    expect(rems.headers['content-type']).toContain('application/problem+json');
    expect((await a.desk.request({ method: 'GET', url: `/api/sessions/${sessionId}/rems-form` })).statusCode).toBe(403);
    expect(done.json<Detail>().session.state).toBe('discharged');
    const board = await a.nurse.request({ method: 'GET', url: '/api/sessions/board' });
    expect(board.json<{ items: { session: { id: string } }[] }>().items.map((i) => i.session.id)).not.toContain(
      sessionId,
    );
    // The chart lists the patient's past sessions with the dose delivered; the read is audited.
    const audited = await count('audit_events');
    const listed = await a.physician.request({ method: 'GET', url: `/api/patients/${sessionPatientId}/sessions` });
    expect(listed.statusCode, listed.body).toBe(200);
    const items = listed.json<{ items: { session: { id: string; state: string }; dose: { deliveredMg: number } }[] }>()
      .items;
    expect(items.map((i) => [i.session.id, i.session.state])).toEqual([[sessionId, 'discharged']]);
    expect(items[0]?.dose.deliveredMg).toBeGreaterThan(0);
    expect(await count('audit_events')).toBe(audited + 1);
    const deskList = await a.desk.request({ method: 'GET', url: `/api/patients/${sessionPatientId}/sessions` });
    expect(deskList.statusCode).toBe(403);
  });

  it('keeps the journal, readings, alerts, resolutions and feed append-only in the database', async () => {
    for (const table of [
      'session_journal',
      'session_vital_readings',
      'session_alerts',
      'session_alert_resolutions',
      'session_feed',
    ]) {
      expect(await refusal(`update ${table} set session_id = session_id`)).toMatch(/append-only/);
      expect(await refusal(`delete from ${table}`)).toMatch(/append-only/);
    }
  });

  it('creates a session from a booked dosing appointment, once, at its chair', async () => {
    const { patientId, courseId } = await readyIvPatient(a, { given: 'Ana', family: 'Booked' }, 'Chair 3');
    const weeklyHours = ['mon', 'tue', 'wed', 'thu', 'fri'].map((weekday) => ({
      weekday,
      opensAt: '08:00',
      closesAt: '18:00',
    }));
    const settings = await a.admin.request({
      method: 'PUT',
      url: '/api/clinic/settings',
      payload: { timeZone: 'America/Chicago', weeklyHours, closedDates: [], version: null },
    });
    expect(settings.statusCode, settings.body).toBeLessThan(300);
    const setup = (await a.admin.request({ method: 'GET', url: '/api/clinic/setup' })).json<{
      chairs: { id: string; name: string }[];
    }>();
    const chairId = setup.chairs.find((c) => c.name === 'Chair 3')?.id;
    const booked = await a.desk.request({
      method: 'POST',
      url: '/api/appointments',
      payload: {
        slots: [{ patientId, type: 'dosing_session', chairId, courseId, startsAt: '2026-11-23T15:00:00.000Z' }],
      },
    });
    expect(booked.statusCode, booked.body).toBeLessThan(300);
    const appointmentId = booked.json<{ items?: { id: string }[] } | { id: string }[]>();
    const id = Array.isArray(appointmentId) ? appointmentId[0]?.id : appointmentId.items?.[0]?.id;
    const created = await a.nurse.request({ method: 'POST', url: '/api/sessions', payload: { appointmentId: id } });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json<{ session: { chairName: string; appointmentId: string } }>().session).toMatchObject({
      chairName: 'Chair 3',
      appointmentId: id,
    });
    const twice = await a.nurse.request({ method: 'POST', url: '/api/sessions', payload: { appointmentId: id } });
    expect(twice.statusCode).toBe(409);
    const board = (await a.nurse.request({ method: 'GET', url: '/api/sessions/board' })).json<{
      items: { session: { chairName: string } }[];
    }>();
    expect(board.items.map((i) => i.session.chairName)).toContain('Chair 3');
  });
});
