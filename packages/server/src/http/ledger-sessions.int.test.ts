import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test/databases.js';
import { overview, receive, setClinicZone, witnessAs } from '../../test/ledger-fixtures.js';
import { registerTestPatient } from '../../test/portal-helpers.js';
import { completePreChecks, readyIvPatient, sessionAgents, type SessionAgents } from '../../test/session-fixtures.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

interface ProblemBody {
  errors?: { field: string; message: string }[];
}

/** Draws linked to real treatment sessions: the administered amount comes from the session record. */
describe.each(databaseKinds)('ledger draws for treatment sessions on %s', (kind) => {
  let t: TestApp;
  let a: SessionAgents;
  let patientId: string;
  let sessionId: string;
  let containerId: string;

  const post = (url: string, payload: object, agent = a.nurse) => agent.request({ method: 'POST', url, payload });

  beforeAll(async () => {
    t = await createTestApp(kind);
    a = await sessionAgents(t);
    await setClinicZone(a.admin);
    const ready = await readyIvPatient(a, { given: 'Vera', family: 'Vial' }, 'Chair 1');
    patientId = ready.patientId;
    const created = await post('/api/sessions', { patientId, courseId: ready.courseId, chairName: 'Chair 1' });
    expect(created.statusCode, created.body).toBe(201);
    sessionId = created.json<{ session: { id: string } }>().session.id;
    for (const event of ['check-in', 'begin-pre-checks']) {
      const moved = await post(`/api/sessions/${sessionId}/transitions`, { event });
      expect(moved.statusCode, moved.body).toBe(200);
    }
    await completePreChecks(a, sessionId, t.clock.now());
    // 10 mg/mL, 20 mL: 200 mg.
    containerId = await receive(a.nurse, { concentrationMgPerMl: 10, volumeMl: 20, lot: 'SES-1' });
  });
  afterAll(async () => t.close());

  it('takes the administered amount from the session record and reconciles drawn − given − wasted to 0', async () => {
    const draw = await post('/api/ledger/draws', { containerId, sessionId, patientId, amountMg: 40, volumeMl: 4 });
    expect(draw.statusCode, draw.body).toBe(201);
    const started = await post(`/api/sessions/${sessionId}/transitions`, {
      event: 'start-dosing',
      initialRateMlPerHour: 6,
    });
    expect(started.statusCode, started.body).toBe(200);
    t.clock.advanceMinutes(10); // 10 min at 6 mL/h × 10 mg/mL = 10 mg delivered
    a = await sessionAgents(t);
    const stop = await post(`/api/sessions/${sessionId}/titrations`, {
      kind: 'stop',
      at: t.clock.now().toISOString(),
      reason: 'Dose complete',
    });
    expect(stop.statusCode, stop.body).toBe(200);

    let body = await overview(a.nurse);
    expect(body.sessions.find((s) => s.sessionId === sessionId)).toMatchObject({
      sessionOnRecord: true,
      status: 'unaccounted',
    });
    const typedWrong = await post('/api/ledger/administrations', { containerId, sessionId, amountMg: 25 });
    expect(typedWrong.statusCode).toBe(422);
    expect(typedWrong.json<ProblemBody>().errors?.[0]?.message).toMatch(/session record shows 10 mg/);
    const given = await post('/api/ledger/administrations', { containerId, sessionId });
    expect(given.statusCode, given.body).toBe(201);
    expect(given.json<{ amountMg: number }>().amountMg).toBe(10);
    const again = await post('/api/ledger/administrations', { containerId, sessionId });
    expect(again.statusCode).toBe(422);

    const waste = await post('/api/ledger/wastes', {
      source: 'session',
      containerId,
      sessionId,
      amountMg: 30,
      method: 'Into drug waste sequestrant',
      witness: witnessAs('physician'),
    });
    expect(waste.statusCode, waste.body).toBe(201);
    body = await overview(a.nurse);
    expect(body.sessions.find((s) => s.sessionId === sessionId)).toMatchObject({
      status: 'reconciled',
      discrepancyMg: 0,
      sessionOnRecord: true,
    });
  });

  it('refuses a draw that names another patient for a recorded session', async () => {
    const other = await registerTestPatient(a.desk, 'Otto', 'Other');
    const response = await post('/api/ledger/draws', {
      containerId,
      sessionId,
      patientId: other,
      amountMg: 10,
      volumeMl: 1,
    });
    expect(response.statusCode).toBe(422);
    expect(response.json<ProblemBody>().errors?.[0]?.field).toBe('patientId');
  });
});
