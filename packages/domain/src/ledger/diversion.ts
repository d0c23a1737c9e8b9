/**
 * Diversion signals for the controlled-substance manager to review. They are findings, not
 * accusations: each names the rule, the values it saw, and the events involved.
 *   - waste outlier: a person's waste amount or waste count in the period is more than 2 × the
 *     median of the staff who wasted in that period (needs ≥ 3 such staff; a median of fewer
 *     people says nothing) [P];
 *   - a draw whose session is not in the session record [P];
 *   - a session whose drawn − administered − wasted − returned ≠ 0 [L 21 CFR 1304.22(c)];
 *   - a waste in the last 30 minutes of the waster's shift [P];
 *   - a waste still without a witness (ledger.waste.witness-required) [P, DEFAULTS §7].
 */
import { InvalidInputError } from '../errors.js';
import { toMg } from './amounts.js';
import type { DrawnBody, LedgerEvent } from './events.js';
import { deriveLedgerState } from './fold.js';
import { parseInstant } from './guards.js';
import { reconcileFromState } from './reconcile.js';
import { ledgerFinding, type LedgerFinding } from './rules.js';
import type { LedgerState } from './state.js';

type DrawnEvent = LedgerEvent & DrawnBody;

export const outlierMedianMultiple = 2;
export const outlierMinimumStaff = 3;
export const endOfShiftWindowMin = 30;

export interface Shift {
  readonly userId: string;
  readonly shiftEndAt: string;
}

export interface DiversionInput {
  /** Inclusive start (ISO instant). */
  readonly fromAt: string;
  /** Exclusive end (ISO instant). */
  readonly toAt: string;
  /** Every session id in the session record (to find draws without a session). */
  readonly knownSessionIds: readonly string[];
  readonly shifts: readonly Shift[];
}

export interface StaffWaste {
  readonly userId: string;
  readonly wasteCount: number;
  readonly wastedMg: number;
  readonly outlierByAmount: boolean;
  readonly outlierByCount: boolean;
}

export interface DiversionReport {
  readonly staff: readonly StaffWaste[];
  /** Null when fewer than 3 staff wasted in the period (no outlier test). */
  readonly medianWastedMg: number | null;
  readonly medianWasteCount: number | null;
  readonly findings: readonly LedgerFinding[];
}

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

interface WasteInRange {
  readonly eventId: string;
  readonly wastedBy: string;
  readonly wastedAtMs: number;
  readonly ug: number;
  readonly witnessed: boolean;
}

