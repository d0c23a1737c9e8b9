import { InvalidInputError } from '../errors.js';
import type { CourseProtocolId } from './course.js';
import type { CourseRuleSource } from './finding.js';
import { esketaminePhases, type LabelPhase } from './spacing-rules.js';
import { addDays, assertIsoDate, daysBetween, weekdayOf, Weekday } from './time.js';

/** How an induction is laid out for a protocol (DEFAULTS.md §2). */
export interface InductionCadence {
  /** Allowed sessions per week chosen by the clinician; undefined where the label fixes the cadence. */
  readonly sessionsPerWeekAllowed: readonly number[] | undefined;
  readonly defaultTargetSessions: number | undefined;
  /** Fewest calendar days between two proposed sessions. */
  readonly minGapDays: number;
  readonly source: CourseRuleSource;
}

export const inductionCadences: Readonly<Record<CourseProtocolId, InductionCadence>> = {
  'iv-depression': {
    sessionsPerWeekAllowed: [2, 3],
    defaultTargetSessions: 6,
    minGapDays: 2,
    source: {
      tag: 'T',
      citation: 'DEFAULTS.md §2: 6 sessions, 2–3 per week (Murrough 2013; Singh 2016; ELEKT-D 2023)',
    },
  },
  'im-depression': {
    sessionsPerWeekAllowed: [2, 3],
    defaultTargetSessions: 6,
    minGapDays: 2,
    source: { tag: 'T', citation: 'DEFAULTS.md §2: 6 sessions, 2–3 per week' },
  },
  'iv-pain': {
    sessionsPerWeekAllowed: [1, 2, 3, 4, 5, 6, 7],
    defaultTargetSessions: undefined,
    minGapDays: 1,
    source: {
      tag: 'G',
      citation: 'DEFAULTS.md §2: induction per physician (Cohen SP et al. Reg Anesth Pain Med 2018)',
    },
  },
  'in-esketamine-trd': {
    sessionsPerWeekAllowed: undefined,
    defaultTargetSessions: undefined,
    // Twice weekly spread at least 3 days apart (e.g. Mon/Thu) [P] within the label's twice-weekly cadence [L].
    minGapDays: 3,
    source: {
      tag: 'L',
      citation: 'SPRAVATO USPI (TRD): weeks 1–4 twice weekly, weeks 5–8 once weekly, week 9+ weekly or every 2 weeks',
    },
  },
};

/** Typo guard on a course length [P]: a course longer than a year of weekly sessions is not an induction. */
export const maxTargetSessions = 52;

export interface InductionCalendar {
  readonly protocolId: CourseProtocolId;
  /** Proposed local dates (YYYY-MM-DD); times are chosen at booking and checked by `checkSpacing`. */
  readonly dates: readonly string[];
  readonly notes: readonly string[];
  readonly source: CourseRuleSource;
}

export interface InductionCalendarInput {
  readonly protocolId: CourseProtocolId;
  readonly firstDate: string;
  /** Required for iv/im depression (2 or 3) and iv-pain; must be absent for esketamine, whose label sets it. */
  readonly sessionsPerWeek: number | undefined;
  readonly allowedWeekdays: readonly Weekday[];
  readonly targetSessions: number;
}

function validateInput(input: InductionCalendarInput, cadence: InductionCadence): void {
  assertIsoDate(input.firstDate, 'firstDate');
  const weekdays = Object.values(Weekday) as readonly string[];
  if (input.allowedWeekdays.length === 0 || input.allowedWeekdays.some((d) => !weekdays.includes(d))) {
    throw InvalidInputError.forField('allowedWeekdays', 'Give at least one weekday (mon … sun)');
  }
  if (!Number.isInteger(input.targetSessions) || input.targetSessions < 1 || input.targetSessions > maxTargetSessions) {
    throw InvalidInputError.forField('targetSessions', `Target sessions must be a whole number 1–${maxTargetSessions}`);
  }
  const allowed = cadence.sessionsPerWeekAllowed;
  if (allowed === undefined && input.sessionsPerWeek !== undefined) {
    throw InvalidInputError.forField(
      'sessionsPerWeek',
      `${input.protocolId}: the label sets the cadence; do not give sessions per week`,
    );
  }
  if (allowed !== undefined && (input.sessionsPerWeek === undefined || !allowed.includes(input.sessionsPerWeek))) {
    throw InvalidInputError.forField(
      'sessionsPerWeek',
      `${input.protocolId}: sessions per week must be one of ${allowed.join(', ')}`,
    );
  }
}

