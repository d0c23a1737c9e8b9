import type { CourseProtocolId } from './course.js';
import type { CourseRule } from './finding.js';

/** At least `minIntervalH` hours between two sessions. */
export interface MinIntervalRule extends CourseRule {
  readonly kind: 'min-interval';
  readonly protocolIds: readonly CourseProtocolId[];
  readonly minIntervalH: number;
}

/** No two sessions on one local calendar day. */
export interface OnePerDayRule extends CourseRule {
  readonly kind: 'one-per-local-day';
  readonly protocolIds: readonly CourseProtocolId[];
}

/** A label phase: weeks counted from the first session (week 1 = days 0–6). */
export interface LabelPhase {
  readonly name: string;
  readonly fromWeek: number;
  /** Undefined: open-ended. */
  readonly toWeek: number | undefined;
  /** Most sessions of this phase in any 7 consecutive local days. */
  readonly maxPer7Days: number;
  readonly labelText: string;
}

/** No more sessions than the label's phase allows, and never two on one day. */
export interface LabelPhaseFrequencyRule extends CourseRule {
  readonly kind: 'label-phase-frequency';
  readonly protocolIds: readonly CourseProtocolId[];
  readonly phases: readonly LabelPhase[];
}

export type SpacingRule = MinIntervalRule | OnePerDayRule | LabelPhaseFrequencyRule;

/** Esketamine TRD label phases (REFERENCE.md §3.1 [L]). */
export const esketaminePhases: readonly LabelPhase[] = [
  { name: 'induction', fromWeek: 1, toWeek: 4, maxPer7Days: 2, labelText: 'weeks 1–4: twice weekly' },
  { name: 'maintenance weeks 5–8', fromWeek: 5, toWeek: 8, maxPer7Days: 1, labelText: 'weeks 5–8: once weekly' },
  {
    name: 'maintenance week 9+',
    fromWeek: 9,
    toWeek: undefined,
    maxPer7Days: 1,
    labelText: 'week 9+: weekly or every 2 weeks',
  },
];

/** DEFAULTS.md §2 spacing rules (shipped protocol library v1). */
export const spacingRules: readonly SpacingRule[] = [
  {
    id: 'course.spacing.depression.min-48h',
    version: 1,
    kind: 'min-interval',
    protocolIds: ['iv-depression', 'im-depression'],
    minIntervalH: 48,
    severity: 'soft-stop',
    source: {
      tag: 'P',
      citation:
        'DEFAULTS.md §2: <48 h since the last session soft-stop (Chairside policy; trials gave 2–3 sessions a week [T])',
    },
  },
  {
    id: 'course.spacing.depression.same-day',
    version: 1,
    kind: 'one-per-local-day',
    protocolIds: ['iv-depression', 'im-depression'],
    severity: 'hard-stop',
    source: { tag: 'P', citation: 'DEFAULTS.md §2: two sessions in one calendar day hard-stop (Chairside policy)' },
  },
  {
    id: 'course.spacing.pain.min-24h',
    version: 1,
    kind: 'min-interval',
    protocolIds: ['iv-pain'],
    minIntervalH: 24,
    severity: 'soft-stop',
    source: { tag: 'P', citation: 'DEFAULTS.md §2: <24 h since the last session soft-stop (Chairside policy)' },
  },
  {
    id: 'course.spacing.esketamine.label-phase',
    version: 1,
    kind: 'label-phase-frequency',
    protocolIds: ['in-esketamine-trd'],
    phases: esketaminePhases,
    severity: 'soft-stop',
    source: {
      tag: 'P',
      citation:
        'DEFAULTS.md §2: more often than the label phase allows soft-stop (Chairside policy) over the SPRAVATO TRD schedule [L]: weeks 1–4 twice weekly, weeks 5–8 weekly, week 9+ weekly or every 2 weeks',
    },
  },
];

/**
 * The spacing rules that apply to a protocol.
 * @param protocolId - the protocol of the course
 */
export function spacingRulesFor(protocolId: CourseProtocolId): SpacingRule[] {
  return spacingRules.filter((rule) => rule.protocolIds.includes(protocolId));
}
