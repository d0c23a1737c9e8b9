import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test/databases.js';
import { phq9 } from '../../test/portal-helpers.js';
import { completePreChecks, readyIvPatient, sessionAgents, type SessionAgents } from '../../test/session-fixtures.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

interface Outcomes {
  sessions: { at: string; source: string; doseMg: number | null; doseMgPerKg: number | null }[];
  sessionAts: string[];
}
interface DoseResponse {
  rows: {
    doseMgPerKg: number;
    peakSystolicMmHg: number | null;
    peakSbpRiseMmHg: number | null;
    cadss6Total: number | null;
    nextScore: { total: number } | null;
    changeSincePreviousPoints: number | null;
    response: boolean | null;
  }[];
  suggestion: { action: string; suggestedDoseMgPerKg: number; requiresPhysicianDecision: boolean } | null;
  decisions: { decidedDoseMgPerKg: number; suggestedDoseMgPerKg: number | null; by: string }[];
  findings: { rule: string }[];
}
interface Problem {
  errors?: { field: string }[];
}

describe.each(databaseKinds)('session doses on the outcome chart and the dose–response view on %s', (kind) => {
  let t: TestApp;
  let a: SessionAgents;
  let patientId: string;
  let courseId: string;
  let sessionId: string;

  const count = async (table: string): Promise<number> => {
    const result = await t.db.db.execute(sql.raw(`select count(*)::int as n from ${table}`));
    const rows = Array.isArray(result) ? result : (result as { rows: { n: number }[] }).rows;
    return (rows[0] as { n: number }).n;
  };
  const advance = async (minutes: number): Promise<void> => {
    t.clock.advanceMinutes(minutes);
    a = await sessionAgents(t);
  };
  const post = (path: string, payload: object) =>
    a.nurse.request({ method: 'POST', url: `/api/sessions/${sessionId}/${path}`, payload });
  const vitals = (systolicMmHg: number) => ({
    takenAt: t.clock.now().toISOString(),
    systolicMmHg,
    diastolicMmHg: 80,
    heartRateBpm: 74,
    spo2Pct: 98,
    respiratoryRatePerMin: 14,
  });
  const doseResponse = async (): Promise<DoseResponse> => {
    const res = await a.physician.request({ method: 'GET', url: `/api/courses/${courseId}/dose-response` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<DoseResponse>();
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
    a = await sessionAgents(t);
    ({ patientId, courseId } = await readyIvPatient(a, { given: 'Dora', family: 'Dose' }, 'Chair D'));
    // Baseline PHQ-9 of 20 before the first session.
    const baseline = await a.nurse.request({
      method: 'POST',
      url: `/api/patients/${patientId}/questionnaire-responses`,
      payload: { scaleId: 'phq-9', answers: phq9([3, 3, 3, 3, 2, 2, 2, 2, 0]), takenAt: '2026-11-22T08:00:00Z' },
    });
    expect(baseline.statusCode).toBe(201);
    const created = await a.nurse.request({
      method: 'POST',
      url: '/api/sessions',
      payload: { patientId, courseId, chairName: 'Chair D' },
    });
    expect(created.statusCode, created.body).toBe(201);
    sessionId = created.json<{ session: { id: string } }>().session.id;
    for (const event of ['check-in', 'begin-pre-checks']) {
      expect((await post('transitions', { event })).statusCode).toBe(200);
    }
    await completePreChecks(a, sessionId, t.clock.now());
    const started = await post('transitions', { event: 'start-dosing', initialRateMlPerHour: 6 });
    expect(started.statusCode, started.body).toBe(200);
    await advance(20);
    expect((await post('vitals', vitals(142))).statusCode).toBe(200);
    const sedation = await post('sedation-checks', {
      takenAt: t.clock.now().toISOString(),
      moaasScore: 5,
      cadss6: { item1: 1, item2: 1, item6: 0, item7: 1, item15: 0, item22: 0 },
    });
    expect(sedation.statusCode, sedation.body).toBe(200);
    await advance(20); // 40 min at 6 mL/h × 10 mg/mL = 40 mg = 0.5 mg/kg of 80 kg
    const stop = await post('titrations', { kind: 'stop', at: t.clock.now().toISOString(), reason: 'Dose complete' });
    expect(stop.statusCode, stop.body).toBe(200);
  });
  afterAll(async () => t.close());

  it('marks the session on the outcome chart with the dose it gave in mg/kg', async () => {
    const res = await a.nurse.request({ method: 'GET', url: `/api/patients/${patientId}/outcomes` });
    const outcomes = res.json<Outcomes>();
    expect(outcomes.sessions).toHaveLength(1);
    expect(outcomes.sessions[0]).toMatchObject({ source: 'session', doseMg: 40, doseMgPerKg: 0.5 });
    expect(outcomes.sessionAts).toEqual([outcomes.sessions[0]?.at]);
  });

  it('lists dose, peak BP rise, CADSS-6 and the next PHQ-9 change; suggests a step up without response', async () => {
    await advance(60 * 24);
    const next = await a.nurse.request({
      method: 'POST',
      url: `/api/patients/${patientId}/questionnaire-responses`,
      payload: { scaleId: 'phq-9', answers: phq9([2, 2, 2, 2, 2, 2, 2, 2, 0]) },
    });
    expect(next.statusCode).toBe(201);
    const view = await doseResponse();
    expect(view.rows).toHaveLength(1);
    expect(view.rows[0]).toMatchObject({
      doseMgPerKg: 0.5,
      peakSystolicMmHg: 142,
      peakSbpRiseMmHg: 18,
      cadss6Total: 3,
      nextScore: { total: 16 },
      changeSincePreviousPoints: -4,
      response: false,
    });
    expect(view.findings).toEqual([]); // one session: no continuation review yet (DEFAULTS.md §2: after 6)
    expect(view.suggestion).toMatchObject({
      action: 'increase',
      suggestedDoseMgPerKg: 0.6,
      requiresPhysicianDecision: true,
    });
  });

  it('records the physician’s decision, never a dose plan; a nurse may not decide; bad decisions change nothing', async () => {
    const plansBefore = await count('dose_plans');
    const url = `/api/courses/${courseId}/dose-decisions`;
    const nurse = await a.nurse.request({
      method: 'POST',
      url,
      payload: { suggestedDoseMgPerKg: 0.6, decidedDoseMgPerKg: 0.6, reason: '' },
    });
    expect(nurse.statusCode).toBe(403);
    const eventsBefore = await count('course_events');
    const tooHigh = await a.physician.request({
      method: 'POST',
      url,
      payload: { suggestedDoseMgPerKg: 0.6, decidedDoseMgPerKg: 1.2, reason: 'x' },
    });
    expect(tooHigh.statusCode).toBe(422);
    expect(tooHigh.headers['content-type']).toContain('application/problem+json');
    expect(tooHigh.json<Problem>().errors?.map((e) => e.field)).toEqual(['decidedDoseMgPerKg']);
    const noReason = await a.physician.request({
      method: 'POST',
      url,
      payload: { suggestedDoseMgPerKg: 0.6, decidedDoseMgPerKg: 0.5, reason: '' },
    });
    expect(noReason.json<Problem>().errors?.map((e) => e.field)).toEqual(['reason']);
    expect(await count('course_events')).toBe(eventsBefore);
    const accepted = await a.physician.request({
      method: 'POST',
      url,
      payload: { suggestedDoseMgPerKg: 0.6, decidedDoseMgPerKg: 0.6, reason: '' },
    });
    expect(accepted.statusCode, accepted.body).toBe(201);
    expect((await doseResponse()).decisions).toEqual([
      expect.objectContaining({ suggestedDoseMgPerKg: 0.6, decidedDoseMgPerKg: 0.6, by: 'test.physician' }),
    ]);
    expect(await count('dose_plans')).toBe(plansBefore);
  });
});