function labelPhaseOf(week: number): LabelPhase | undefined {
  return esketaminePhases.find((p) => week >= p.fromWeek && (p.toWeek === undefined || week <= p.toWeek));
}

/** Sessions allowed in a course week: the clinician's cadence, or the label phase for esketamine. */
function weekCap(input: InductionCalendarInput, week: number): number {
  return input.sessionsPerWeek ?? labelPhaseOf(week)?.maxPer7Days ?? 1;
}

/**
 * Whether a date still fits its week. Esketamine counts, like `checkSpacing`, the sessions
 * of the same label phase in the 7 days ending on the date, so weekly sessions stay 7 days apart.
 */
function hasRoom(
  input: InductionCalendarInput,
  dates: readonly string[],
  date: string,
  week: number,
  perWeek: ReadonlyMap<number, number>,
): boolean {
  const first = dates[0];
  if (input.sessionsPerWeek !== undefined || first === undefined) {
    return (perWeek.get(week) ?? 0) < weekCap(input, week);
  }
  const phase = labelPhaseOf(week);
  const weekOf = (d: string): number => Math.floor(daysBetween(first, d) / 7) + 1;
  const recent = dates.filter((d) => labelPhaseOf(weekOf(d)) === phase && daysBetween(d, date) < 7);
  return recent.length < (phase?.maxPer7Days ?? 1);
}

/**
 * Proposes induction dates: walking day by day from `firstDate`, a date is taken when its
 * weekday is allowed, it is at least the protocol's gap after the last proposed date, and
 * its course week (7-day blocks from the first proposed date) is not full (for esketamine:
 * the label phase's sessions in any 7 days).
 * @param input - protocol, first date, cadence, allowed weekdays and target count
 * @throws InvalidInputError for an invalid date, weekday list, target or a cadence the protocol does not allow
 */
export function proposeInductionCalendar(input: InductionCalendarInput): InductionCalendar {
  const cadence = inductionCadences[input.protocolId];
  validateInput(input, cadence);
  const dates: string[] = [];
  const perWeek = new Map<number, number>();
  for (let offset = 0; dates.length < input.targetSessions && offset < (input.targetSessions + 2) * 7; offset += 1) {
    const date = addDays(input.firstDate, offset);
    const previous = dates[dates.length - 1];
    const week = dates[0] === undefined ? 1 : Math.floor(daysBetween(dates[0], date) / 7) + 1;
    const gapOk = previous === undefined || daysBetween(previous, date) >= cadence.minGapDays;
    if (input.allowedWeekdays.includes(weekdayOf(date)) && gapOk && hasRoom(input, dates, date, week, perWeek)) {
      dates.push(date);
      perWeek.set(week, (perWeek.get(week) ?? 0) + 1);
    }
  }
  return { protocolId: input.protocolId, dates, notes: calendarNotes(input, cadence, perWeek), source: cadence.source };
}

function calendarNotes(
  input: InductionCalendarInput,
  cadence: InductionCadence,
  perWeek: ReadonlyMap<number, number>,
): string[] {
  const notes: string[] = [];
  if (cadence.defaultTargetSessions !== undefined && input.targetSessions !== cadence.defaultTargetSessions) {
    notes.push(
      `${input.targetSessions} sessions differs from the ${cadence.defaultTargetSessions}-session induction default.`,
    );
  }
  const weeks = [...perWeek.keys()].sort((a, b) => a - b);
  const lastWeek = weeks[weeks.length - 1] ?? 0;
  for (let week = 1; week < lastWeek; week += 1) {
    const got = perWeek.get(week) ?? 0;
    const cap = weekCap(input, week);
    if (got < cap) {
      notes.push(`Week ${week}: only ${got} of ${cap} sessions fit the allowed weekdays and spacing.`);
    }
  }
  return notes;
}
