/**
 * ISO 8601 instants as the session code uses them. An instant must carry its time zone
 * (`Z` or `±hh:mm`): without one, `Date.parse` reads local time and the same record would
 * mean different moments on different machines.
 */
import { InvalidInputError } from '../errors.js';

export const MS_PER_MINUTE = 60_000;

const isoInstant = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function hasRealFields(match: RegExpExecArray): boolean {
  const part = (index: number): number => Number(match[index] ?? '0');
  const month = part(2);
  const day = part(3);
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(part(1), month) &&
    part(4) <= 23 &&
    part(5) <= 59 &&
    part(6) <= 59 &&
    part(8) <= 23 &&
    part(9) <= 59
  );
}

/**
 * Milliseconds since the epoch of an ISO instant; rejects anything else.
 * @param at - ISO 8601 date-time with a time zone (`2025-03-01T09:30:00Z`)
 * @param field - the input field's name, for the error
 */
export function instantMs(at: string, field: string): number {
  const match = isoInstant.exec(at);
  const ms = Date.parse(at);
  if (match === null || !hasRealFields(match) || Number.isNaN(ms)) {
    throw InvalidInputError.forField(
      field,
      `${field} must be an ISO date-time with a time zone, e.g. 2025-03-01T09:30:00Z (got "${at}")`,
    );
  }
  return ms;
}

/** The ISO instant (UTC, `Z`) of a millisecond time. */
export function isoFromMs(ms: number): string {
  return new Date(ms).toISOString();
}

/** Whole and fractional minutes from one instant to another (negative when `toMs` is earlier). */
export function minutesBetween(fromMs: number, toMs: number): number {
  return (toMs - fromMs) / MS_PER_MINUTE;
}
