/**
 * The ledger's current state, derived by folding the events in sequence order. Nothing here is
 * typed in: balances, session accounts and discrepancy status all come from the events.
 *
 * Stock model (what moves a container's balance):
 *   + received, + transfer split in, + returned to stock (sealed esketamine device)
 *   − drawn, − transfer split out, − returned to supplier, − destroyed, − wasted from stock
 *   ± corrections (a correction changes the amount of the event it references, and the stock
 *     moves by that event's sign; a correction of a count adjusts stock to the physical count).
 * Administered and session waste never move stock: the drug already left the container when it
 * was drawn. They account for it per session: drawn − administered − wasted − returned = 0.
 */
import { unitContentUg, type ContainerDetails } from './container.js';
import type { LedgerEvent, TransferredBody } from './events.js';
import { toMicrograms } from './amounts.js';

export const genesisHash = 'genesis';

export const AmountKind = {
  Received: 'received',
  Drawn: 'drawn',
  Administered: 'administered',
  SessionWaste: 'session-waste',
  StockWaste: 'stock-waste',
  ReturnedToStock: 'returned-to-stock',
  ReturnedToSupplier: 'returned-to-supplier',
  Destroyed: 'destroyed',
  CountAdjustment: 'count-adjustment',
} as const;
export type AmountKind = (typeof AmountKind)[keyof typeof AmountKind];

type SessionField = 'drawnUg' | 'administeredUg' | 'wastedUg' | 'returnedUg';

/** How an amount of each kind moves the container's stock (+1 in, −1 out, 0 none). */
export const stockSign: Readonly<Record<AmountKind, -1 | 0 | 1>> = {
  received: 1,
  drawn: -1,
  administered: 0,
  'session-waste': 0,
  'stock-waste': -1,
  'returned-to-stock': 1,
  'returned-to-supplier': -1,
  destroyed: -1,
  'count-adjustment': 1,
};

/** Which session account an amount of each kind adds to, if any. */
export const sessionField: Readonly<Record<AmountKind, SessionField | undefined>> = {
  received: undefined,
  drawn: 'drawnUg',
  administered: 'administeredUg',
  'session-waste': 'wastedUg',
  'stock-waste': undefined,
  'returned-to-stock': 'returnedUg',
  'returned-to-supplier': undefined,
  destroyed: undefined,
  'count-adjustment': undefined,
};

export interface ContainerState {
  readonly containerId: string;
  readonly details: ContainerDetails;
  readonly unitUg: number;
  readonly receivedAt: string;
  readonly splitFrom: string | undefined;
  location: string;
  balanceUg: number;
  firstDrawAt: string | undefined;
}

export interface SessionLine {
  readonly sessionId: string;
  readonly containerId: string;
  readonly patientId: string;
  readonly preparedBy: string[];
  drawnUg: number;
  administeredUg: number;
  wastedUg: number;
  returnedUg: number;
}

/** An event that carries an amount, with the corrections made to it since. */
export interface AmountRecord {
  readonly eventId: string;
  readonly kind: AmountKind;
  readonly containerId: string;
  readonly sessionId: string | undefined;
  readonly recordedUg: number;
  correctionUg: number;
}

export interface WasteRecord {
  readonly eventId: string;
  readonly containerId: string;
  readonly sessionId: string | undefined;
  readonly wastedBy: string;
  readonly wastedAt: string;
  witnessedBy: string | undefined;
}

export const DiscrepancyStatus = { Open: 'open', Resolved: 'resolved', ReportedToDea: 'reported-to-dea' } as const;
export type DiscrepancyStatus = (typeof DiscrepancyStatus)[keyof typeof DiscrepancyStatus];

export interface CountRecord {
  readonly eventId: string;
  readonly containerId: string;
  readonly at: string;
  readonly countedUg: number;
  readonly expectedUg: number;
  readonly countedBy: string;
  readonly witnessedBy: string;
  /** Undefined when the count matched the ledger. */
  status: DiscrepancyStatus | undefined;
  explanation: string | undefined;
  reportedOn: string | undefined;
}

