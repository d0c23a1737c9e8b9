/**
 * The shape of a monitoring rule set: threshold rules that read one reading (plus recent ones,
 * for trends) and cadence rules that say when a check is due. A rule set is a versioned, plain
 * JSON object, so a protocol can reference `monitoring.default@1` and a medical director can
 * publish version 2 without a code change (DEFAULTS.md: every value is data).
 */
import type { SessionRuleSource, SessionSeverity, TreatmentRoute } from './session-rule.js';

export const MonitoringPhase = { PreStart: 'pre-start', Dosing: 'dosing', Recovery: 'recovery' } as const;
export type MonitoringPhase = (typeof MonitoringPhase)[keyof typeof MonitoringPhase];

/** What the protocol recommends the clinician do when an alert fires. */
export const RecommendedAction = {
  AcknowledgeBeforeStart: 'acknowledge-before-start',
  DoNotStart: 'do-not-start',
  PauseRecheck5MinPhysicianReview: 'pause-recheck-5min-physician-review',
  Recheck5MinPhysicianReview: 'recheck-5min-physician-review',
  Recheck5MinConsiderSlowing: 'recheck-5min-consider-slowing',
  Recheck5Min: 'recheck-5min',
  Pause: 'pause',
  PauseAssess: 'pause-assess',
  Assess: 'assess',
  StopAssessAirwayOxygen: 'stop-assess-airway-oxygen',
  AssessAirwayOxygen: 'assess-airway-oxygen',
  StopAssessAirway: 'stop-assess-airway',
  AssessAirway: 'assess-airway',
  Emergency: 'emergency',
  Observe: 'observe',
  CheckNow: 'check-now',
} as const;
export type RecommendedAction = (typeof RecommendedAction)[keyof typeof RecommendedAction];

/** Wording of each action for the board and the alert banner. */
export const recommendedActionLabel: Readonly<Record<RecommendedAction, string>> = {
  'acknowledge-before-start': 'Prescriber acknowledges before start',
  'do-not-start': 'Do not start today',
  'pause-recheck-5min-physician-review': 'Pause infusion, recheck in 5 min, physician review',
  'recheck-5min-physician-review': 'Recheck in 5 min, physician review',
  'recheck-5min-consider-slowing': 'Recheck in 5 min, consider slowing the infusion',
  'recheck-5min': 'Recheck in 5 min',
  pause: 'Pause infusion',
  'pause-assess': 'Pause infusion and assess',
  assess: 'Assess the patient',
  'stop-assess-airway-oxygen': 'Stop infusion, assess airway, give oxygen',
  'assess-airway-oxygen': 'Assess airway, give oxygen',
  'stop-assess-airway': 'Stop infusion, assess airway',
  'assess-airway': 'Assess airway',
  emergency: 'Emergency: call for help, airway and breathing first',
  observe: 'Observe and recheck',
  'check-now': 'Take the check now',
};

/** The numbers a threshold rule can read from a reading. MOAA/S comes from a sedation check. */
export type MonitoredMeasure =
  'systolicMmHg' | 'diastolicMmHg' | 'heartRateBpm' | 'respiratoryRatePerMin' | 'spo2Pct' | 'moaasScore';

export type Comparator = 'gt' | 'gte' | 'lt' | 'lte';

export interface ThresholdCondition {
  readonly measure: MonitoredMeasure;
  readonly comparator: Comparator;
  readonly value: number;
}

/**
 * When a rule fires. `any-of`: one condition holds (SBP >180 or DBP >110). `all-of`: every
 * condition holds (a band: SBP ≥160 and ≤180). `projected-rise`: a least-squares line through
 * the readings of the last `windowMin` minutes, now included, crosses `limit` within
 * `horizonMin` minutes while the current value is not yet above it.
 */
export type MonitoringTrigger =
  | { readonly kind: 'any-of'; readonly conditions: readonly ThresholdCondition[] }
  | { readonly kind: 'all-of'; readonly conditions: readonly ThresholdCondition[] }
  | {
      readonly kind: 'projected-rise';
      readonly measure: 'systolicMmHg';
      readonly limit: number;
      readonly horizonMin: number;
      readonly windowMin: number;
      readonly minReadings: number;
      readonly minSpanMin: number;
    };

export interface MonitoringRule {
  readonly id: string;
  readonly version: number;
  /** One line a clinician understands; the alert message adds the values seen. */
  readonly summary: string;
  readonly severity: SessionSeverity;
  readonly trigger: MonitoringTrigger;
  /** The phases the rule applies in, each with its recommended action. */
  readonly actions: Readonly<Partial<Record<MonitoringPhase, RecommendedAction>>>;
  /** Rule ids this rule replaces when both fire (the hard-stop replaces the soft-stop). */
  readonly supersedes: readonly string[];
  readonly source: SessionRuleSource;
}

/** The kinds of check a cadence asks for. `vitals` is any vital-sign reading (the monitor feed). */
export type CheckKind = 'bp' | 'sedation' | 'vitals';

/**
 * When a check is due. `before-start`: one before dosing. `every`: `intervalMin` after the last
 * check (or after dosing started, whichever is later). `at-offset`: once at `offsetMin` after
 * dosing started (the first device), satisfied by a check from `offsetMin - toleranceMin` on,
 * missed after `offsetMin + toleranceMin`. `before-discharge`: due at `offsetMin` after dosing
 * started (the earliest discharge), satisfied by a check in the `windowMin` before that or later;
 * it is never "missed" here, because the discharge criteria refuse discharge without recent vitals.
 */
export type CadenceSchedule =
  | { readonly kind: 'before-start' }
  | { readonly kind: 'every'; readonly intervalMin: number }
  | { readonly kind: 'at-offset'; readonly offsetMin: number; readonly toleranceMin: number }
  | { readonly kind: 'before-discharge'; readonly offsetMin: number; readonly windowMin: number };

export interface CadenceRule {
  readonly id: string;
  readonly version: number;
  readonly summary: string;
  /** Severity of a missed check (DEFAULTS.md §4: "A missed check is a warning"). */
  readonly severity: SessionSeverity;
  readonly routes: readonly TreatmentRoute[];
  readonly phases: readonly MonitoringPhase[];
  readonly checks: readonly CheckKind[];
  readonly schedule: CadenceSchedule;
  /** False for the monitor-feed watchdog, which is not a nurse's check on the board. */
  readonly onBoard: boolean;
  readonly source: SessionRuleSource;
}

export interface MonitoringRuleSet {
  readonly id: string;
  readonly version: number;
  readonly title: string;
  readonly rules: readonly MonitoringRule[];
  readonly cadence: readonly CadenceRule[];
}
