/**
 * Count discrepancies: a count that differs from the derived balance opens one (DEFAULTS §7);
 * it stays open until resolved with an explanation or reported to the DEA. Each carries the
 * 1-business-day notice deadline [L 21 CFR 1301.76(b)] and the Form 106 date [L 88 FR 40707].
 */
import { toMg } from './amounts.js';
import { deaForm106DueDate, deaNoticeDueAt } from './dea-notice.js';
import type { LedgerEvent } from './events.js';
import { deriveLedgerState } from './fold.js';
import { ledgerFinding, type LedgerFinding } from './rules.js';
import type { DiscrepancyStatus } from './state.js';

export interface Discrepancy {
  readonly countEventId: string;
  readonly containerId: string;
  readonly discoveredAt: string;
  readonly countedMg: number;
  /** The derived balance just before the count. */
  readonly expectedMg: number;
  /** counted − expected: negative is a shortage (possible loss), positive an overage. */
  readonly differenceMg: number;
  readonly status: DiscrepancyStatus;
  readonly explanation: string | null;
  readonly reportedOn: string | null;
  readonly deaNoticeDueAt: string;
  readonly deaForm106DueDate: string;
  /** True when still open after the notice deadline (only when `asOf` is given). */
  readonly noticeOverdue: boolean;
  readonly finding: LedgerFinding;
}

export interface DiscrepancyOptions {
  /** IANA time zone of the registered location (business days are local). */
  readonly timeZone: string;
  /** Now, from the Clock, to mark overdue notices. */
  readonly asOf?: string;
}

/**
 * Every count that differed from the ledger, oldest first, with its status and DEA deadlines.
 * @param events - the ledger's events
 * @param options - the clinic's time zone and, optionally, the current instant
 */
export function listDiscrepancies(events: readonly LedgerEvent[], options: DiscrepancyOptions): Discrepancy[] {
  const state = deriveLedgerState(events);
  const asOfMs = options.asOf === undefined ? undefined : Date.parse(options.asOf);
  const result: Discrepancy[] = [];
  for (const count of state.counts.values()) {
    if (count.status === undefined) {
      continue;
    }
    const dueAt = deaNoticeDueAt(count.at, options.timeZone);
    const differenceMg = toMg(count.countedUg - count.expectedUg);
    const message = `Count of ${toMg(count.countedUg)} mg differs from the ledger's ${toMg(count.expectedUg)} mg; written notice to DEA due by ${dueAt}`;
    result.push({
      countEventId: count.eventId,
      containerId: count.containerId,
      discoveredAt: count.at,
      countedMg: toMg(count.countedUg),
      expectedMg: toMg(count.expectedUg),
      differenceMg,
      status: count.status,
      explanation: count.explanation ?? null,
      reportedOn: count.reportedOn ?? null,
      deaNoticeDueAt: dueAt,
      deaForm106DueDate: deaForm106DueDate(count.at, options.timeZone),
      noticeOverdue: count.status === 'open' && asOfMs !== undefined && asOfMs > Date.parse(dueAt),
      finding: ledgerFinding('countDiscrepancy', message, {
        containerId: count.containerId,
        differenceMg,
        status: count.status,
      }),
    });
  }
  return result;
}
