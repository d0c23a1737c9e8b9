import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { deriveBalances } from './balances.js';
import type { LedgerCommand } from './events.js';
import { deviceDetails, newLedger, supplier, vialDetails, type TestLedger } from './ledger-fixtures.js';
import { reconcileSession } from './reconcile.js';
import { listDiscrepancies } from './discrepancies.js';

function refusal(
  ledger: TestLedger,
  command: LedgerCommand,
): { code: string; fields: string[]; rule?: string } | undefined {
  const before = ledger.events.length;
  try {
    ledger.add(command);
    return undefined;
  } catch (error) {
    expect(ledger.events.length).toBe(before);
    if (!(error instanceof DomainError)) {
      throw error;
    }
    const finding = error.details.findings?.[0] as { rule?: string } | undefined;
    return {
      code: error.code,
      fields: (error.details.fields ?? []).map((f) => f.field),
      ...(finding?.rule === undefined ? {} : { rule: finding.rule }),
    };
  }
}

function stocked(): TestLedger {
  const ledger = newLedger();
  ledger.add({ type: 'received', containerId: 'vial-1', container: vialDetails() });
  ledger.add({ type: 'received', containerId: 'dev-1', container: deviceDetails() });
  return ledger;
}

const balanceOf = (ledger: TestLedger, containerId: string): number | undefined =>
  deriveBalances(ledger.events).containers.find((c) => c.containerId === containerId)?.balanceMg;

const stockWaste = (amountMg: number, overrides: object = {}): LedgerCommand => ({
  type: 'wasted',
  source: 'stock',
  containerId: 'vial-1',
  amountMg,
  method: 'sequestrant',
  reason: 'vial dropped',
  wastedBy: 'u-nurse-a',
  wastedAt: '2026-03-02T14:00:00Z',
  witnessedBy: 'u-nurse-b',
  ...overrides,
});

const onSite = (amountMg: number, witnessedBy = 'u-nurse-b'): LedgerCommand => ({
  type: 'destroyed',
  containerId: 'vial-1',
  amountMg,
  reason: 'expired',
  disposal: { kind: 'on-site', manner: 'sequestrant', destroyedBy: 'u-nurse-a', witnessedBy },
});

const count = (countedMg: number, witnessedBy = 'u-nurse-b', containerId = 'vial-1'): LedgerCommand => ({
  type: 'counted',
  containerId,
  countedMg,
  countedBy: 'u-nurse-a',
  witnessedBy,
});

describe('receipt', () => {
  it('starts the balance at quantity × unit content', () => {
    const ledger = newLedger();
    ledger.add({ type: 'received', containerId: 'box-1', container: vialDetails({ quantity: 10 }) });
    ledger.add({ type: 'received', containerId: 'dev-1', container: deviceDetails({ quantity: 2 }) });
    expect(deriveBalances(ledger.events)).toEqual({
      containers: [
        expect.objectContaining({ containerId: 'box-1', balanceMg: 5000, balanceMl: 100, ndc: '00409-2051-05' }),
        expect.objectContaining({ containerId: 'dev-1', balanceMg: 56, devices: 2, ndc: '50458-0028-02' }),
      ],
      byProductLocation: [
        { productKind: 'esketamine-device', location: 'Cabinet 2', balanceMg: 56, containerCount: 1 },
        { productKind: 'ketamine-hcl-vial', location: 'Safe A', balanceMg: 5000, containerCount: 1 },
      ],
    });
  });

  it.each([
    [
      'a container id already used',
      { type: 'received', containerId: 'vial-1', container: vialDetails() },
      { code: 'CONFLICT', fields: ['containerId'] },
    ],
    [
      'an invalid supplier DEA number',
      {
        type: 'received',
        containerId: 'v2',
        container: vialDetails({ supplier: { ...supplier, deaNumber: 'RA1234560' } }),
      },
      { code: 'INVALID_INPUT', fields: ['supplier/deaNumber'] },
    ],
  ] as const)('refuses %s', (_label, command, expected) => {
    expect(refusal(stocked(), command)).toEqual(expected);
  });

  it('refuses an event id already used', () => {
    const ledger = stocked();
    expect(() =>
      ledger.add({ type: 'received', containerId: 'v3', container: vialDetails() }, { id: 'evt-1' }),
    ).toThrow(/already/);
  });
});