function staffWaste(
  wastes: readonly WasteInRange[],
): Pick<DiversionReport, 'staff' | 'medianWastedMg' | 'medianWasteCount'> {
  const totals = new Map<string, { count: number; ug: number }>();
  for (const waste of wastes) {
    const total = totals.get(waste.wastedBy) ?? { count: 0, ug: 0 };
    totals.set(waste.wastedBy, { count: total.count + 1, ug: total.ug + waste.ug });
  }
  const entries = [...totals.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  const compared = entries.length >= outlierMinimumStaff;
  const medianUg = compared ? median(entries.map(([, t]) => t.ug)) : null;
  const medianCount = compared ? median(entries.map(([, t]) => t.count)) : null;
  const staff = entries.map(([userId, t]) => ({
    userId,
    wasteCount: t.count,
    wastedMg: toMg(t.ug),
    outlierByAmount: medianUg !== null && t.ug > outlierMedianMultiple * medianUg,
    outlierByCount: medianCount !== null && t.count > outlierMedianMultiple * medianCount,
  }));
  return { staff, medianWastedMg: medianUg === null ? null : toMg(medianUg), medianWasteCount: medianCount };
}

function outlierFindings(
  report: Pick<DiversionReport, 'staff' | 'medianWastedMg' | 'medianWasteCount'>,
): LedgerFinding[] {
  return report.staff
    .filter((s) => s.outlierByAmount || s.outlierByCount)
    .map((s) =>
      ledgerFinding(
        'wasteOutlier',
        `${s.userId} wasted ${s.wastedMg} mg in ${s.wasteCount} wastes, more than ${outlierMedianMultiple} × the staff median`,
        {
          userId: s.userId,
          wastedMg: s.wastedMg,
          wasteCount: s.wasteCount,
          medianWastedMg: report.medianWastedMg,
          medianWasteCount: report.medianWasteCount,
        },
      ),
    );
}

function shiftFindings(wastes: readonly WasteInRange[], shifts: readonly Shift[]): LedgerFinding[] {
  const windowMs = endOfShiftWindowMin * 60_000;
  const findings: LedgerFinding[] = [];
  for (const shift of shifts) {
    const endMs = parseInstant(shift.shiftEndAt, 'shifts/shiftEndAt');
    for (const waste of wastes) {
      if (waste.wastedBy === shift.userId && waste.wastedAtMs >= endMs - windowMs && waste.wastedAtMs <= endMs) {
        const minutesBeforeEnd = Math.round((endMs - waste.wastedAtMs) / 60_000);
        findings.push(
          ledgerFinding('endOfShiftWaste', `Waste ${minutesBeforeEnd} min before the end of ${shift.userId}’s shift`, {
            eventId: waste.eventId,
            userId: shift.userId,
            minutesBeforeEnd,
          }),
        );
      }
    }
  }
  return findings;
}

function wastesInRange(state: LedgerState, inRange: (ms: number) => boolean): WasteInRange[] {
  return [...state.wastes.values()]
    .map((w) => {
      const amount = state.amounts.get(w.eventId);
      const ug = amount === undefined ? 0 : amount.recordedUg + amount.correctionUg;
      return {
        eventId: w.eventId,
        wastedBy: w.wastedBy,
        wastedAtMs: Date.parse(w.wastedAt),
        ug,
        witnessed: w.witnessedBy !== undefined,
      };
    })
    .filter((w) => inRange(w.wastedAtMs));
}

function isDraw(event: LedgerEvent): event is LedgerEvent & DrawnBody {
  return event.type === 'drawn';
}

function drawFindings(
  state: LedgerState,
  draws: readonly DrawnEvent[],
  knownSessionIds: readonly string[],
): LedgerFinding[] {
  const known = new Set(knownSessionIds);
  const withoutSession = draws
    .filter((draw) => !known.has(draw.sessionId))
    .map((draw) =>
      ledgerFinding(
        'drawWithoutSession',
        `Draw ${draw.id} names session ${draw.sessionId}, which is not in the session record`,
        {
          eventId: draw.id,
          sessionId: draw.sessionId,
        },
      ),
    );
  const unreconciled = [...new Set(draws.map((draw) => draw.sessionId))]
    .map((sessionId) => reconcileFromState(state, sessionId))
    .filter((r) => r.discrepancyMg !== 0)
    .map((r) =>
      ledgerFinding(
        'sessionUnreconciled',
        `Session ${r.sessionId}: drawn − administered − wasted − returned is ${r.discrepancyMg} mg`,
        {
          sessionId: r.sessionId,
          discrepancyMg: r.discrepancyMg,
        },
      ),
    );
  return [...withoutSession, ...unreconciled];
}

/**
 * Diversion signals for a period: waste outliers, draws without a session, unreconciled sessions,
 * end-of-shift wastes and unwitnessed wastes.
 * @param events - the ledger's events
 * @param input - the period, the session record's ids, and the staff shifts
 */
export function detectDiversionSignals(events: readonly LedgerEvent[], input: DiversionInput): DiversionReport {
  const fromMs = parseInstant(input.fromAt, 'fromAt');
  const toMs = parseInstant(input.toAt, 'toAt');
  if (toMs <= fromMs) {
    throw InvalidInputError.forField('toAt', 'The end of the period must be after its start');
  }
  const inRange = (ms: number): boolean => ms >= fromMs && ms < toMs;
  const state = deriveLedgerState(events);
  const wastes = wastesInRange(state, inRange);
  const stats = staffWaste(wastes);
  const draws = events.filter(isDraw).filter((draw) => inRange(Date.parse(draw.at)));
  const unwitnessed = wastes
    .filter((w) => !w.witnessed)
    .map((w) =>
      ledgerFinding('wasteWitnessRequired', `Waste ${w.eventId} by ${w.wastedBy} has no witness`, {
        eventId: w.eventId,
        userId: w.wastedBy,
      }),
    );
  const findings = [
    ...outlierFindings(stats),
    ...drawFindings(state, draws, input.knownSessionIds),
    ...shiftFindings(wastes, input.shifts),
    ...unwitnessed,
  ];
  return { ...stats, findings };
}
