import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import type { DrawnBody, LedgerCommand } from './events.js';
import { deviceDetails, newLedger, vialDetails, type TestLedger } from './ledger-fixtures.js';
import { reconcileSession } from './reconcile.js';
import { deriveBalances } from './balances.js';

/** The code, fields and rule of the error a command throws (or undefined when it is accepted). */
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

type DrawOverrides = Partial<Omit<DrawnBody, 'volumeMl'>> & { volumeMl?: number | undefined };

/** A vial draw of 40 mg (0.8 mL); `volumeMl: undefined` leaves the volume out (devices). */
function draw(overrides: DrawOverrides = {}): LedgerCommand {
  const { volumeMl = 'volumeMl' in overrides ? undefined : 0.8, ...rest } = overrides;
  const body: DrawnBody = {
    type: 'drawn',
    containerId: 'vial-1',
    sessionId: 'sess-1',
    patientId: 'pat-1',
    amountMg: 40,
    preparedBy: 'u-nurse-a',
    onDate: '2026-03-02',
    ...rest,
  };
  return volumeMl === undefined ? body : { ...body, volumeMl };
}

const administer = (amountMg: number, overrides: object = {}): LedgerCommand => ({
  type: 'administered',
  containerId: 'vial-1',
  sessionId: 'sess-1',
  patientId: 'pat-1',
  amountMg,
  administeredBy: 'u-nurse-b',
  administeredAt: '2026-03-02T14:30:00Z',
  ...overrides,
});

const waste = (amountMg: number, overrides: object = {}): LedgerCommand => ({
  type: 'wasted',
  source: 'session',
  containerId: 'vial-1',
  sessionId: 'sess-1',
  amountMg,
  method: 'sequestrant',
  wastedBy: 'u-nurse-b',
  wastedAt: '2026-03-02T14:40:00Z',
  witnessedBy: 'u-physician',
  ...overrides,
});

function vialLedger(): TestLedger {
  const ledger = newLedger();
  ledger.add({ type: 'received', containerId: 'vial-1', container: vialDetails() });
  return ledger;
}

