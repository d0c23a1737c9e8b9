import { instantAtLocal, wallClockAtMs } from '@chairside/domain';

/** Display helpers in the clinic's time zone (not the browser's), so every screen shows clinic time. */
export const slotMin = 15;

export function clinicDateOf(iso: string, timeZone: string): string {
  return wallClockAtMs(Date.parse(iso), timeZone).date;
}

export function minuteOf(iso: string, timeZone: string): number {
  return wallClockAtMs(Date.parse(iso), timeZone).minuteOfDay;
}

export function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export function instantAt(date: string, minute: number, timeZone: string): string {
  return instantAtLocal(date, minute, timeZone);
}

export function addDaysIso(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Monday of the week holding the date. */
export function mondayOf(date: string): string {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDaysIso(date, day === 0 ? -6 : 1 - day);
}

export function todayIn(timeZone: string): string {
  return wallClockAtMs(Date.now(), timeZone).date;
}

export const typeLabels: Readonly<Record<string, string>> = {
  dosing_session: 'Dosing session',
  consultation: 'Consultation',
  follow_up: 'Follow-up',
  integration: 'Integration',
};

export const statusColors: Readonly<Record<'booked' | 'completed' | 'cancelled' | 'no_show', string>> = {
  booked: 'blue',
  completed: 'green',
  cancelled: 'gray',
  no_show: 'orange',
};
