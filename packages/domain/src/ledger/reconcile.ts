/**
 * Per-session reconciliation [L 21 CFR 1304.22(c)]: everything drawn for a session is either
 * administered, wasted (witnessed), or — for a sealed esketamine device — returned to stock.
 * drawn − administered − wasted − returned must be 0.
 */
import { toMg } from './amounts.js';
import type { LedgerEvent } from './events.js';
import { deriveLedgerState } from './fold.js';
import { ledgerFinding, type LedgerFinding } from './rules.js';
import type { LedgerState } from './state.js';

export const ReconciliationStatus = {
  Reconciled: 'reconciled',
  AwaitingWitness: 'awaiting-witness',
  Unaccounted: 'unaccounted',
  OverAccounted: 'over-accounted',
  NoActivity: 'no-activity',
} as const;
export type ReconciliationStatus = (typeof ReconciliationStatus)[keyof typeof ReconciliationStatus];

export interface SessionContainerAccount {
  readonly containerId: string;
  readonly drawnMg: number;
  readonly administeredMg: number;
  readonly wastedMg: number;
  readonly returnedMg: number;
  readonly discrepancyMg: number;
}

export interface SessionReconciliation {
  readonly sessionId: string;
  readonly patientId: string | null;
  readonly drawnMg: number;
  readonly administeredMg: number;
  readonly wastedMg: number;
  readonly returnedMg: number;
  /** drawn − administered − wasted − returned: > 0 drug not accounted for, < 0 more accounted than drawn. */
  readonly discrepancyMg: number;
  readonly status: ReconciliationStatus;
  readonly unwitnessedWasteEventIds: readonly string[];
  readonly containers: readonly SessionContainerAccount[];
  /** Present when the status is not `reconciled` or `no-activity`. */
  readonly finding: LedgerFinding | null;
}

function statusOf(discrepancyUg: number, lineCount: number, unwitnessed: number): ReconciliationStatus {
  if (lineCount === 0) {
    return ReconciliationStatus.NoActivity;
  }
  if (discrepancyUg > 0) {
    return ReconciliationStatus.Unaccounted;
  }
  if (discrepancyUg < 0) {
    return ReconciliationStatus.OverAccounted;
  }
  return unwitnessed > 0 ? ReconciliationStatus.AwaitingWitness : ReconciliationStatus.Reconciled;
}

/** An open waste is the witness rule's business; any other imbalance is the reconciliation rule's. */
function findingRule(status: ReconciliationStatus): 'wasteWitnessRequired' | 'sessionReconciliation' {
  return status === ReconciliationStatus.AwaitingWitness ? 'wasteWitnessRequired' : 'sessionReconciliation';
}

const statusMessage: Readonly<Record<ReconciliationStatus, string>> = {
  reconciled: 'Session reconciled',
  'awaiting-witness': 'All drug accounted for, but a waste still needs a witness',
  unaccounted: 'Drug drawn for this session is not yet administered, wasted or returned',
  'over-accounted': 'More drug administered, wasted or returned than drawn: check the session record',
  'no-activity': 'Nothing drawn for this session',
};

/** Reconciles one session from an already-derived state. */
export function reconcileFromState(state: LedgerState, sessionId: string): SessionReconciliation {
  const lines = [...(state.sessions.get(sessionId)?.values() ?? [])];
  const sum = (pick: (line: (typeof lines)[number]) => number): number =>
    lines.reduce((total, line) => total + pick(line), 0);
  const drawnUg = sum((l) => l.drawnUg);
  const administeredUg = sum((l) => l.administeredUg);
  const wastedUg = sum((l) => l.wastedUg);
  const returnedUg = sum((l) => l.returnedUg);
  const discrepancyUg = drawnUg - administeredUg - wastedUg - returnedUg;
  const unwitnessed = [...state.wastes.values()]
    .filter((waste) => waste.sessionId === sessionId && waste.witnessedBy === undefined)
    .map((waste) => waste.eventId);
  const status = statusOf(discrepancyUg, lines.length, unwitnessed.length);
  const values = {
    sessionId,
    drawnMg: toMg(drawnUg),
    discrepancyMg: toMg(discrepancyUg),
    unwitnessedWastes: unwitnessed.length,
  };
  const flagged = status !== ReconciliationStatus.Reconciled && status !== ReconciliationStatus.NoActivity;
  return {
    sessionId,
    patientId: lines[0]?.patientId ?? null,
    drawnMg: toMg(drawnUg),
    administeredMg: toMg(administeredUg),
    wastedMg: toMg(wastedUg),
    returnedMg: toMg(returnedUg),
    discrepancyMg: toMg(discrepancyUg),
    status,
    unwitnessedWasteEventIds: unwitnessed,
    containers: lines.map((l) => ({
      containerId: l.containerId,
      drawnMg: toMg(l.drawnUg),
      administeredMg: toMg(l.administeredUg),
      wastedMg: toMg(l.wastedUg),
      returnedMg: toMg(l.returnedUg),
      discrepancyMg: toMg(l.drawnUg - l.administeredUg - l.wastedUg - l.returnedUg),
    })),
    finding: flagged ? ledgerFinding(findingRule(status), statusMessage[status], values) : null,
  };
}

/**
 * Reconciles one session: drawn − administered − wasted − returned, and open wastes.
 * @param events - the ledger's events
 * @param sessionId - the session
 */
export function reconcileSession(events: readonly LedgerEvent[], sessionId: string): SessionReconciliation {
  return reconcileFromState(deriveLedgerState(events), sessionId);
}
