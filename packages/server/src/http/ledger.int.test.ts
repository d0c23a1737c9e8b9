import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerTestPatient } from '../../test/portal-helpers.js';
import { createUser } from '../app/users/create-user.js';
import { createTestApp, system, testPassword, type Agent, type TestApp } from '../../test/test-app.js';
import { databaseKinds } from '../../test/databases.js';
import { balanceOf, overview, receive, setClinicZone, vialReceipt, witnessAs } from '../../test/ledger-fixtures.js';

interface ProblemBody {
  code: string;
  errors?: { field: string; message: string }[];
  findings?: { ruleId: string }[];
}

describe.each(databaseKinds)('controlled-substance ledger on %s', (kind) => {
  let t: TestApp;
  let nurse: Agent;
  let doc: Agent;
  let admin: Agent;
  let desk: Agent;
  let patientId: string;

  beforeAll(async () => {
    t = await createTestApp(kind);
    [nurse, doc, admin, desk] = await Promise.all([
      t.as('nurse'),
      t.as('physician'),
      t.as('admin'),
      t.as('front_desk'),
    ]);
    await setClinicZone(admin);
    patientId = await registerTestPatient(desk, 'Lena', 'Ledger');
  });
  afterAll(async () => t.close());

  const post = (agent: Agent, url: string, payload: object) => agent.request({ method: 'POST', url, payload });

  /** Sends a request that must be refused and checks nothing was appended. */
  async function refused(agent: Agent, url: string, payload: object, status: number): Promise<ProblemBody> {
    const before = (await overview(nurse)).eventCount;
    const response = await post(agent, url, payload);
    expect(response.statusCode, response.body).toBe(status);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect((await overview(nurse)).eventCount).toBe(before);
    return response.json<ProblemBody>();
  }

  it('receives, draws, records the administration and a witnessed waste; the session reconciles', async () => {
    const containerId = await receive(nurse);
    expect(balanceOf(await overview(nurse), containerId)).toBe(500);
    const sessionId = randomUUID();
    const draw = await post(nurse, '/api/ledger/draws', {
      containerId,
      sessionId,
      patientId,
      amountMg: 100,
      volumeMl: 2,
    });
    expect(draw.statusCode, draw.body).toBe(201);
    const given = await post(nurse, '/api/ledger/administrations', {
      containerId,
      sessionId,
      amountMg: 80,
      administeredAt: t.clock.now().toISOString(),
    });
    expect(given.statusCode, given.body).toBe(201);
    let body = await overview(nurse);
    expect(body.sessions.find((s) => s.sessionId === sessionId)).toMatchObject({
      status: 'unaccounted',
      discrepancyMg: 20,
    });
    const waste = await post(nurse, '/api/ledger/wastes', {
      source: 'session',
      containerId,
      sessionId,
      amountMg: 20,
      method: 'Into drug waste sequestrant',
      witness: witnessAs('physician'),
    });
    expect(waste.statusCode, waste.body).toBe(201);
    expect(waste.json<{ witnessedBy: string }>().witnessedBy).toBe(t.users.physician);
    body = await overview(nurse);
    expect(balanceOf(body, containerId)).toBe(400);
    expect(body.sessions.find((s) => s.sessionId === sessionId)).toMatchObject({
      status: 'reconciled',
      discrepancyMg: 0,
      sessionOnRecord: false,
    });
    expect(body.openWastes).toHaveLength(0);
  });

  it('refuses bad input with problem+json and changes nothing', async () => {
    const containerId = await receive(nurse, { lot: 'BAD-1' });
    const sessionId = randomUUID();
    const draw = (over: Record<string, unknown>) => ({
      containerId,
      sessionId,
      patientId,
      amountMg: 50,
      volumeMl: 1,
      ...over,
    });
    const negative = await refused(nurse, '/api/ledger/draws', draw({ amountMg: -5, volumeMl: -0.1 }), 422);
    expect(negative.errors?.[0]?.field).toBe('amountMg');
    const zero = await refused(nurse, '/api/ledger/draws', draw({ amountMg: 0, volumeMl: 0 }), 422);
    expect(zero.errors?.[0]?.field).toBe('amountMg');
    const tooMuch = await refused(nurse, '/api/ledger/draws', draw({ amountMg: 600, volumeMl: 12 }), 422);
    expect(tooMuch.findings?.[0]?.ruleId).toBe('ledger.balance.non-negative');
    const unknown = await refused(nurse, '/api/ledger/draws', draw({ containerId: randomUUID() }), 422);
    expect(unknown.errors?.[0]?.field).toBe('containerId');
    const wrongVolume = await refused(nurse, '/api/ledger/draws', draw({ volumeMl: 3 }), 422);
    expect(wrongVolume.errors?.[0]?.field).toBe('volumeMl');
    const expiredId = await receive(nurse, { lot: 'OLD-1', expiryDate: '2026-10' });
    const expired = await refused(nurse, '/api/ledger/draws', draw({ containerId: expiredId }), 422);
    expect(expired.findings?.[0]?.ruleId).toBe('ledger.draw.expired-container');
    const badReceipt = await refused(nurse, '/api/ledger/receipts', vialReceipt({ ndc: '12', quantity: 0 }), 422);
    expect(badReceipt.errors?.map((e) => e.field).sort()).toEqual(['ndc', 'quantity']);
    const unknownField = await refused(nurse, '/api/ledger/draws', { ...draw({}), extra: 1 }, 400);
    expect(unknownField.code).toBe('VALIDATION_FAILED');

    expect((await post(nurse, '/api/ledger/draws', draw({}))).statusCode).toBe(201);
    const waste = { source: 'session', containerId, sessionId, amountMg: 50, method: 'Sequestrant' };
    const self = await refused(nurse, '/api/ledger/wastes', { ...waste, witness: witnessAs('nurse') }, 422);
    expect(self.findings?.[0]?.ruleId).toBe('ledger.witness.independent');
    const overWaste = await refused(nurse, '/api/ledger/wastes', { ...waste, amountMg: 60 }, 422);
    expect(overWaste.findings?.[0]?.ruleId).toBe('ledger.session.not-more-than-drawn');
    const desk = await refused(
      nurse,
      '/api/ledger/wastes',
      { ...waste, witness: { username: 'test.front_desk', password: 'x' } },
      422,
    );
    expect(desk.errors?.[0]?.field).toBe('witness/username');
  });

  it('counts a wrong witness password like a failed sign-in and records nothing', async () => {
    const containerId = await receive(nurse, { lot: 'PW-1' });
    const before = (await t.deps.tx.run((s) => s.users.findById(t.users.physician)))?.failedSignIns ?? -1;
    const problem = await refused(
      nurse,
      '/api/ledger/counts',
      { containerId, countedMg: 500, witness: witnessAs('physician', 'not-my-password') },
      422,
    );
    expect(problem.errors?.[0]?.field).toBe('witness/password');
    const after = (await t.deps.tx.run((s) => s.users.findById(t.users.physician)))?.failedSignIns;
    expect(after).toBe(before + 1);
    const right = await post(nurse, '/api/ledger/counts', {
      containerId,
      countedMg: 500,
      witness: witnessAs('physician'),
    });
    expect(right.statusCode, right.body).toBe(201);
    expect((await t.deps.tx.run((s) => s.users.findById(t.users.physician)))?.failedSignIns).toBe(0);
  });

  it('keeps an unwitnessed waste open and flagged until a second person witnesses it', async () => {
    const containerId = await receive(nurse, { lot: 'OPEN-1' });
    const waste = await post(nurse, '/api/ledger/wastes', {
      source: 'stock',
      containerId,
      reason: 'Vial cracked',
      amountMg: 500,
      method: 'Into drug waste sequestrant',
    });
    expect(waste.statusCode, waste.body).toBe(201);
    const wasteId = waste.json<{ id: string }>().id;
    expect((await overview(nurse)).openWastes.map((w) => w.eventId)).toContain(wasteId);
    await refused(nurse, `/api/ledger/wastes/${wasteId}/witness`, witnessAs('nurse'), 422);
    const witnessed = await post(nurse, `/api/ledger/wastes/${wasteId}/witness`, witnessAs('physician'));
    expect(witnessed.statusCode, witnessed.body).toBe(201);
    const body = await overview(nurse);
    expect(body.openWastes.map((w) => w.eventId)).not.toContain(wasteId);
    expect(balanceOf(body, containerId)).toBe(0);
  });

  it('opens a discrepancy with the 1-business-day DEA clock when a count differs, until resolved or reported', async () => {
    const containerId = await receive(nurse, { lot: 'CNT-1' });
    const matching = await post(nurse, '/api/ledger/counts', {
      containerId,
      countedMg: 500,
      witness: witnessAs('physician'),
    });
    expect(matching.statusCode).toBe(201);
    const short = await post(nurse, '/api/ledger/counts', {
      containerId,
      countedMg: 450,
      witness: witnessAs('physician'),
    });
    expect(short.statusCode).toBe(201);
    const countId = short.json<{ id: string }>().id;
    const open = (await overview(admin)).discrepancies.find((d) => d.countEventId === countId);
    // Counted Sunday 2026-11-22 03:00 in Chicago: due by the end of Monday 23 November, local time.
    expect(open).toMatchObject({ status: 'open', differenceMg: -50, deaNoticeDueAt: '2026-11-24T05:59:59.999Z' });
    await refused(nurse, `/api/ledger/discrepancies/${countId}/resolve`, { explanation: 'x' }, 403);
    const reported = await post(admin, `/api/ledger/discrepancies/${countId}/report`, { reportedOn: '2026-11-23' });
    expect(reported.statusCode, reported.body).toBe(201);
    expect((await overview(admin)).discrepancies.find((d) => d.countEventId === countId)?.status).toBe(
      'reported-to-dea',
    );
    await refused(doc, `/api/ledger/discrepancies/${countId}/resolve`, { explanation: 'Spill' }, 409);
    const correction = await post(nurse, '/api/ledger/corrections', {
      correctsEventId: countId,
      deltaMg: -50,
      reason: 'Stock adjusted to the physical count after the DEA report',
    });
    expect(correction.statusCode, correction.body).toBe(201);
    expect(balanceOf(await overview(nurse), containerId)).toBe(450);
  });

  it('serialises two nurses drawing from the same container at the same moment (no lost update)', async () => {
    await createUser(t.deps, system, {
      username: 'test.nurse2',
      displayName: 'Second nurse',
      role: 'nurse',
      medicalDirector: false,
      password: testPassword,
      mustChangePassword: false,
    });
    const secondNurse = await t.signIn('test.nurse2');
    const containerId = await receive(nurse, { lot: 'RACE-1' });
    // Two nurses, six draws each, all at once: 12 × 60 mg from a 500 mg vial; only 8 fit.
    const drawBy = (agent: Agent) =>
      post(agent, '/api/ledger/draws', {
        containerId,
        sessionId: randomUUID(),
        patientId,
        amountMg: 60,
        volumeMl: 1.2,
      });
    const draws = Array.from({ length: 6 }, () => drawBy(nurse));
    const secondDraws = Array.from({ length: 6 }, () => drawBy(secondNurse));
    const results = await Promise.all([...draws, ...secondDraws]);
    const statuses = results.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 201)).toHaveLength(8);
    expect(statuses.filter((s) => s === 422)).toHaveLength(4);
    expect(balanceOf(await overview(nurse), containerId)).toBe(20);
    const verified = await admin.request({ method: 'GET', url: '/api/ledger/verify' });
    expect(verified.json()).toMatchObject({ ok: true });
  });

  it('transfers, returns to the supplier and destroys stock, each with who, when and how much', async () => {
    const containerId = await receive(nurse, { lot: 'MOVE-1', quantity: 4 }); // 4 × 500 mg
    const moved = await post(nurse, '/api/ledger/transfers', { containerId, toLocation: 'Safe B', splitUnitCount: 1 });
    expect(moved.statusCode, moved.body).toBe(201);
    const split = moved.json<{ fromLocation: string; split: { newContainerId: string } }>();
    expect(split.fromLocation).toBe('Safe A');
    const returned = await post(nurse, '/api/ledger/returns', {
      destination: 'supplier',
      containerId,
      amountMg: 500,
      returnedTo: { name: 'Acme Pharma Distribution', address: '1 Dock Rd, Memphis TN 38118', deaNumber: 'RA1234563' },
      reference: 'RA-77',
    });
    expect(returned.statusCode, returned.body).toBe(201);
    const destroyed = await post(nurse, '/api/ledger/destructions', {
      kind: 'on-site',
      containerId,
      amountMg: 500,
      reason: 'damaged',
      manner: 'Rendered non-retrievable in a sequestrant',
      witness: witnessAs('physician'),
    });
    expect(destroyed.statusCode, destroyed.body).toBe(201);
    expect(destroyed.json<{ disposal: { witnessedBy: string } }>().disposal.witnessedBy).toBe(t.users.physician);
    await refused(
      nurse,
      '/api/ledger/destructions',
      { kind: 'on-site', containerId, amountMg: 500, reason: 'damaged', manner: 'x', witness: witnessAs('nurse') },
      422,
    );
    await refused(nurse, '/api/ledger/returns', { destination: 'supplier', containerId, amountMg: 500 }, 422);
    const body = await overview(nurse);
    expect(balanceOf(body, containerId)).toBe(500);
    expect(balanceOf(body, split.split.newContainerId)).toBe(500);
    const history = await nurse.request({ method: 'GET', url: `/api/ledger/containers/${containerId}` });
    expect(history.json<{ events: { type: string }[] }>().events.map((e) => e.type)).toEqual([
      'received',
      'transferred',
      'returned',
      'destroyed',
    ]);
  });

  it('refuses any change or deletion of a recorded event in the database itself', async () => {
    await receive(nurse, { lot: 'IMM-1' });
    const refusal = async (statement: string): Promise<string> =>
      t.db.db.execute(sql.raw(statement)).then(
        () => 'no error',
        (error: unknown) => `${String(error)} ${String(((error as Error).cause as Error | undefined)?.message)}`,
      );
    expect(await refusal("update ledger_events set hash = 'x' where sequence = 1")).toMatch(/append-only/);
    expect(await refusal('delete from ledger_events where sequence = 1')).toMatch(/append-only/);
    expect(await refusal('truncate ledger_events cascade')).toMatch(/append-only/);
    expect(await refusal('update ledger_head set sequence = 0')).toMatch(/ledger_head/);
    expect(await refusal('delete from ledger_head')).toMatch(/ledger_head/);
    const verified = await admin.request({ method: 'GET', url: '/api/ledger/verify' });
    expect(verified.json()).toMatchObject({ ok: true });
  });

  it('prints the dispensing record, inventories and a container label; CSV cells cannot run as formulas', async () => {
    const containerId = await receive(nurse, { lot: '=HYPERLINK("x")' });
    const sessionId = randomUUID();
    await post(nurse, '/api/ledger/draws', { containerId, sessionId, patientId, amountMg: 50, volumeMl: 1 });
    await post(nurse, '/api/ledger/administrations', {
      containerId,
      sessionId,
      amountMg: 50,
      administeredAt: t.clock.now().toISOString(),
    });
    const range = 'from=2026-11-01T00:00:00Z&to=2026-12-01T00:00:00Z';
    const pdf = await admin.request({ method: 'GET', url: `/api/ledger/reports/dispensing.pdf?${range}` });
    expect(pdf.statusCode, pdf.body).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const csv = await admin.request({ method: 'GET', url: `/api/ledger/reports/dispensing.csv?${range}` });
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('Ledger, Lena');
    expect(csv.body).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv.body).not.toMatch(/,=HYPERLINK/);
    const inventory = `kind=biennial&businessTime=close-of-business&at=${encodeURIComponent(t.clock.now().toISOString())}`;
    const invPdf = await admin.request({ method: 'GET', url: `/api/ledger/reports/inventory.pdf?${inventory}` });
    expect(invPdf.statusCode, invPdf.body).toBe(200);
    const invCsv = await admin.request({ method: 'GET', url: `/api/ledger/reports/inventory.csv?${inventory}` });
    expect(invCsv.body).toContain(containerId);
    const label = await nurse.request({ method: 'GET', url: `/api/ledger/containers/${containerId}/label.pdf` });
    expect(label.statusCode, label.body).toBe(200);
    expect(label.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const diversion = await admin.request({ method: 'GET', url: `/api/ledger/reports/diversion?${range}` });
    expect(diversion.statusCode, diversion.body).toBe(200);
    expect(diversion.json<{ findings: { ruleId: string }[] }>().findings.map((f) => f.ruleId)).toContain(
      'ledger.diversion.draw-without-session',
    );
    const audit = await admin.request({ method: 'GET', url: '/api/audit?action=ledger.report.dispensing' });
    expect(audit.json<{ items: unknown[] }>().items.length).toBeGreaterThan(0);
  });

  it('shows the front desk nothing of the ledger', async () => {
    for (const url of [
      '/api/ledger',
      '/api/ledger/reports/diversion?from=2026-11-01T00:00:00Z&to=2026-12-01T00:00:00Z',
    ]) {
      expect((await desk.request({ method: 'GET', url })).statusCode).toBe(403);
    }
    expect((await post(desk, '/api/ledger/receipts', vialReceipt())).statusCode).toBe(403);
    expect((await post(admin, '/api/ledger/receipts', vialReceipt())).statusCode).toBe(403);
  });

  it('detects an event altered behind the application’s back (last: it breaks the chain)', async () => {
    await t.db.db.execute(sql.raw('alter table ledger_events disable trigger ledger_events_append_only'));
    await t.db.db.execute(
      sql.raw(
        `update ledger_events set event = jsonb_set(event, '{amountMg}', '1') where sequence = (select min(sequence) from ledger_events where type = 'drawn')`,
      ),
    );
    await t.db.db.execute(sql.raw('alter table ledger_events enable trigger ledger_events_append_only'));
    const verified = await admin.request({ method: 'GET', url: '/api/ledger/verify' });
    expect(verified.json()).toMatchObject({ ok: false, reason: 'hash-mismatch' });
  });
});