describe('stock movements outside a session', () => {
  it.each([
    [
      'stock waste over the balance',
      stockWaste(500.001),
      { code: 'RULE_VIOLATION', fields: ['amountMg'], rule: 'ledger.balance.non-negative@1' },
    ],
    [
      'stock waste witnessed by the waster',
      stockWaste(5, { witnessedBy: 'u-nurse-a' }),
      { code: 'RULE_VIOLATION', fields: ['witnessedBy'], rule: 'ledger.witness.independent@1' },
    ],
    [
      'stock waste of part of a device',
      stockWaste(14, { containerId: 'dev-1' }),
      { code: 'INVALID_INPUT', fields: ['amountMg'] },
    ],
    [
      'on-site destruction by one person',
      onSite(100, 'u-nurse-a'),
      { code: 'RULE_VIOLATION', fields: ['disposal/witnessedBy'], rule: 'ledger.destruction.two-witnesses@1' },
    ],
    [
      'destruction over the balance',
      onSite(501),
      { code: 'RULE_VIOLATION', fields: ['amountMg'], rule: 'ledger.balance.non-negative@1' },
    ],
    [
      'a count by one person',
      count(500, 'u-nurse-a'),
      { code: 'RULE_VIOLATION', fields: ['witnessedBy'], rule: 'ledger.count.two-persons@1' },
    ],
    ['a negative count', count(-1), { code: 'INVALID_INPUT', fields: ['countedMg'] }],
    ['a count of part of a device', count(27, 'u-nurse-b', 'dev-1'), { code: 'INVALID_INPUT', fields: ['countedMg'] }],
    [
      'a transfer to where it is',
      { type: 'transferred', containerId: 'vial-1', toLocation: 'Safe A' },
      { code: 'INVALID_INPUT', fields: ['toLocation'] },
    ],
    [
      'a split of more units than held',
      {
        type: 'transferred',
        containerId: 'dev-1',
        toLocation: 'Room 3',
        split: { newContainerId: 'dev-1b', unitCount: 4 },
      },
      { code: 'RULE_VIOLATION', fields: ['split/unitCount'], rule: 'ledger.balance.non-negative@1' },
    ],
    [
      'a split into an existing id',
      {
        type: 'transferred',
        containerId: 'dev-1',
        toLocation: 'Room 3',
        split: { newContainerId: 'vial-1', unitCount: 1 },
      },
      { code: 'CONFLICT', fields: ['split/newContainerId'] },
    ],
    [
      'a return to a supplier without DEA number',
      {
        type: 'returned',
        destination: 'supplier',
        containerId: 'vial-1',
        amountMg: 500,
        returnedTo: { ...supplier, deaNumber: '' },
        reference: 'RA-1',
      },
      { code: 'INVALID_INPUT', fields: ['returnedTo/deaNumber'] },
    ],
    [
      'an unknown container',
      { type: 'counted', containerId: 'nope', countedMg: 0, countedBy: 'a', witnessedBy: 'b' },
      { code: 'INVALID_INPUT', fields: ['containerId'] },
    ],
  ] as const)('refuses %s', (_label, command, expected) => {
    expect(refusal(stocked(), command)).toEqual(expected);
  });

  it('reduces stock for stock waste, destruction and returns, down to exactly 0', () => {
    const ledger = stocked();
    ledger.add(stockWaste(100));
    ledger.add(onSite(150));
    ledger.add({
      type: 'returned',
      destination: 'supplier',
      containerId: 'vial-1',
      amountMg: 250,
      returnedTo: supplier,
      reference: 'RA-1',
    });
    expect(balanceOf(ledger, 'vial-1')).toBe(0);
    expect(refusal(ledger, stockWaste(0.001))).toMatchObject({ rule: 'ledger.balance.non-negative@1' });
  });

  it('moves a container, or splits whole units into a new container at the destination', () => {
    const ledger = stocked();
    const moved = ledger.add({ type: 'transferred', containerId: 'vial-1', toLocation: 'Cabinet 1' });
    expect(moved).toMatchObject({ fromLocation: 'Safe A', toLocation: 'Cabinet 1' });
    ledger.add({
      type: 'transferred',
      containerId: 'dev-1',
      toLocation: 'Room 3',
      split: { newContainerId: 'dev-1b', unitCount: 2 },
    });
    const balances = deriveBalances(ledger.events);
    expect(balances.containers.map((c) => [c.containerId, c.location, c.balanceMg])).toEqual([
      ['vial-1', 'Cabinet 1', 500],
      ['dev-1', 'Cabinet 2', 28],
      ['dev-1b', 'Room 3', 56],
    ]);
    expect(balances.byProductLocation.reduce((sum, g) => sum + g.balanceMg, 0)).toBe(584);
  });
});

