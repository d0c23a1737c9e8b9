import { describe, expect, it } from 'vitest';
import { detectDiversionSignals, median, type DiversionInput } from './diversion.js';
import { newLedger, vialDetails, type TestLedger } from './ledger-fixtures.js';

const period: DiversionInput = {
  fromAt: '2026-03-01T00:00:00Z',
  toAt: '2026-04-01T00:00:00Z',
  knownSessionIds: [],
  shifts: [],
};

/** One session per entry: draws `drawnMg`, administers `drawnMg − wastedMg`, and `wastedBy` wastes the rest at `wastedAt`. */
function ledgerOf(
  sessions: { wastedBy: string; wastedMg: number; wastedAt?: string; witnessed?: boolean; administer?: boolean }[],
): TestLedger {
  const ledger = newLedger();
  ledger.add({ type: 'received', containerId: 'v', container: vialDetails({ quantity: 10 }) });
  sessions.forEach((s, i) => {
    const sessionId = `s${i}`;
    const patientId = `p${i}`;
    ledger.add({
      type: 'drawn',
      containerId: 'v',
      sessionId,
      patientId,
      amountMg: 50,
      volumeMl: 1,
      preparedBy: 'u-prep',
      onDate: '2026-03-02',
    });
    if (s.administer !== false) {
      ledger.add({
        type: 'administered',
        containerId: 'v',
        sessionId,
        patientId,
        amountMg: 50 - s.wastedMg,
        administeredBy: s.wastedBy,
        administeredAt: '2026-03-02T10:00:00Z',
      });
    }
    ledger.add({
      type: 'wasted',
      source: 'session',
      containerId: 'v',
      sessionId,
      amountMg: s.wastedMg,
      method: 'sequestrant',
      wastedBy: s.wastedBy,
      wastedAt: s.wastedAt ?? '2026-03-02T10:05:00Z',
      ...(s.witnessed === false ? {} : { witnessedBy: 'u-witness' }),
    });
  });
  return ledger;
}

const rulesOf = (ledger: TestLedger, input: Partial<DiversionInput> = {}): string[] =>
  detectDiversionSignals(ledger.events, {
    ...period,
    knownSessionIds: ledger.events.flatMap((e) => (e.type === 'drawn' ? [e.sessionId] : [])),
    ...input,
  }).findings.map((f) => f.rule);

describe('median', () => {
  it.each([
    [[3], 3],
    [[1, 3], 2],
    [[5, 1, 3], 3],
    [[4, 1, 3, 2], 2.5],
  ])('of %o is %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe('waste outliers (> 2 × the staff median, at least 3 staff)', () => {
  it('flags a person whose waste amount is more than twice the median', () => {
    const ledger = ledgerOf([
      { wastedBy: 'u-a', wastedMg: 5 },
      { wastedBy: 'u-b', wastedMg: 5 },
      { wastedBy: 'u-c', wastedMg: 10.001 },
    ]);
    const report = detectDiversionSignals(ledger.events, { ...period, knownSessionIds: ['s0', 's1', 's2'] });
    expect(report.medianWastedMg).toBe(5);
    expect(report.staff.filter((s) => s.outlierByAmount).map((s) => s.userId)).toEqual(['u-c']);
    expect(report.findings.map((f) => f.rule)).toEqual(['ledger.diversion.waste-outlier@1']);
  });

  it('does not flag exactly twice the median', () => {
    const ledger = ledgerOf([
      { wastedBy: 'u-a', wastedMg: 5 },
      { wastedBy: 'u-b', wastedMg: 5 },
      { wastedBy: 'u-c', wastedMg: 10 },
    ]);
    expect(rulesOf(ledger)).toEqual([]);
  });

  it('flags by frequency too', () => {
    const ledger = ledgerOf([
      { wastedBy: 'u-a', wastedMg: 1 },
      { wastedBy: 'u-b', wastedMg: 1 },
      { wastedBy: 'u-c', wastedMg: 0.5 },
      { wastedBy: 'u-c', wastedMg: 0.5 },
      { wastedBy: 'u-c', wastedMg: 0.5 },
    ]);
    const report = detectDiversionSignals(ledger.events, {
      ...period,
      knownSessionIds: ['s0', 's1', 's2', 's3', 's4'],
    });
    expect(report.staff.find((s) => s.userId === 'u-c')).toMatchObject({
      wasteCount: 3,
      outlierByCount: true,
      outlierByAmount: false,
    });
  });

  it('makes no comparison with fewer than 3 staff', () => {
    const ledger = ledgerOf([
      { wastedBy: 'u-a', wastedMg: 1 },
      { wastedBy: 'u-b', wastedMg: 40 },
    ]);
    const report = detectDiversionSignals(ledger.events, { ...period, knownSessionIds: ['s0', 's1'] });
    expect(report).toMatchObject({ medianWastedMg: null, medianWasteCount: null, findings: [] });
  });
});

describe('other signals', () => {
  it('flags a draw whose session is not in the session record', () => {
    const ledger = ledgerOf([{ wastedBy: 'u-a', wastedMg: 5 }]);
    expect(rulesOf(ledger, { knownSessionIds: [] })).toEqual(['ledger.diversion.draw-without-session@1']);
    expect(rulesOf(ledger, { knownSessionIds: ['s0'] })).toEqual([]);
  });

  it('flags a session that does not reconcile', () => {
    const ledger = ledgerOf([{ wastedBy: 'u-a', wastedMg: 5, administer: false }]);
    expect(rulesOf(ledger)).toEqual(['ledger.diversion.session-unreconciled@1']);
  });

  it.each([
    ['2026-03-02T10:30:00Z', true, 'exactly 30 min before the end'],
    ['2026-03-02T11:00:00Z', true, 'at the end'],
    ['2026-03-02T10:29:59Z', false, 'just over 30 min before'],
    ['2026-03-02T11:00:01Z', false, 'after the shift'],
  ])('waste at %s flagged: %s (%s)', (wastedAt, flagged) => {
    const ledger = ledgerOf([{ wastedBy: 'u-a', wastedMg: 5, wastedAt }]);
    const rules = rulesOf(ledger, {
      shifts: [
        { userId: 'u-a', shiftEndAt: '2026-03-02T11:00:00Z' },
        { userId: 'u-b', shiftEndAt: wastedAt },
      ],
    });
    expect(rules.includes('ledger.diversion.end-of-shift-waste@1')).toBe(flagged);
  });

  it('flags an unwitnessed waste, and only in the period', () => {
    const ledger = ledgerOf([{ wastedBy: 'u-a', wastedMg: 5, witnessed: false }]);
    expect(rulesOf(ledger)).toEqual(['ledger.waste.witness-required@1']);
    expect(rulesOf(ledger, { fromAt: '2026-03-03T00:00:00Z' })).toEqual([]);
  });
});
