import type { MonitoringPhase } from '@chairside/domain';
import type { SessionSummary } from '@chairside/contract';

export const stateLabel: Readonly<Record<string, string>> = {
  scheduled: 'Scheduled',
  'checked-in': 'Checked in',
  'pre-checks': 'Pre-checks',
  dosing: 'Dosing',
  recovery: 'Recovery',
  discharged: 'Discharged',
  aborted: 'Aborted',
};

export const stateColour: Readonly<Record<string, string>> = {
  scheduled: 'gray',
  'checked-in': 'cyan',
  'pre-checks': 'indigo',
  dosing: 'blue',
  recovery: 'grape',
  discharged: 'teal',
  aborted: 'dark',
};

/** "Dosing · paused", "Recovery". */
export function stateText(session: Pick<SessionSummary, 'state' | 'dosingSubState'>): string {
  const base = stateLabel[session.state] ?? session.state;
  return session.state === 'dosing' && session.dosingSubState !== null ? `${base} · ${session.dosingSubState}` : base;
}

/** The monitoring rules' phase for a session state. */
export function phaseOf(state: string): MonitoringPhase {
  if (state === 'dosing') {
    return 'dosing';
  }
  return state === 'recovery' || state === 'discharged' ? 'recovery' : 'pre-start';
}

/** Whole minutes since an instant (never negative). */
export function minutesSince(iso: string | null, nowMs: number): number | null {
  if (iso === null) {
    return null;
  }
  return Math.max(0, Math.floor((nowMs - Date.parse(iso)) / 60_000));
}

/** "1 h 05 min", "12 min". */
export function durationText(minutes: number): string {
  if (minutes < 60) {
    return `${minutes} min`;
  }
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

/** When the next check is due: "in 4 min", "due now", "overdue 3 min". */
export function dueText(iso: string | null, nowMs: number): { text: string; overdue: boolean } | null {
  if (iso === null) {
    return null;
  }
  const minutes = Math.round((Date.parse(iso) - nowMs) / 60_000);
  if (minutes > 0) {
    return { text: `in ${minutes} min`, overdue: false };
  }
  if (minutes === 0) {
    return { text: 'due now', overdue: false };
  }
  return { text: `overdue ${-minutes} min`, overdue: true };
}

/** A clock time for a timeline: 14:05. */
export function clockTime(iso: string): string {
  return new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
}

/** Local date-time for an <input type="datetime-local"> from an instant. */
export function localInputValue(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export const severityOrder: Readonly<Record<string, number>> = { info: 0, warning: 1, 'soft-stop': 2, 'hard-stop': 3 };
