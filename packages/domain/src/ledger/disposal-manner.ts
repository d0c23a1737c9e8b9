/**
 * "Quantity disposed of in any other manner, with date and manner" [L 21 CFR 1304.22(c)]: which
 * ledger events count as such a disposal, and how the manner is written on the record.
 */
import type { LedgerEvent } from './events.js';
import type { LedgerState } from './state.js';

export interface DisposalEntry {
  readonly at: string;
  readonly containerId: string;
  readonly manner: string;
  readonly ug: number;
}

function effectiveUg(state: LedgerState, eventId: string): number {
  const record = state.amounts.get(eventId);
  return record === undefined ? 0 : record.recordedUg + record.correctionUg;
}

/** A witness recorded later (`waste-witnessed`) counts: the state holds the current witness. */
function witnessText(witnessedBy: string | undefined): string {
  return witnessedBy === undefined ? 'NOT WITNESSED' : `witnessed by ${witnessedBy}`;
}

/**
 * The disposal an event records, if it is one: wastes, returns to the supplier, destruction,
 * and stock adjustments made after a count (corrections of a count).
 * @param state - the state derived from all events (for corrected amounts)
 * @param event - the event
 */
export function disposalManner(state: LedgerState, event: LedgerEvent): DisposalEntry | undefined {
  switch (event.type) {
    case 'wasted': {
      const what =
        event.source === 'session' ? `waste after session ${event.sessionId}` : `waste from stock (${event.reason})`;
      const manner = `${what}: ${event.method}; by ${event.wastedBy}, ${witnessText(state.wastes.get(event.id)?.witnessedBy ?? event.witnessedBy)}`;
      return { at: event.wastedAt, containerId: event.containerId, manner, ug: effectiveUg(state, event.id) };
    }
    case 'returned':
      return event.destination === 'supplier'
        ? {
            at: event.at,
            containerId: event.containerId,
            manner: `returned to ${event.returnedTo.name}, ${event.returnedTo.address}, DEA ${event.returnedTo.deaNumber} (ref ${event.reference})`,
            ug: effectiveUg(state, event.id),
          }
        : undefined;
    case 'destroyed': {
      const { disposal } = event;
      const manner =
        disposal.kind === 'reverse-distributor'
          ? `${event.reason}: to reverse distributor ${disposal.registrant.name}, ${disposal.registrant.address}, DEA ${disposal.registrant.deaNumber}`
          : `${event.reason}: destroyed on site (${disposal.manner}) by ${disposal.destroyedBy}, witnessed by ${disposal.witnessedBy}`;
      return { at: event.at, containerId: event.containerId, manner, ug: effectiveUg(state, event.id) };
    }
    case 'correction':
      return state.amounts.get(event.correctsEventId)?.kind === 'count-adjustment'
        ? {
            at: event.at,
            containerId: event.containerId,
            manner: `stock adjusted to count: ${event.reason}`,
            ug: -Math.round(event.deltaMg * 1000),
          }
        : undefined;
    case 'received':
    case 'drawn':
    case 'administered':
    case 'waste-witnessed':
    case 'transferred':
    case 'counted':
    case 'discrepancy-resolved':
    case 'discrepancy-reported':
      return undefined;
  }
}
