/**
 * US federal holidays (5 U.S.C. 6103(a)) and the observed-date rule (5 U.S.C. 6103(b) and
 * Executive Order 11582: a holiday on Saturday is observed the Friday before, on Sunday the
 * Monday after). Used for the DEA notice clock, which counts business days [L 21 CFR 1301.76(b)].
 * Inauguration Day is left out: it is a holiday only in the Washington, DC area.
 */
import { InvalidInputError } from '../errors.js';
import { isCalendarDate } from './container.js';

/** Juneteenth became a federal holiday in 2021 (Pub. L. 117-17); earlier years are not supported. */
export const firstSupportedYear = 2021;
export const lastSupportedYear = 2199;

export interface FederalHoliday {
  readonly name: string;
  /** The holiday's own date, `YYYY-MM-DD`. */
  readonly date: string;
  /** The weekday on which it is observed (differs when the date is a Saturday or Sunday). */
  readonly observedDate: string;
}

const dayMs = 86_400_000;

/** `YYYY-MM-DD` of a UTC day number. */
function isoOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The n-th (1-based) given weekday (0 = Sunday) of a month (1-based). */
function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  const first = Date.UTC(year, month - 1, 1);
  const offset = (weekday - new Date(first).getUTCDay() + 7) % 7;
  return first + (offset + 7 * (n - 1)) * dayMs;
}

/** The last given weekday of a month. */
function lastWeekday(year: number, month: number, weekday: number): number {
  const last = Date.UTC(year, month, 0);
  const back = (new Date(last).getUTCDay() - weekday + 7) % 7;
  return last - back * dayMs;
}

function observed(ms: number): number {
  switch (new Date(ms).getUTCDay()) {
    case 6:
      return ms - dayMs;
    case 0:
      return ms + dayMs;
    default:
      return ms;
  }
}

function holiday(name: string, ms: number): FederalHoliday {
  return { name, date: isoOf(ms), observedDate: isoOf(observed(ms)) };
}

function requireDate(date: string): void {
  if (!isCalendarDate(date)) {
    throw InvalidInputError.forField('date', 'Must be a real date (YYYY-MM-DD)');
  }
}

function requireSupportedYear(year: number): void {
  if (!Number.isSafeInteger(year) || year < firstSupportedYear || year > lastSupportedYear) {
    throw InvalidInputError.forField(
      'year',
      `Federal holidays are known for ${firstSupportedYear}–${lastSupportedYear}`,
    );
  }
}

/**
 * The eleven federal holidays whose own date falls in a year, with their observed dates.
 * @param year - 2021 to 2199
 */
export function federalHolidays(year: number): FederalHoliday[] {
  requireSupportedYear(year);
  return [
    holiday("New Year's Day", Date.UTC(year, 0, 1)),
    holiday('Birthday of Martin Luther King, Jr.', nthWeekday(year, 1, 1, 3)),
    holiday("Washington's Birthday", nthWeekday(year, 2, 1, 3)),
    holiday('Memorial Day', lastWeekday(year, 5, 1)),
    holiday('Juneteenth National Independence Day', Date.UTC(year, 5, 19)),
    holiday('Independence Day', Date.UTC(year, 6, 4)),
    holiday('Labor Day', nthWeekday(year, 9, 1, 1)),
    holiday('Columbus Day', nthWeekday(year, 10, 1, 2)),
    holiday('Veterans Day', Date.UTC(year, 10, 11)),
    holiday('Thanksgiving Day', nthWeekday(year, 11, 4, 4)),
    holiday('Christmas Day', Date.UTC(year, 11, 25)),
  ];
}

/**
 * Every observed holiday date that falls in a calendar year, sorted. Includes 31 December when
 * the next New Year's Day is a Saturday (e.g. 2027-12-31 for 2028-01-01), and leaves out
 * 1 January's observance when it moves into the year before.
 * @param year - 2021 to 2198
 */
export function observedFederalHolidayDates(year: number): string[] {
  requireSupportedYear(year);
  const candidates = [
    ...federalHolidays(year),
    ...(year < lastSupportedYear ? federalHolidays(year + 1).slice(0, 1) : []),
  ];
  return candidates
    .map((h) => h.observedDate)
    .filter((date) => date.startsWith(`${year}-`))
    .sort();
}

/**
 * True when federal offices are closed for a holiday on this date.
 * @param date - `YYYY-MM-DD`
 */
export function isObservedFederalHoliday(date: string): boolean {
  return observedFederalHolidayDates(Number(date.slice(0, 4))).includes(date);
}

/**
 * True for Monday–Friday dates that are not an observed federal holiday.
 * @param date - `YYYY-MM-DD`
 */
export function isBusinessDay(date: string): boolean {
  requireDate(date);
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !isObservedFederalHoliday(date);
}

/**
 * The first business day strictly after a date.
 * @param date - `YYYY-MM-DD`
 */
export function nextBusinessDay(date: string): string {
  requireDate(date);
  let ms = Date.parse(`${date}T00:00:00Z`) + dayMs;
  while (!isBusinessDay(isoOf(ms))) {
    ms += dayMs;
  }
  return isoOf(ms);
}

/**
 * A date plus a number of calendar days.
 * @param date - `YYYY-MM-DD`
 * @param days - whole days, may be negative
 */
export function addCalendarDays(date: string, days: number): string {
  requireDate(date);
  return isoOf(Date.parse(`${date}T00:00:00Z`) + days * dayMs);
}