export interface LedgerState {
  readonly containers: Map<string, ContainerState>;
  readonly sessions: Map<string, Map<string, SessionLine>>;
  readonly amounts: Map<string, AmountRecord>;
  readonly wastes: Map<string, WasteRecord>;
  readonly counts: Map<string, CountRecord>;
  readonly eventIds: Set<string>;
  lastSequence: number;
  lastHash: string;
}

/** A fresh, empty state. */
export function emptyLedgerState(): LedgerState {
  return {
    containers: new Map(),
    sessions: new Map(),
    amounts: new Map(),
    wastes: new Map(),
    counts: new Map(),
    eventIds: new Set(),
    lastSequence: 0,
    lastHash: genesisHash,
  };
}

/** The session account for one session and container, if the session drew from it. */
export function sessionLine(state: LedgerState, sessionId: string, containerId: string): SessionLine | undefined {
  return state.sessions.get(sessionId)?.get(containerId);
}

/**
 * Moves stock and session accounts by an amount of a given kind (an event, or a correction delta).
 * @param state - the state to change
 * @param record - the amount-carrying event
 * @param deltaUg - micrograms to apply (signed for corrections)
 */
export function applyAmount(state: LedgerState, record: AmountRecord, deltaUg: number): void {
  const container = state.containers.get(record.containerId);
  if (container !== undefined) {
    container.balanceUg += stockSign[record.kind] * deltaUg;
  }
  const field = sessionField[record.kind];
  const line = record.sessionId === undefined ? undefined : sessionLine(state, record.sessionId, record.containerId);
  if (field !== undefined && line !== undefined) {
    line[field] += deltaUg;
  }
}

/** Adds and applies an amount-carrying event. */
export function recordAmount(
  state: LedgerState,
  eventId: string,
  kind: AmountKind,
  where: { containerId: string; sessionId?: string },
  amountMg: number,
): void {
  const record: AmountRecord = {
    eventId,
    kind,
    containerId: where.containerId,
    sessionId: where.sessionId,
    recordedUg: toMicrograms(amountMg, 'amountMg'),
    correctionUg: 0,
  };
  state.amounts.set(eventId, record);
  applyAmount(state, record, record.recordedUg);
}

/** Opens (or reuses) the session account when a draw is recorded. */
export function openSessionLine(
  state: LedgerState,
  draw: { sessionId: string; containerId: string; patientId: string; preparedBy: string },
): void {
  const lines = state.sessions.get(draw.sessionId) ?? new Map<string, SessionLine>();
  state.sessions.set(draw.sessionId, lines);
  const line = lines.get(draw.containerId);
  if (line === undefined) {
    lines.set(draw.containerId, {
      sessionId: draw.sessionId,
      containerId: draw.containerId,
      patientId: draw.patientId,
      preparedBy: [draw.preparedBy],
      drawnUg: 0,
      administeredUg: 0,
      wastedUg: 0,
      returnedUg: 0,
    });
  } else if (!line.preparedBy.includes(draw.preparedBy)) {
    line.preparedBy.push(draw.preparedBy);
  }
}

/** Applies a location change, and for a split, creates the new container with the units moved. */
export function applyTransfer(state: LedgerState, event: LedgerEvent & TransferredBody): void {
  const source = state.containers.get(event.containerId);
  if (source === undefined) {
    return;
  }
  if (event.split === undefined) {
    source.location = event.toLocation;
    return;
  }
  const movedUg = event.split.unitCount * source.unitUg;
  source.balanceUg -= movedUg;
  const details: ContainerDetails = { ...source.details, quantity: event.split.unitCount, location: event.toLocation };
  state.containers.set(event.split.newContainerId, {
    containerId: event.split.newContainerId,
    details,
    unitUg: unitContentUg(details),
    receivedAt: event.at,
    splitFrom: source.containerId,
    location: event.toLocation,
    balanceUg: movedUg,
    firstDrawAt: undefined,
  });
}