describe('draw for a session', () => {
  it('takes the amount out of the container', () => {
    const ledger = vialLedger();
    ledger.add(draw());
    expect(deriveBalances(ledger.events).containers[0]).toMatchObject({ balanceMg: 460, balanceMl: 9.2 });
  });

  it.each([
    ['0 mg', draw({ amountMg: 0 }), { code: 'INVALID_INPUT', fields: ['amountMg'] }],
    ['negative', draw({ amountMg: -1 }), { code: 'INVALID_INPUT', fields: ['amountMg'] }],
    [
      'finer than 0.001 mg',
      draw({ amountMg: 40.0001, volumeMl: 0.8 }),
      { code: 'INVALID_INPUT', fields: ['amountMg'] },
    ],
    ['unknown container', draw({ containerId: 'vial-9' }), { code: 'INVALID_INPUT', fields: ['containerId'] }],
    [
      'more than it holds',
      draw({ amountMg: 500.001, volumeMl: 10 }),
      { code: 'RULE_VIOLATION', fields: ['amountMg'], rule: 'ledger.balance.non-negative@1' },
    ],
    ['mL not matching mg', draw({ amountMg: 40, volumeMl: 0.9 }), { code: 'INVALID_INPUT', fields: ['volumeMl'] }],
    ['no mL for a vial', draw({ volumeMl: undefined }), { code: 'MISSING_INPUT', fields: ['volumeMl'] }],
    [
      'expired the day before',
      draw({ onDate: '2027-07-01' }),
      { code: 'RULE_VIOLATION', fields: ['containerId'], rule: 'ledger.draw.expired-container@1' },
    ],
    ['bad date', draw({ onDate: '2026-02-30' }), { code: 'INVALID_INPUT', fields: ['onDate'] }],
    ['no preparer', draw({ preparedBy: ' ' }), { code: 'MISSING_INPUT', fields: ['preparedBy'] }],
  ])('refuses a draw: %s', (_label, command, expected) => {
    expect(refusal(vialLedger(), command)).toEqual(expected);
  });

  it.each([
    ['the whole vial', draw({ amountMg: 500, volumeMl: 10 })],
    ['on its expiry date', draw({ onDate: '2027-06-30' })],
    ['mL within half a 0.01 mL reading', draw({ amountMg: 36.7, volumeMl: 0.73 })],
  ])('accepts a draw at the boundary: %s', (_label, command) => {
    expect(refusal(vialLedger(), command)).toBeUndefined();
  });

  it('refuses mL just outside half a 0.01 mL reading (36.8 mg as 0.73 mL)', () => {
    expect(refusal(vialLedger(), draw({ amountMg: 36.8, volumeMl: 0.73 }))).toEqual({
      code: 'INVALID_INPUT',
      fields: ['volumeMl'],
    });
  });

  it('refuses a second draw for the same session for another patient', () => {
    const ledger = vialLedger();
    ledger.add(draw());
    expect(refusal(ledger, draw({ patientId: 'pat-2' }))).toEqual({ code: 'CONFLICT', fields: ['patientId'] });
  });

  it('draws esketamine in whole devices, without mL', () => {
    const ledger = newLedger();
    ledger.add({ type: 'received', containerId: 'dev-1', container: deviceDetails() });
    const base = { containerId: 'dev-1', volumeMl: undefined };
    expect(refusal(ledger, draw({ ...base, amountMg: 30 }))).toEqual({ code: 'INVALID_INPUT', fields: ['amountMg'] });
    expect(refusal(ledger, draw({ ...base, amountMg: 56, volumeMl: 0.2 }))).toEqual({
      code: 'INVALID_INPUT',
      fields: ['volumeMl'],
    });
    expect(refusal(ledger, draw({ ...base, amountMg: 112 }))).toMatchObject({
      code: 'RULE_VIOLATION',
      rule: 'ledger.balance.non-negative@1',
    });
    expect(refusal(ledger, draw({ ...base, amountMg: 84 }))).toBeUndefined();
  });

  it('refuses an expired month-year device after the month ends', () => {
    const ledger = newLedger();
    ledger.add({ type: 'received', containerId: 'dev-1', container: deviceDetails({ expiryDate: '2026-03' }) });
    const base = { containerId: 'dev-1', volumeMl: undefined, amountMg: 28 };
    expect(refusal(ledger, draw({ ...base, onDate: '2026-04-01' }))).toMatchObject({
      rule: 'ledger.draw.expired-container@1',
    });
    expect(refusal(ledger, draw({ ...base, onDate: '2026-03-31' }))).toBeUndefined();
  });
});

