import { describe, expect, it } from 'vitest';
import { InvalidInputError, MissingInputError } from '../errors.js';
import { buildDispensingRecord } from './dispensing-record.js';
import { buildInventoryRecord, nextBiennialInventoryDueBy, type InventoryInput } from './inventory.js';
import { deviceDetails, newLedger, richLedger, vialDetails } from './ledger-fixtures.js';

const biennial: InventoryInput = {
  kind: 'biennial',
  takenAt: '2026-03-02T23:00:00Z',
  businessTime: 'close-of-business',
  takenBy: ['u-a', 'u-c'],
};

describe('inventory records (21 CFR 1304.11)', () => {
  it('records zero when nothing is on hand (initial inventory)', () => {
    const record = buildInventoryRecord([], { ...biennial, kind: 'initial', businessTime: 'opening-of-business' });
    expect(record).toMatchObject({
      kind: 'initial',
      businessTime: 'opening-of-business',
      rows: [],
      nothingOnHand: true,
      totalOnHandMg: 0,
    });
  });

  it('lists each container on hand with product description, count method and last count', () => {
    const ledger = newLedger();
    ledger.add({ type: 'received', containerId: 'sealed', container: vialDetails() });
    ledger.add({ type: 'received', containerId: 'open', container: vialDetails({ lot: 'L2' }) });
    ledger.add({ type: 'received', containerId: 'dev', container: deviceDetails({ quantity: 2 }) });
    ledger.add({
      type: 'drawn',
      containerId: 'open',
      sessionId: 's',
      patientId: 'p',
      amountMg: 100,
      volumeMl: 2,
      preparedBy: 'u-a',
      onDate: '2026-03-02',
    });
    ledger.add({ type: 'counted', containerId: 'open', countedMg: 400, countedBy: 'u-a', witnessedBy: 'u-c' });
    const record = buildInventoryRecord(ledger.events, biennial);
    expect(record.nothingOnHand).toBe(false);
    expect(record.totalOnHandMg).toBe(956);
    expect(record.rows.map((r) => [r.balance.containerId, r.opened, r.countMethod, r.finding?.rule ?? null])).toEqual([
      ['sealed', false, 'exact', null],
      ['open', true, 'estimate-allowed', 'ledger.inventory.estimated-count@1'],
      ['dev', false, 'exact', null],
    ]);
    expect(record.rows[1]).toMatchObject({
      substanceName: 'Ketamine hydrochloride',
      finishedForm: 'injection, 50 mg/mL',
      unitsPerContainer: '10 mL vial',
      schedule: 'CIII',
      deaDrugCode: 7285,
      balance: { balanceMg: 400, balanceMl: 8, lot: 'L2' },
      lastCount: { countedMg: 400 },
    });
    expect(record.rows[2]).toMatchObject({
      substanceName: 'Esketamine hydrochloride (SPRAVATO)',
      balance: { devices: 2 },
    });
  });

  it('counts only events up to the moment the inventory was taken', () => {
    const ledger = newLedger();
    ledger.add({ type: 'received', containerId: 'v', container: vialDetails() });
    const takenAt = ledger.events[0]?.at ?? '';
    ledger.add({
      type: 'drawn',
      containerId: 'v',
      sessionId: 's',
      patientId: 'p',
      amountMg: 100,
      volumeMl: 2,
      preparedBy: 'u-a',
      onDate: '2026-03-02',
    });
    expect(buildInventoryRecord(ledger.events, { ...biennial, takenAt }).totalOnHandMg).toBe(500);
  });

  it.each([
    [{ takenBy: [] }, 'takenBy'],
    [{ takenBy: [' '] }, 'takenBy'],
    [{ takenAt: 'yesterday' }, 'takenAt'],
    [{ businessTime: 'lunchtime' }, 'businessTime'],
  ])('refuses an inventory without %o', (change, field) => {
    try {
      buildInventoryRecord([], { ...biennial, ...change } as InventoryInput);
      expect.unreachable();
    } catch (error) {
      expect(error).toSatisfy((e) => e instanceof InvalidInputError || e instanceof MissingInputError);
      expect((error as InvalidInputError).details.fields?.[0]?.field).toBe(field);
    }
  });

  it.each([
    ['2026-03-02', '2028-03-02'],
    ['2028-02-29', '2030-02-28'],
  ])('the next biennial inventory after %s is due by %s', (previous, due) => {
    expect(nextBiennialInventoryDueBy(previous)).toBe(due);
  });
});

