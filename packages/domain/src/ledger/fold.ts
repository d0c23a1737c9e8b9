/**
 * Folds ledger events, in sequence order, into the derived state (state.ts explains the model).
 * The fold trusts the events: each one was validated against the state before it was appended
 * (commands.ts), and the hash chain (chain.ts) shows whether anyone changed them since.
 */
import { unitContentUg } from './container.js';
import type { LedgerEvent } from './events.js';
import {
  AmountKind,
  applyAmount,
  applyTransfer,
  DiscrepancyStatus,
  emptyLedgerState,
  openSessionLine,
  recordAmount,
  type LedgerState,
} from './state.js';
import { toMicrograms } from './amounts.js';

/** The events in sequence order (a copy; the input is not changed). */
export function inSequence(events: readonly LedgerEvent[]): LedgerEvent[] {
  return [...events].sort((a, b) => a.sequence - b.sequence);
}

function applyReceived(state: LedgerState, event: LedgerEvent & { type: 'received' }): void {
  const unitUg = unitContentUg(event.container);
  state.containers.set(event.containerId, {
    containerId: event.containerId,
    details: event.container,
    unitUg,
    receivedAt: event.at,
    splitFrom: undefined,
    location: event.container.location,
    balanceUg: 0,
    firstDrawAt: undefined,
  });
  recordAmount(state, event.id, AmountKind.Received, event, (unitUg * event.container.quantity) / 1000);
}

function applyWasted(state: LedgerState, event: LedgerEvent & { type: 'wasted' }): void {
  const sessionId = event.source === 'session' ? event.sessionId : undefined;
  const where =
    sessionId === undefined ? { containerId: event.containerId } : { containerId: event.containerId, sessionId };
  const kind = event.source === 'session' ? AmountKind.SessionWaste : AmountKind.StockWaste;
  recordAmount(state, event.id, kind, where, event.amountMg);
  state.wastes.set(event.id, {
    eventId: event.id,
    containerId: event.containerId,
    sessionId,
    wastedBy: event.wastedBy,
    wastedAt: event.wastedAt,
    witnessedBy: event.witnessedBy,
  });
}

function applyCounted(state: LedgerState, event: LedgerEvent & { type: 'counted' }): void {
  const expectedUg = state.containers.get(event.containerId)?.balanceUg ?? 0;
  const countedUg = toMicrograms(event.countedMg, 'countedMg');
  state.counts.set(event.id, {
    eventId: event.id,
    containerId: event.containerId,
    at: event.at,
    countedUg,
    expectedUg,
    countedBy: event.countedBy,
    witnessedBy: event.witnessedBy,
    status: countedUg === expectedUg ? undefined : DiscrepancyStatus.Open,
    explanation: undefined,
    reportedOn: undefined,
  });
  recordAmount(state, event.id, AmountKind.CountAdjustment, event, 0);
}

function applyCorrection(state: LedgerState, event: LedgerEvent & { type: 'correction' }): void {
  const target = state.amounts.get(event.correctsEventId);
  if (target === undefined) {
    return;
  }
  const deltaUg = toMicrograms(event.deltaMg, 'deltaMg');
  target.correctionUg += deltaUg;
  applyAmount(state, target, deltaUg);
}

function applyDrawn(state: LedgerState, event: LedgerEvent & { type: 'drawn' }): void {
  openSessionLine(state, event);
  const container = state.containers.get(event.containerId);
  if (container !== undefined) {
    container.firstDrawAt ??= event.at;
  }
  recordAmount(state, event.id, AmountKind.Drawn, event, event.amountMg);
}

function applyWitnessed(state: LedgerState, event: LedgerEvent & { type: 'waste-witnessed' }): void {
  const waste = state.wastes.get(event.wasteEventId);
  if (waste !== undefined) {
    waste.witnessedBy = event.witnessedBy;
  }
}

function applyDiscrepancyOutcome(
  state: LedgerState,
  event: LedgerEvent & { type: 'discrepancy-resolved' | 'discrepancy-reported' },
): void {
  const count = state.counts.get(event.countEventId);
  if (count === undefined) {
    return;
  }
  if (event.type === 'discrepancy-resolved') {
    count.status = DiscrepancyStatus.Resolved;
    count.explanation = event.explanation;
  } else {
    count.status = DiscrepancyStatus.ReportedToDea;
    count.reportedOn = event.reportedOn;
  }
}

function applyEvent(state: LedgerState, event: LedgerEvent): void {
  switch (event.type) {
    case 'received':
      applyReceived(state, event);
      return;
    case 'drawn':
      applyDrawn(state, event);
      return;
    case 'administered':
      recordAmount(state, event.id, AmountKind.Administered, event, event.amountMg);
      return;
    case 'wasted':
      applyWasted(state, event);
      return;
    case 'waste-witnessed':
      applyWitnessed(state, event);
      return;
    case 'returned':
      recordAmount(
        state,
        event.id,
        event.destination === 'stock' ? AmountKind.ReturnedToStock : AmountKind.ReturnedToSupplier,
        event,
        event.amountMg,
      );
      return;
    case 'transferred':
      applyTransfer(state, event);
      return;
    case 'destroyed':
      recordAmount(state, event.id, AmountKind.Destroyed, event, event.amountMg);
      return;
    case 'counted':
      applyCounted(state, event);
      return;
    case 'correction':
      applyCorrection(state, event);
      return;
    case 'discrepancy-resolved':
    case 'discrepancy-reported':
      applyDiscrepancyOutcome(state, event);
      return;
  }
}

/**
 * Derives the ledger state from its events.
 * @param events - the ledger's events, in any order (they are sorted by sequence)
 */
export function deriveLedgerState(events: readonly LedgerEvent[]): LedgerState {
  const state = emptyLedgerState();
  for (const event of inSequence(events)) {
    applyEvent(state, event);
    state.eventIds.add(event.id);
    state.lastSequence = event.sequence;
    state.lastHash = event.hash;
  }
  return state;
}
