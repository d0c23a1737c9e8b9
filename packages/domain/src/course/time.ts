import { InvalidInputError } from '../errors.js';
import { isIsoCalendarDate } from '../patients/age.js';

export const msPerHour = 3_600_000;
export const msPerDay = 86_400_000;

// An instant must carry its offset (Z or ±hh:mm): a bare local time is ambiguous.
// Fields are range-checked here because Date.parse rolls 2025-02-30 over to 2 March.
const instantPattern =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/**
 * Milliseconds since the epoch of an ISO 8601 instant with an offset.
 * @param at - e.g. `2025-03-04T09:30:00Z` or `2025-03-04T10:30:00+01:00`
 * @param field - the input field, named in the error
 * @throws InvalidInputError for anything else
 */
export function parseInstantMs(at: string, field: string): number {
  const match = instantPattern.exec(at);
  const ms = match?.[1] !== undefined && isIsoCalendarDate(match[1]) ? Date.parse(at) : Number.NaN;
  if (Number.isNaN(ms)) {
    throw InvalidInputError.forField(field, `"${at}" is not an ISO date-time with an offset`);
  }
  return ms;
}

/**
 * Rejects anything but a real calendar date written YYYY-MM-DD.
 * @param date - the date text
 * @param field - the input field, named in the error
 */
export function assertIsoDate(date: string, field: string): void {
  if (!isIsoCalendarDate(date)) {
    throw InvalidInputError.forField(field, `"${date}" is not a calendar date (YYYY-MM-DD)`);
  }
}

function dateMs(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/** The calendar date `days` after (or before, if negative) a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  return new Date(dateMs(date) + days * msPerDay).toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((dateMs(to) - dateMs(from)) / msPerDay);
}

export const Weekday = { Mon: 'mon', Tue: 'tue', Wed: 'wed', Thu: 'thu', Fri: 'fri', Sat: 'sat', Sun: 'sun' } as const;
export type Weekday = (typeof Weekday)[keyof typeof Weekday];
const weekdaysFromSunday: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** The day of the week of a YYYY-MM-DD date. */
export function weekdayOf(date: string): Weekday {
  const weekday = weekdaysFromSunday[new Date(dateMs(date)).getUTCDay()];
  if (weekday === undefined) {
    throw InvalidInputError.forField('date', `"${date}" is not a calendar date`);
  }
  return weekday;
}

/** Maps an instant to the clinic's local calendar date (YYYY-MM-DD); supplied by the caller, who knows the time zone. */
export type LocalDateOf = (at: string) => string;

/**
 * A `LocalDateOf` for a fixed UTC offset. Real clinics should pass a time-zone-aware
 * function (offsets change with daylight saving); this one suits tests and fixed-offset zones.
 * @param offsetMin - minutes east of UTC (e.g. 60 for UTC+01:00, -300 for UTC-05:00)
 */
export function localDateAtFixedOffset(offsetMin: number): LocalDateOf {
  if (!Number.isInteger(offsetMin) || offsetMin < -14 * 60 || offsetMin > 14 * 60) {
    throw InvalidInputError.forField('offsetMin', `UTC offset ${offsetMin} min is not a whole number within ±14 h`);
  }
  return (at) => new Date(parseInstantMs(at, 'at') + offsetMin * 60_000).toISOString().slice(0, 10);
}
