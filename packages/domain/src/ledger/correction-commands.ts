/**
 * Validates corrections and the discrepancy workflow. A correction never edits: it adds a signed
 * delta to the amount of the event it references, and the stock and session accounts move as the
 * corrected event would have moved them. A discrepancy (a count that differs from the derived
 * balance) goes open → resolved (explanation) or open → reported-to-dea (report date).
 */
import { InvalidInputError, InvalidTransitionError } from '../errors.js';
import { toMicrograms, toMg } from './amounts.js';
import { isCalendarDate } from './container.js';
import type { CorrectionBody, CorrectionCommand, DiscrepancyReportedBody, DiscrepancyResolvedBody } from './events.js';
import {
  refuseNegativeBalance,
  refuseSessionOverdraw,
  requireContainer,
  requireText,
  requireWholeUnits,
} from './guards.js';
import { AmountKind, sessionField, stockSign, type CountRecord, type LedgerState } from './state.js';

/** Stock-moving kinds whose amounts must stay whole devices for esketamine. */
const wholeUnitKinds: readonly AmountKind[] = [
  AmountKind.Received,
  AmountKind.Drawn,
  AmountKind.StockWaste,
  AmountKind.ReturnedToStock,
  AmountKind.ReturnedToSupplier,
  AmountKind.Destroyed,
  AmountKind.CountAdjustment,
];

/** Checks a correction against the corrected event and the state it would leave. */
export function validateCorrection(state: LedgerState, command: CorrectionCommand): CorrectionBody {
  const target = state.amounts.get(command.correctsEventId);
  if (target === undefined) {
    const message = state.eventIds.has(command.correctsEventId)
      ? 'That event carries no amount to correct'
      : `No event ${command.correctsEventId} in the ledger`;
    throw InvalidInputError.forField('correctsEventId', message);
  }
  const deltaUg = toMicrograms(command.deltaMg, 'deltaMg');
  if (deltaUg === 0) {
    throw InvalidInputError.forField('deltaMg', 'A correction changes the amount by more than 0 mg');
  }
  requireText(command.reason, 'reason', 'The reason for the correction');
  const container = requireContainer(state, target.containerId, 'correctsEventId');
  if (wholeUnitKinds.includes(target.kind)) {
    requireWholeUnits(container, deltaUg, 'deltaMg');
  }
  const effectiveUg = target.recordedUg + target.correctionUg + deltaUg;
  if (target.kind !== AmountKind.CountAdjustment && effectiveUg < 0) {
    throw InvalidInputError.forField('deltaMg', `The corrected amount would be ${toMg(effectiveUg)} mg`);
  }
  refuseNegativeBalance(container, stockSign[target.kind] * deltaUg, 'deltaMg');
  const field = sessionField[target.kind];
  const line =
    target.sessionId === undefined ? undefined : state.sessions.get(target.sessionId)?.get(target.containerId);
  if (field !== undefined && line !== undefined) {
    refuseSessionOverdraw(line, field === 'drawnUg' ? deltaUg : -deltaUg, 'deltaMg');
  }
  return { ...command, containerId: target.containerId };
}

function requireOpenDiscrepancy(state: LedgerState, countEventId: string): CountRecord {
  const count = state.counts.get(countEventId);
  if (count === undefined) {
    throw InvalidInputError.forField('countEventId', `No count ${countEventId} in the ledger`);
  }
  if (count.status !== 'open') {
    const now = count.status ?? 'no discrepancy (the count matched)';
    throw new InvalidTransitionError(`Only an open discrepancy can be resolved or reported; this one is ${now}`, {
      fields: [{ field: 'countEventId', message: `Discrepancy is ${now}` }],
    });
  }
  return count;
}

/** Checks closing an open discrepancy with an explanation. */
export function validateDiscrepancyResolved(
  state: LedgerState,
  command: DiscrepancyResolvedBody,
): DiscrepancyResolvedBody {
  requireOpenDiscrepancy(state, command.countEventId);
  requireText(command.explanation, 'explanation', 'The explanation');
  return command;
}

/** Checks recording that an open discrepancy was reported to the DEA Field Division. */
export function validateDiscrepancyReported(
  state: LedgerState,
  command: DiscrepancyReportedBody,
): DiscrepancyReportedBody {
  requireOpenDiscrepancy(state, command.countEventId);
  if (!isCalendarDate(command.reportedOn)) {
    throw InvalidInputError.forField('reportedOn', 'The report date must be a real date (YYYY-MM-DD)');
  }
  return command;
}
