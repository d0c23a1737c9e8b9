/**
 * Wall-clock time in the clinic's time zone. Opening hours, closed dates and the
 * "two sessions in one calendar day" rule are all local, so the time zone is an input
 * the clinic sets, never the server's own.
 */
import { InvalidInputError } from '../errors.js';
import { parseInstantMs, weekdayOf, type LocalDateOf, type Weekday } from '../course/time.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  const cached = formatters.get(timeZone);
  if (cached) {
    return cached;
  }
  try {
    const formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(timeZone, formatter);
    return formatter;
  } catch {
    throw InvalidInputError.forField(
      'timeZone',
      `Unknown time zone ${timeZone} (use an IANA name such as America/Chicago)`,
    );
  }
}

/** True when the text names a time zone this runtime knows. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

export interface WallClock {
  readonly date: string;
  readonly weekday: Weekday;
  /** Minutes since local midnight. */
  readonly minuteOfDay: number;
}

/** The local date, weekday and minute of day of an instant (milliseconds) in a time zone. */
export function wallClockAtMs(ms: number, timeZone: string): WallClock {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(new Date(ms))
      .map((p) => [p.type, p.value]),
  );
  const date = `${parts['year'] ?? ''}-${parts['month'] ?? ''}-${parts['day'] ?? ''}`;
  return { date, weekday: weekdayOf(date), minuteOfDay: Number(parts['hour']) * 60 + Number(parts['minute']) };
}

/** A `LocalDateOf` for `checkSpacing` in the clinic's time zone (daylight saving included). */
export function localDateIn(timeZone: string): LocalDateOf {
  return (at) => wallClockAtMs(parseInstantMs(at, 'at'), timeZone).date;
}

/** The instant of a local date and minute of day in a time zone (two passes settle daylight saving). */
export function instantAtLocal(date: string, minuteOfDay: number, timeZone: string): string {
  const naive = Date.parse(`${date}T00:00:00Z`) + minuteOfDay * 60_000;
  const offsetAt = (ms: number): number => {
    const wall = wallClockAtMs(ms, timeZone);
    return Date.parse(`${wall.date}T00:00:00Z`) + wall.minuteOfDay * 60_000 - Math.floor(ms / 60_000) * 60_000;
  };
  const guess = naive - offsetAt(naive);
  return new Date(naive - offsetAt(guess)).toISOString();
}