describe('corrections', () => {
  function withDraw(): TestLedger {
    const ledger = stocked();
    ledger.add({
      type: 'drawn',
      containerId: 'vial-1',
      sessionId: 's1',
      patientId: 'p1',
      amountMg: 50,
      volumeMl: 1,
      preparedBy: 'u-nurse-a',
      onDate: '2026-03-02',
    });
    return ledger;
  }
  const correct = (correctsEventId: string, deltaMg: number): LedgerCommand => ({
    type: 'correction',
    correctsEventId,
    deltaMg,
    reason: 'typo',
  });

  it('changes the corrected event’s amount; the original event is untouched', () => {
    const ledger = withDraw();
    const original = JSON.stringify(ledger.events[2]);
    const correction = ledger.add(correct('evt-3', -10));
    expect(correction).toMatchObject({ containerId: 'vial-1', deltaMg: -10 });
    expect(JSON.stringify(ledger.events[2])).toBe(original);
    expect(balanceOf(ledger, 'vial-1')).toBe(460);
    expect(reconcileSession(ledger.events, 's1').drawnMg).toBe(40);
  });

  it.each([
    ['an unknown event', correct('nope', 1), { code: 'INVALID_INPUT', fields: ['correctsEventId'] }],
    ['a zero delta', correct('evt-3', 0), { code: 'INVALID_INPUT', fields: ['deltaMg'] }],
    ['a draw below zero', correct('evt-3', -50.001), { code: 'INVALID_INPUT', fields: ['deltaMg'] }],
    [
      'a draw beyond the stock',
      correct('evt-3', 450.001),
      { code: 'RULE_VIOLATION', fields: ['deltaMg'], rule: 'ledger.balance.non-negative@1' },
    ],
    [
      'a receipt that would leave stock negative',
      correct('evt-1', -450.001),
      { code: 'RULE_VIOLATION', fields: ['deltaMg'], rule: 'ledger.balance.non-negative@1' },
    ],
    ['a device receipt by part of a device', correct('evt-2', -1), { code: 'INVALID_INPUT', fields: ['deltaMg'] }],
    [
      'no reason',
      { type: 'correction', correctsEventId: 'evt-3', deltaMg: 1, reason: '' },
      { code: 'MISSING_INPUT', fields: ['reason'] },
    ],
  ] as const)('refuses %s', (_label, command, expected) => {
    expect(refusal(withDraw(), command)).toEqual(expected);
  });

  it('refuses a correction of an event that carries no amount', () => {
    const ledger = withDraw();
    ledger.add({ type: 'transferred', containerId: 'vial-1', toLocation: 'Cabinet 1' });
    expect(refusal(ledger, correct('evt-4', 1))).toEqual({ code: 'INVALID_INPUT', fields: ['correctsEventId'] });
  });

  it('refuses lowering a draw below what the session already administered', () => {
    const ledger = withDraw();
    ledger.add({
      type: 'administered',
      containerId: 'vial-1',
      sessionId: 's1',
      patientId: 'p1',
      amountMg: 45,
      administeredBy: 'u-nurse-b',
      administeredAt: '2026-03-02T14:00:00Z',
    });
    expect(refusal(ledger, correct('evt-3', -5.001))).toMatchObject({ rule: 'ledger.session.not-more-than-drawn@1' });
    expect(refusal(ledger, correct('evt-3', -5))).toBeUndefined();
    expect(reconcileSession(ledger.events, 's1').status).toBe('reconciled');
  });
});

