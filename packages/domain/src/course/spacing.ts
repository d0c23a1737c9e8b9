import { findingOf, type CourseFinding } from './finding.js';
import type { CourseProtocolId } from './course.js';
import {
  spacingRulesFor,
  type LabelPhase,
  type LabelPhaseFrequencyRule,
  type MinIntervalRule,
  type OnePerDayRule,
  type SpacingRule,
} from './spacing-rules.js';
import { assertIsoDate, daysBetween, msPerHour, parseInstantMs, type LocalDateOf } from './time.js';

interface Session {
  readonly at: string;
  readonly ms: number;
  readonly localDate: string;
}

function toSession(at: string, field: string, localDateOf: LocalDateOf): Session {
  const ms = parseInstantMs(at, field);
  const localDate = localDateOf(at);
  assertIsoDate(localDate, `${field} (local date)`);
  return { at, ms, localDate };
}

function checkMinInterval(rule: MinIntervalRule, proposed: Session, existing: readonly Session[]): CourseFinding[] {
  const nearest = [...existing].sort((a, b) => Math.abs(a.ms - proposed.ms) - Math.abs(b.ms - proposed.ms))[0];
  if (!nearest) {
    return [];
  }
  const intervalMs = Math.abs(nearest.ms - proposed.ms);
  // Exactly the minimum is allowed: the rule is "< 48 h", not "≤ 48 h".
  if (intervalMs >= rule.minIntervalH * msPerHour) {
    return [];
  }
  const intervalH = Math.round((intervalMs / msPerHour) * 10) / 10;
  const side = nearest.ms <= proposed.ms ? 'after' : 'before';
  return [
    findingOf(
      rule,
      `Proposed session is ${intervalH} h ${side} the session at ${nearest.at}; the minimum is ${rule.minIntervalH} h. A physician must record a reason to go ahead.`,
      { proposedAt: proposed.at, nearestSessionAt: nearest.at, intervalH, minIntervalH: rule.minIntervalH },
    ),
  ];
}

function checkOnePerDay(rule: OnePerDayRule, proposed: Session, existing: readonly Session[]): CourseFinding[] {
  const same = existing.find((session) => session.localDate === proposed.localDate);
  if (!same) {
    return [];
  }
  return [
    findingOf(
      rule,
      `There is already a session on ${proposed.localDate} (${same.at}): two sessions in one day are not allowed.`,
      {
        proposedAt: proposed.at,
        localDate: proposed.localDate,
        sameDaySessionAt: same.at,
      },
    ),
  ];
}

function phaseOf(phases: readonly LabelPhase[], week: number): LabelPhase | undefined {
  return phases.find((phase) => week >= phase.fromWeek && (phase.toWeek === undefined || week <= phase.toWeek));
}

/** The most same-phase sessions (the proposed one included) in any 7-day window holding the proposed date. */
function busiestWindow(proposed: Session, samePhase: readonly Session[]): { count: number; dates: string[] } {
  let best = { count: 1, dates: [proposed.localDate] };
  for (let startOffset = -6; startOffset <= 0; startOffset += 1) {
    const inWindow = samePhase.filter((s) => {
      const offset = daysBetween(proposed.localDate, s.localDate);
      return offset >= startOffset && offset <= startOffset + 6;
    });
    if (inWindow.length + 1 > best.count) {
      best = { count: inWindow.length + 1, dates: [...inWindow.map((s) => s.localDate), proposed.localDate].sort() };
    }
  }
  return best;
}

function checkLabelPhase(
  rule: LabelPhaseFrequencyRule,
  proposed: Session,
  existing: readonly Session[],
): CourseFinding[] {
  const firstDate = [proposed, ...existing].map((s) => s.localDate).sort()[0] ?? proposed.localDate;
  const weekOf = (s: Session): number => Math.floor(daysBetween(firstDate, s.localDate) / 7) + 1;
  const week = weekOf(proposed);
  const phase = phaseOf(rule.phases, week);
  if (!phase) {
    return [];
  }
  const samePhase = existing.filter((s) => phaseOf(rule.phases, weekOf(s)) === phase);
  const window = busiestWindow(proposed, samePhase);
  const sameDay = existing.find((s) => s.localDate === proposed.localDate);
  const observed = {
    proposedAt: proposed.at,
    week,
    phase: phase.name,
    maxPer7Days: phase.maxPer7Days,
    sessionsIn7Days: window.count,
    sameDaySessionAt: sameDay?.at ?? null,
  };
  if (window.count > phase.maxPer7Days) {
    const message = `Week ${week} of treatment (label ${phase.labelText}): this would be ${window.count} sessions within 7 days (${window.dates.join(', ')}). A physician must record a reason to go ahead.`;
    return [findingOf(rule, message, observed)];
  }
  if (sameDay) {
    const message = `There is already a session on ${proposed.localDate} (${sameDay.at}); the label gives one dose per session day (${phase.labelText}). A physician must record a reason to go ahead.`;
    return [findingOf(rule, message, observed)];
  }
  return [];
}

function applyRule(rule: SpacingRule, proposed: Session, existing: readonly Session[]): CourseFinding[] {
  switch (rule.kind) {
    case 'min-interval':
      return checkMinInterval(rule, proposed, existing);
    case 'one-per-local-day':
      return checkOnePerDay(rule, proposed, existing);
    case 'label-phase-frequency':
      return checkLabelPhase(rule, proposed, existing);
  }
}

/**
 * Checks a proposed session time against the course's other sessions (DEFAULTS.md §2).
 * Sessions on either side count, so booking into a gap is checked against both neighbours.
 * @param input - `protocolId`; `existingSessionTimes`, the patient's other sessions of this course (given or booked);
 *   `proposedAt`; `localDateOf`, mapping an instant to the clinic's local calendar date
 * @returns one finding per rule that fires; empty when the time is fine
 * @throws InvalidInputError for an unparsable time or a local-date function that returns a non-date
 */
export function checkSpacing(input: {
  readonly protocolId: CourseProtocolId;
  readonly existingSessionTimes: readonly string[];
  readonly proposedAt: string;
  readonly localDateOf: LocalDateOf;
}): CourseFinding[] {
  const proposed = toSession(input.proposedAt, 'proposedAt', input.localDateOf);
  const existing = input.existingSessionTimes.map((at, index) =>
    toSession(at, `existingSessionTimes/${index}`, input.localDateOf),
  );
  return spacingRulesFor(input.protocolId).flatMap((rule) => applyRule(rule, proposed, existing));
}
