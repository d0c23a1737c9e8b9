import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test/databases.js';
import { receive, setClinicZone, witnessAs } from '../../test/ledger-fixtures.js';
import { createTestApp, type Agent, type TestApp } from '../../test/test-app.js';

interface LedgerAttention {
  openDiscrepancies: {
    countEventId: string;
    containerLabel: string;
    differenceMg: number;
    deaNoticeDueAt: string;
    noticeOverdue: boolean;
  }[];
  openWastes: { eventId: string; containerLabel: string; amountMg: number; wastedBy: string }[];
}

describe.each(databaseKinds)('clinic dashboard: controlled substances needing attention on %s', (kind) => {
  let t: TestApp;
  let nurse: Agent;
  let doc: Agent;
  let admin: Agent;

  beforeAll(async () => {
    t = await createTestApp(kind);
    [nurse, doc, admin] = await Promise.all([t.as('nurse'), t.as('physician'), t.as('admin')]);
    await setClinicZone(admin);
  });
  afterAll(async () => t.close());

  const dashboard = async (agent: Agent): Promise<LedgerAttention | null> => {
    const response = await agent.request({ method: 'GET', url: '/api/dashboard?from=2026-11-01&to=2026-11-22' });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ ledger: LedgerAttention | null }>().ledger;
  };

  it('lists open count discrepancies with the DEA notice deadline and unwitnessed wastes, until closed', async () => {
    expect(await dashboard(doc)).toEqual({ openDiscrepancies: [], openWastes: [] });
    const countedId = await receive(nurse, { lot: 'DASH-1' });
    const count = await nurse.request({
      method: 'POST',
      url: '/api/ledger/counts',
      payload: { containerId: countedId, countedMg: 480, witness: witnessAs('physician') },
    });
    expect(count.statusCode, count.body).toBe(201);
    const wastedId = await receive(nurse, { lot: 'DASH-2' });
    const waste = await nurse.request({
      method: 'POST',
      url: '/api/ledger/wastes',
      payload: {
        source: 'stock',
        containerId: wastedId,
        reason: 'Vial cracked',
        amountMg: 500,
        method: 'Into drug waste sequestrant',
      },
    });
    expect(waste.statusCode, waste.body).toBe(201);

    for (const agent of [doc, admin]) {
      const ledger = await dashboard(agent);
      expect(ledger?.openDiscrepancies).toHaveLength(1);
      const open = ledger?.openDiscrepancies[0];
      expect(open).toMatchObject({ differenceMg: -20, noticeOverdue: false });
      expect(open?.containerLabel).toContain('DASH-1');
      expect(Date.parse(open?.deaNoticeDueAt ?? '')).toBeGreaterThan(t.clock.now().getTime());
      expect(ledger?.openWastes.map((w) => [w.containerLabel, w.amountMg])).toEqual([
        [expect.stringContaining('DASH-2'), 500],
      ]);
    }

    const wasteId = waste.json<{ id: string }>().id;
    const witnessed = await nurse.request({
      method: 'POST',
      url: `/api/ledger/wastes/${wasteId}/witness`,
      payload: witnessAs('physician'),
    });
    expect(witnessed.statusCode, witnessed.body).toBe(201);
    const resolved = await doc.request({
      method: 'POST',
      url: `/api/ledger/discrepancies/${count.json<{ id: string }>().id}/resolve`,
      payload: { explanation: 'Recounted: a spill during the draw was recorded late' },
    });
    expect(resolved.statusCode, resolved.body).toBe(201);
    expect(await dashboard(doc)).toEqual({ openDiscrepancies: [], openWastes: [] });
  });
});