describe('counts and discrepancies', () => {
  it('opens a discrepancy when the count differs, adjusts stock by correcting the count, then resolves', () => {
    const ledger = stocked();
    ledger.add(count(500));
    const short = ledger.add(count(480));
    const discrepancies = listDiscrepancies(ledger.events, { timeZone: 'America/New_York' });
    expect(discrepancies).toEqual([
      expect.objectContaining({
        countEventId: short.id,
        countedMg: 480,
        expectedMg: 500,
        differenceMg: -20,
        status: 'open',
        deaNoticeDueAt: '2026-03-04T04:59:59.999Z',
      }),
    ]);
    ledger.add({ type: 'correction', correctsEventId: short.id, deltaMg: -20, reason: 'loss after count' });
    expect(balanceOf(ledger, 'vial-1')).toBe(480);
    expect(refusal(ledger, { type: 'discrepancy-resolved', countEventId: short.id, explanation: '' })).toEqual({
      code: 'MISSING_INPUT',
      fields: ['explanation'],
    });
    ledger.add({ type: 'discrepancy-resolved', countEventId: short.id, explanation: 'spilled, documented' });
    expect(listDiscrepancies(ledger.events, { timeZone: 'America/New_York' })[0]).toMatchObject({
      status: 'resolved',
      explanation: 'spilled, documented',
    });
    expect(refusal(ledger, { type: 'discrepancy-reported', countEventId: short.id, reportedOn: '2026-03-03' })).toEqual(
      { code: 'INVALID_TRANSITION', fields: ['countEventId'] },
    );
  });

  it('records the DEA report date; a matching count has no discrepancy to close', () => {
    const ledger = stocked();
    const matching = ledger.add(count(500));
    const over = ledger.add(count(510));
    expect(refusal(ledger, { type: 'discrepancy-resolved', countEventId: matching.id, explanation: 'x' })).toEqual({
      code: 'INVALID_TRANSITION',
      fields: ['countEventId'],
    });
    expect(refusal(ledger, { type: 'discrepancy-reported', countEventId: over.id, reportedOn: '2026-02-30' })).toEqual({
      code: 'INVALID_INPUT',
      fields: ['reportedOn'],
    });
    ledger.add({ type: 'discrepancy-reported', countEventId: over.id, reportedOn: '2026-03-03' });
    expect(listDiscrepancies(ledger.events, { timeZone: 'UTC' })).toEqual([
      expect.objectContaining({
        differenceMg: 10,
        status: 'reported-to-dea',
        reportedOn: '2026-03-03',
        deaForm106DueDate: '2026-04-16',
      }),
    ]);
  });

  it('marks an open discrepancy overdue only after the notice deadline', () => {
    const ledger = stocked();
    ledger.add(count(499));
    const at = (asOf: string): boolean | undefined =>
      listDiscrepancies(ledger.events, { timeZone: 'UTC', asOf })[0]?.noticeOverdue;
    expect(at('2026-03-03T23:59:59.999Z')).toBe(false);
    expect(at('2026-03-04T00:00:00.000Z')).toBe(true);
  });
});