describe('administration and waste against the session', () => {
  function drawn(): TestLedger {
    const ledger = vialLedger();
    ledger.add(draw());
    return ledger;
  }

  it('reconciles when drawn = administered + wasted, and stock is not reduced again', () => {
    const ledger = drawn();
    ledger.add(administer(35));
    ledger.add(waste(5));
    expect(reconcileSession(ledger.events, 'sess-1')).toMatchObject({
      status: 'reconciled',
      discrepancyMg: 0,
      finding: null,
    });
    expect(deriveBalances(ledger.events).containers[0]?.balanceMg).toBe(460);
  });

  it.each([
    [
      'administer more than drawn',
      administer(40.001),
      { code: 'RULE_VIOLATION', fields: ['amountMg'], rule: 'ledger.session.not-more-than-drawn@1' },
    ],
    [
      'administer for another patient',
      administer(10, { patientId: 'pat-2' }),
      { code: 'INVALID_INPUT', fields: ['patientId'] },
    ],
    [
      'administer for a session with no draw',
      administer(10, { sessionId: 'sess-9' }),
      { code: 'INVALID_INPUT', fields: ['sessionId'] },
    ],
    [
      'administer in the future',
      administer(10, { administeredAt: '2030-01-01T00:00:00Z' }),
      { code: 'INVALID_INPUT', fields: ['administeredAt'] },
    ],
    [
      'administer at a non-instant',
      administer(10, { administeredAt: '2026-03-02' }),
      { code: 'INVALID_INPUT', fields: ['administeredAt'] },
    ],
    [
      'waste more than drawn',
      waste(40.001),
      { code: 'RULE_VIOLATION', fields: ['amountMg'], rule: 'ledger.session.not-more-than-drawn@1' },
    ],
    [
      'witness is the waster',
      waste(5, { witnessedBy: 'u-nurse-b' }),
      { code: 'RULE_VIOLATION', fields: ['witnessedBy'], rule: 'ledger.witness.independent@1' },
    ],
    [
      'witness is the preparer',
      waste(5, { witnessedBy: 'u-nurse-a' }),
      { code: 'RULE_VIOLATION', fields: ['witnessedBy'], rule: 'ledger.witness.independent@1' },
    ],
    ['blank witness', waste(5, { witnessedBy: '' }), { code: 'MISSING_INPUT', fields: ['witnessedBy'] }],
    ['no method', waste(5, { method: '' }), { code: 'MISSING_INPUT', fields: ['method'] }],
  ])('refuses: %s', (_label, command, expected) => {
    expect(refusal(drawn(), command)).toEqual(expected);
  });

  it('accepts administering exactly what was drawn', () => {
    expect(refusal(drawn(), administer(40))).toBeUndefined();
  });

  it('keeps an unwitnessed waste open and flagged until a second person witnesses it', () => {
    const ledger = drawn();
    ledger.add(administer(35));
    const open = ledger.add(waste(5, { witnessedBy: undefined }));
    expect(reconcileSession(ledger.events, 'sess-1')).toMatchObject({
      status: 'awaiting-witness',
      unwitnessedWasteEventIds: [open.id],
      finding: { rule: 'ledger.waste.witness-required@1', severity: 'warning' },
    });
    const witness = (witnessedBy: string): LedgerCommand => ({
      type: 'waste-witnessed',
      wasteEventId: open.id,
      witnessedBy,
    });
    expect(refusal(ledger, witness('u-nurse-b'))).toMatchObject({ rule: 'ledger.witness.independent@1' });
    expect(refusal(ledger, witness('u-nurse-a'))).toMatchObject({ rule: 'ledger.witness.independent@1' });
    expect(refusal(ledger, { type: 'waste-witnessed', wasteEventId: 'nope', witnessedBy: 'u-physician' })).toEqual({
      code: 'INVALID_INPUT',
      fields: ['wasteEventId'],
    });
    expect(refusal(ledger, witness('u-physician'))).toBeUndefined();
    expect(reconcileSession(ledger.events, 'sess-1').status).toBe('reconciled');
    expect(refusal(ledger, witness('u-other'))).toEqual({ code: 'INVALID_TRANSITION', fields: ['wasteEventId'] });
  });

  it('reports drug drawn and not accounted for', () => {
    const ledger = drawn();
    ledger.add(administer(30));
    expect(reconcileSession(ledger.events, 'sess-1')).toMatchObject({
      status: 'unaccounted',
      drawnMg: 40,
      administeredMg: 30,
      discrepancyMg: 10,
      patientId: 'pat-1',
      finding: { rule: 'ledger.session.reconciliation@1' },
    });
    expect(reconcileSession(ledger.events, 'sess-none')).toMatchObject({
      status: 'no-activity',
      discrepancyMg: 0,
      finding: null,
    });
  });
});

describe('return of a sealed device to stock', () => {
  it('puts the device back and accounts for it in the session; vials cannot go back', () => {
    const ledger = newLedger();
    ledger.add({ type: 'received', containerId: 'dev-1', container: deviceDetails() });
    ledger.add(draw({ containerId: 'dev-1', amountMg: 84, volumeMl: undefined }));
    ledger.add(administer(56, { containerId: 'dev-1' }));
    const back = (amountMg: number): LedgerCommand => ({
      type: 'returned',
      destination: 'stock',
      containerId: 'dev-1',
      sessionId: 'sess-1',
      amountMg,
      reason: 'patient declined third device',
    });
    expect(refusal(ledger, back(56))).toMatchObject({ rule: 'ledger.session.not-more-than-drawn@1' });
    expect(refusal(ledger, back(14))).toEqual({ code: 'INVALID_INPUT', fields: ['amountMg'] });
    expect(refusal(ledger, back(28))).toBeUndefined();
    expect(reconcileSession(ledger.events, 'sess-1')).toMatchObject({ status: 'reconciled', returnedMg: 28 });
    expect(deriveBalances(ledger.events).containers[0]).toMatchObject({ balanceMg: 28, devices: 1 });

    const vials = vialLedger();
    vials.add(draw());
    expect(
      refusal(vials, {
        type: 'returned',
        destination: 'stock',
        containerId: 'vial-1',
        sessionId: 'sess-1',
        amountMg: 5,
        reason: 'x',
      }),
    ).toEqual({ code: 'INVALID_INPUT', fields: ['containerId'] });
  });
});
