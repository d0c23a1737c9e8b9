/**
 * The DEA notice clock. A theft or significant loss needs written notice to the local DEA Field
 * Division within one business day of discovery [L 21 CFR 1301.76(b)], then DEA Form 106
 * electronically within 45 days [L 88 FR 40707, effective 24 Jul 2023]. DEFAULTS §7 starts the
 * clock for every count that differs from the ledger. Business days are counted in the clinic's
 * own time zone, so the time zone is a required input, never defaulted.
 */
import { InvalidInputError } from '../errors.js';
import { addCalendarDays, nextBusinessDay } from './federal-holidays.js';
import { parseInstant } from './guards.js';

/** Calendar days after discovery for the DEA Form 106 [L 88 FR 40707]. */
export const deaForm106Days = 45;

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
  } catch {
    throw InvalidInputError.forField(
      'timeZone',
      `Unknown time zone ${timeZone} (use an IANA name such as America/Chicago)`,
    );
  }
}

/** The wall-clock fields of an instant in a time zone. */
function wallClock(ms: number, formatter: Intl.DateTimeFormat): { date: string; asUtcMs: number } {
  const parts = Object.fromEntries(formatter.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  const field = (name: string): number => Number(parts[name]);
  const asUtcMs = Date.UTC(
    field('year'),
    field('month') - 1,
    field('day'),
    field('hour'),
    field('minute'),
    field('second'),
  );
  return { date: new Date(asUtcMs).toISOString().slice(0, 10), asUtcMs };
}

/** The instant at which a local date begins (its local midnight) in a time zone. */
function localMidnightMs(date: string, formatter: Intl.DateTimeFormat): number {
  const naive = Date.parse(`${date}T00:00:00Z`);
  const firstOffset = wallClock(naive, formatter).asUtcMs - naive;
  const guess = naive - firstOffset;
  const secondOffset = wallClock(guess, formatter).asUtcMs - guess;
  return naive - secondOffset;
}

/**
 * The clinic's calendar date at an instant.
 * @param at - ISO instant with offset
 * @param timeZone - IANA time zone of the registered location
 * @param field - the input field named in an error
 */
export function localDateAt(at: string, timeZone: string, field = 'at'): string {
  return wallClock(parseInstant(at, field), formatterFor(timeZone)).date;
}

/**
 * When the written DEA notice is due: the end (local 23:59:59.999) of the first business day
 * after the day of discovery; weekends and observed federal holidays do not count.
 * @param discoveredAt - ISO instant the discrepancy was discovered (the count)
 * @param timeZone - IANA time zone of the registered location, e.g. `America/New_York`
 * @returns the due instant as an ISO string in UTC
 */
export function deaNoticeDueAt(discoveredAt: string, timeZone: string): string {
  const formatter = formatterFor(timeZone);
  const dueOn = nextBusinessDay(localDateAt(discoveredAt, timeZone, 'discoveredAt'));
  return new Date(localMidnightMs(addCalendarDays(dueOn, 1), formatter) - 1).toISOString();
}

/**
 * The last date for DEA Form 106 (45 calendar days after the local date of discovery).
 * @param discoveredAt - ISO instant of discovery
 * @param timeZone - IANA time zone of the registered location
 */
export function deaForm106DueDate(discoveredAt: string, timeZone: string): string {
  return addCalendarDays(localDateAt(discoveredAt, timeZone, 'discoveredAt'), deaForm106Days);
}
