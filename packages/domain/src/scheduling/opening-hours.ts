/**
 * Clinic opening hours and closed dates, and the check that an appointment fits inside them.
 */
import type { Weekday } from '../course/time.js';
import { wallClockAtMs } from './clinic-time.js';

export interface DayHours {
  readonly weekday: Weekday;
  /** Local minutes since midnight. */
  readonly opensMin: number;
  readonly closesMin: number;
}

export interface ClosedDate {
  readonly date: string;
  readonly reason: string;
}

export interface ClinicCalendar {
  readonly timeZone: string;
  readonly weeklyHours: readonly DayHours[];
  readonly closedDates: readonly ClosedDate[];
}

/** `HH:MM` → minutes since midnight, or undefined when it is not a time. */
export function minutesOfHhMm(text: string): number | undefined {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

export function hhMmOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * Why an appointment does not fit the clinic's hours, or undefined when it does.
 * @param startMs - start instant (ms); @param lengthMin - its length
 */
export function outsideOpeningHours(calendar: ClinicCalendar, startMs: number, lengthMin: number): string | undefined {
  const start = wallClockAtMs(startMs, calendar.timeZone);
  const end = wallClockAtMs(startMs + lengthMin * 60_000, calendar.timeZone);
  const closed = calendar.closedDates.find((c) => c.date === start.date || c.date === end.date);
  if (closed) {
    return `The clinic is closed on ${closed.date} (${closed.reason}).`;
  }
  const hours = calendar.weeklyHours.find((h) => h.weekday === start.weekday);
  if (!hours) {
    return `The clinic is not open on ${start.weekday} (${start.date}).`;
  }
  const endMinute = end.date === start.date ? end.minuteOfDay : 24 * 60 + end.minuteOfDay;
  if (start.minuteOfDay < hours.opensMin || endMinute > hours.closesMin) {
    return `${hhMmOf(start.minuteOfDay)}–${hhMmOf(endMinute % (24 * 60))} on ${start.date} is outside opening hours (${hhMmOf(hours.opensMin)}–${hhMmOf(hours.closesMin)}).`;
  }
  return undefined;
}

/** Half-open intervals [start, end): back-to-back appointments do not overlap. */
export function intervalsOverlap(aStartMs: number, aEndMs: number, bStartMs: number, bEndMs: number): boolean {
  return aStartMs < bEndMs && bStartMs < aEndMs;
}