describe('dispensing record (21 CFR 1304.22(c))', () => {
  const patients = {
    'pat-1': { name: 'Ada Lovelace', address: '12 St James Sq, London' },
    'pat-2': { name: 'Alan Turing', address: '1 Bletchley Park' },
  };
  const range = { fromAt: '2026-03-01T00:00:00Z', toAt: '2026-04-01T00:00:00Z', patients };

  it('lists receipts, administrations and other disposals per NDC, with corrected amounts', () => {
    const record = buildDispensingRecord(richLedger().events, range);
    expect(record.substances.map((s) => s.ndc)).toEqual(['00409-2051-05', '50458-0028-02']);
    const [ketamine, esketamine] = record.substances;
    expect(ketamine?.received).toEqual([
      expect.objectContaining({
        numberOfContainers: 1,
        quantityMg: 500,
        supplierName: 'Acme Pharma Distribution',
        supplierDeaNumber: 'RA1234563',
        invoiceNumber: 'INV-1001',
      }),
    ]);
    expect(ketamine?.administered).toEqual([
      expect.objectContaining({
        patientName: 'Ada Lovelace',
        patientAddress: '12 St James Sq, London',
        quantityMg: 35,
        quantityMl: 0.7,
        administeredBy: 'u-b',
        administeredAt: '2026-03-02T14:30:00Z',
      }),
    ]);
    expect(ketamine?.disposed.map((d) => [d.quantityMg, d.manner])).toEqual([
      [5, 'waste after session sess-1: sequestrant; by u-b, witnessed by u-c'],
      [10, 'waste from stock (cracked): sequestrant; by u-a, witnessed by u-c'],
      [50, 'damaged: destroyed on site (sequestrant) by u-a, witnessed by u-c'],
      [5, 'stock adjusted to count: loss found at count'],
    ]);
    expect(esketamine?.administered).toEqual([
      expect.objectContaining({ patientName: 'Alan Turing', quantityMg: 28, quantityMl: null }),
    ]);
    expect(esketamine?.disposed.map((d) => d.manner)).toEqual([
      'expired: to reverse distributor Acme Pharma Distribution, 1 Dock Rd, Memphis TN 38118, DEA RA1234563',
      'returned to Acme Pharma Distribution, 1 Dock Rd, Memphis TN 38118, DEA RA1234563 (ref RA-9)',
    ]);
  });

  it('shows an unwitnessed waste as such', () => {
    const ledger = newLedger();
    ledger.add({ type: 'received', containerId: 'v', container: vialDetails() });
    ledger.add({
      type: 'drawn',
      containerId: 'v',
      sessionId: 's',
      patientId: 'pat-1',
      amountMg: 10,
      volumeMl: 0.2,
      preparedBy: 'u-a',
      onDate: '2026-03-02',
    });
    ledger.add({
      type: 'wasted',
      source: 'session',
      containerId: 'v',
      sessionId: 's',
      amountMg: 10,
      method: 'sink',
      wastedBy: 'u-a',
      wastedAt: '2026-03-02T12:00:00Z',
    });
    expect(buildDispensingRecord(ledger.events, range).substances[0]?.disposed[0]?.manner).toContain('NOT WITNESSED');
  });

  it('keeps to the date range (start inclusive, end exclusive)', () => {
    const { events } = richLedger();
    const first = events[0]?.at ?? '';
    expect(buildDispensingRecord(events, { ...range, toAt: first }).substances).toEqual([]);
    const onlyFirst = buildDispensingRecord(events, { ...range, fromAt: first, toAt: events[1]?.at ?? '' });
    expect(onlyFirst.substances.map((s) => s.received.length)).toEqual([1]);
  });

  it('refuses to build the record without a patient’s name and address, or with a backwards range', () => {
    expect(() =>
      buildDispensingRecord(richLedger().events, { ...range, patients: { 'pat-1': patients['pat-1'] } }),
    ).toThrow(MissingInputError);
    expect(() => buildDispensingRecord([], { ...range, toAt: range.fromAt })).toThrow(InvalidInputError);
  });
});
