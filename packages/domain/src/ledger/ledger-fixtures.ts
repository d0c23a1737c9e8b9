/**
 * Test support for the ledger tests (not exported from the package): a deterministic FNV-1a
 * 64-bit test hash (the server uses SHA-256), sample containers, and a small ledger builder.
 */
import { sealLedgerEvent } from './chain.js';
import { prepareLedgerEvent } from './commands.js';
import type { EsketamineDeviceDetails, KetamineVialDetails, Registrant } from './container.js';
import type { EventMeta, LedgerCommand, LedgerEvent } from './events.js';

const fnvOffset = 0xcbf29ce484222325n;
const fnvPrime = 0x100000001b3n;
const mask64 = 0xffffffffffffffffn;

/** FNV-1a, 64-bit, over the UTF-16 code units of the text; hex. Deterministic and pure, for tests only. */
export function fnv1a64(text: string): string {
  let hash = fnvOffset;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * fnvPrime) & mask64;
  }
  return hash.toString(16).padStart(16, '0');
}

/** RA1234563: 1+3+5 + 2×(2+4+6) = 33 → check digit 3. */
export const supplier: Registrant = {
  name: 'Acme Pharma Distribution',
  address: '1 Dock Rd, Memphis TN 38118',
  deaNumber: 'RA1234563',
};

export function vialDetails(overrides: Partial<KetamineVialDetails> = {}): KetamineVialDetails {
  return {
    productKind: 'ketamine-hcl-vial',
    ndc: '0409-2051-05',
    lot: 'KX1234',
    expiryDate: '2027-06-30',
    concentrationMgPerMl: 50,
    volumeMl: 10,
    quantity: 1,
    location: 'Safe A',
    supplier,
    invoiceNumber: 'INV-1001',
    invoiceDate: '2026-03-01',
    ...overrides,
  };
}

export function deviceDetails(overrides: Partial<EsketamineDeviceDetails> = {}): EsketamineDeviceDetails {
  return {
    productKind: 'esketamine-device',
    ndc: '50458-028-02',
    lot: 'SP5678',
    expiryDate: '2027-01',
    mgPerDevice: 28,
    quantity: 3,
    location: 'Cabinet 2',
    supplier,
    invoiceNumber: 'INV-2002',
    invoiceDate: '2026-03-01',
    ...overrides,
  };
}

export interface TestLedger {
  readonly events: LedgerEvent[];
  /** Validates, builds, seals and appends; throws as prepareLedgerEvent does. */
  add(command: LedgerCommand, meta?: Partial<EventMeta>): LedgerEvent;
}

/**
 * A ledger whose n-th event gets id `evt-n`, recorded n minutes after `startAt` by `u-clerk`.
 * @param startAt - the instant of event 0
 */
export function newLedger(startAt = '2026-03-02T15:00:00.000Z'): TestLedger {
  const events: LedgerEvent[] = [];
  const startMs = Date.parse(startAt);
  return {
    events,
    add(command, meta = {}) {
      const n = events.length + 1;
      const fullMeta: EventMeta = {
        id: `evt-${n}`,
        at: new Date(startMs + n * 60_000).toISOString(),
        by: 'u-clerk',
        ...meta,
      };
      const event = sealLedgerEvent(prepareLedgerEvent(events, command, fullMeta), fnv1a64);
      events.push(event);
      return event;
    },
  };
}

/** A ledger with one event of every type (and both kinds of waste, return and disposal). */
export function richLedger(): TestLedger {
  const ledger = newLedger();
  const session = { sessionId: 'sess-1', patientId: 'pat-1' };
  ledger.add({ type: 'received', containerId: 'vial-1', container: vialDetails() });
  ledger.add({ type: 'received', containerId: 'dev-1', container: deviceDetails() });
  ledger.add({
    type: 'drawn',
    containerId: 'vial-1',
    ...session,
    amountMg: 40,
    volumeMl: 0.8,
    preparedBy: 'u-a',
    onDate: '2026-03-02',
  });
  ledger.add({
    type: 'administered',
    containerId: 'vial-1',
    ...session,
    amountMg: 35,
    administeredBy: 'u-b',
    administeredAt: '2026-03-02T14:30:00Z',
  });
  const waste = ledger.add({
    type: 'wasted',
    source: 'session',
    containerId: 'vial-1',
    sessionId: 'sess-1',
    amountMg: 5,
    method: 'sequestrant',
    wastedBy: 'u-b',
    wastedAt: '2026-03-02T14:40:00Z',
  });
  ledger.add({ type: 'waste-witnessed', wasteEventId: waste.id, witnessedBy: 'u-c' });
  ledger.add({
    type: 'drawn',
    containerId: 'dev-1',
    sessionId: 'sess-2',
    patientId: 'pat-2',
    amountMg: 56,
    preparedBy: 'u-a',
    onDate: '2026-03-02',
  });
  ledger.add({
    type: 'administered',
    containerId: 'dev-1',
    sessionId: 'sess-2',
    patientId: 'pat-2',
    amountMg: 28,
    administeredBy: 'u-b',
    administeredAt: '2026-03-02T14:50:00Z',
  });
  ledger.add({
    type: 'returned',
    destination: 'stock',
    containerId: 'dev-1',
    sessionId: 'sess-2',
    amountMg: 28,
    reason: 'declined',
  });
  ledger.add({ type: 'transferred', containerId: 'vial-1', toLocation: 'Cabinet 1' });
  ledger.add({
    type: 'wasted',
    source: 'stock',
    containerId: 'vial-1',
    amountMg: 10,
    method: 'sequestrant',
    reason: 'cracked',
    wastedBy: 'u-a',
    wastedAt: '2026-03-02T15:00:00Z',
    witnessedBy: 'u-c',
  });
  ledger.add({
    type: 'destroyed',
    containerId: 'dev-1',
    amountMg: 28,
    reason: 'expired',
    disposal: { kind: 'reverse-distributor', registrant: supplier },
  });
  ledger.add({
    type: 'destroyed',
    containerId: 'vial-1',
    amountMg: 50,
    reason: 'damaged',
    disposal: { kind: 'on-site', manner: 'sequestrant', destroyedBy: 'u-a', witnessedBy: 'u-c' },
  });
  ledger.add({
    type: 'returned',
    destination: 'supplier',
    containerId: 'dev-1',
    amountMg: 28,
    returnedTo: supplier,
    reference: 'RA-9',
  });
  const count = ledger.add({
    type: 'counted',
    containerId: 'vial-1',
    countedMg: 395,
    countedBy: 'u-a',
    witnessedBy: 'u-c',
  });
  ledger.add({ type: 'correction', correctsEventId: count.id, deltaMg: -5, reason: 'loss found at count' });
  ledger.add({
    type: 'discrepancy-reported',
    countEventId: count.id,
    reportedOn: '2026-03-03',
    reference: 'DEA-106-1',
  });
  const count2 = ledger.add({
    type: 'counted',
    containerId: 'dev-1',
    countedMg: 28,
    countedBy: 'u-a',
    witnessedBy: 'u-c',
  });
  ledger.add({ type: 'discrepancy-resolved', countEventId: count2.id, explanation: 'device found in fridge' });
  return ledger;
}
