/**
 * The alert engine: one reading in, the alerts of the rule set out. Pure and repeatable, so the
 * server can replay a session's readings and get the same alerts. Alerts are plain JSON.
 */
import { InvalidInputError } from '../errors.js';
import { instantMs, MS_PER_MINUTE } from './iso-time.js';
import {
  MonitoringPhase,
  recommendedActionLabel,
  type Comparator,
  type MonitoredMeasure,
  type MonitoringRule,
  type MonitoringRuleSet,
  type MonitoringTrigger,
  type RecommendedAction,
} from './monitoring-rule-set.js';
import { validateMonitoringRuleSet } from './rule-set-check.js';
import { validateSedationCheck, type SedationCheck } from './sedation-check.js';
import { sessionRuleRef, sessionSeverityRank, type SessionRuleSource, type SessionSeverity } from './session-rule.js';
import { projectLeastSquares } from './trend.js';
import { validateVitalReading, type VitalReading } from './vital-reading.js';

export type MonitoringReading = VitalReading | SedationCheck;

export interface MonitoringAlert {
  /** `ruleId@version`. */
  readonly rule: string;
  /** `ruleSetId@version`. */
  readonly ruleSet: string;
  readonly severity: SessionSeverity;
  readonly phase: MonitoringPhase;
  readonly message: string;
  readonly action: RecommendedAction;
  readonly actionLabel: string;
  /** The numbers the rule saw (for a projection: current value, slope, projected value). */
  readonly values: Readonly<Record<string, number>>;
  readonly source: SessionRuleSource;
  /** When the reading (or, for a cadence alert, the evaluation) was taken. */
  readonly observedAt: string;
}

export interface EvaluateReadingInput {
  readonly phase: MonitoringPhase;
  readonly reading: MonitoringReading;
  /** Earlier readings of the session, any order; those at or after `reading.takenAt` are ignored. */
  readonly recentReadings: readonly MonitoringReading[];
  readonly ruleSet: MonitoringRuleSet;
}

type Measures = Partial<Record<MonitoredMeasure, number>>;
/** What a rule saw when it fired: the numbers, and the same in words for the message. */
type Fired = { readonly values: Readonly<Record<string, number>>; readonly seen: string } | null;

const measureText: Readonly<Record<MonitoredMeasure, string>> = {
  systolicMmHg: 'SBP {} mmHg',
  diastolicMmHg: 'DBP {} mmHg',
  heartRateBpm: 'HR {} /min',
  respiratoryRatePerMin: 'RR {} /min',
  spo2Pct: 'SpO2 {}%',
  moaasScore: 'MOAA/S {}',
};

function measuresOf(reading: MonitoringReading): Measures {
  if (reading.kind === 'sedation') {
    return { moaasScore: reading.moaasScore };
  }
  const { systolicMmHg, diastolicMmHg, heartRateBpm, respiratoryRatePerMin, spo2Pct } = reading;
  return { systolicMmHg, diastolicMmHg, heartRateBpm, respiratoryRatePerMin, spo2Pct };
}

function holds(value: number, comparator: Comparator, threshold: number): boolean {
  switch (comparator) {
    case 'gt':
      return value > threshold;
    case 'gte':
      return value >= threshold;
    case 'lt':
      return value < threshold;
    case 'lte':
      return value <= threshold;
  }
}

function thresholdFired(trigger: MonitoringTrigger & { kind: 'any-of' | 'all-of' }, measures: Measures): Fired {
  const values: Record<string, number> = {};
  const words: string[] = [];
  const results = trigger.conditions.map((condition) => {
    const value = measures[condition.measure];
    if (value === undefined) {
      return false;
    }
    if (values[condition.measure] === undefined) {
      values[condition.measure] = value;
      words.push(measureText[condition.measure].replace('{}', String(value)));
    }
    return holds(value, condition.comparator, condition.value);
  });
  const fired = trigger.kind === 'any-of' ? results.some(Boolean) : results.every(Boolean);
  return fired ? { values, seen: words.join(', ') } : null;
}

function projectionFired(
  trigger: MonitoringTrigger & { kind: 'projected-rise' },
  reading: MonitoringReading,
  recent: readonly MonitoringReading[],
): Fired {
  if (reading.kind !== 'vitals') {
    return null;
  }
  const nowMs = instantMs(reading.takenAt, 'reading/takenAt');
  const fromMs = nowMs - trigger.windowMin * MS_PER_MINUTE;
  const points = [{ atMs: nowMs, value: reading[trigger.measure] }];
  for (const earlier of recent) {
    const atMs = instantMs(earlier.takenAt, 'recentReadings/takenAt');
    if (earlier.kind === 'vitals' && atMs >= fromMs && atMs < nowMs) {
      points.push({ atMs, value: earlier[trigger.measure] });
    }
  }
  const spanMin = (nowMs - Math.min(...points.map((p) => p.atMs))) / MS_PER_MINUTE;
  const current = reading[trigger.measure];
  if (points.length < trigger.minReadings || spanMin < trigger.minSpanMin || current > trigger.limit) {
    return null;
  }
  const fit = projectLeastSquares(points, nowMs + trigger.horizonMin * MS_PER_MINUTE);
  if (fit === null || fit.slopePerMin <= 0 || fit.projectedValue <= trigger.limit) {
    return null;
  }
  return {
    values: {
      [trigger.measure]: current,
      slopeMmHgPerMin: fit.slopePerMin,
      projectedSystolicMmHg: fit.projectedValue,
      readingsUsed: points.length,
      horizonMin: trigger.horizonMin,
    },
    seen:
      `SBP ${current} mmHg now, rising ${fit.slopePerMin.toFixed(1)} mmHg/min over ${points.length} readings, ` +
      `projected ${Math.round(fit.projectedValue)} mmHg in ${trigger.horizonMin} min`,
  };
}

function ruleFired(rule: MonitoringRule, input: EvaluateReadingInput): Fired {
  const trigger = rule.trigger;
  switch (trigger.kind) {
    case 'any-of':
    case 'all-of':
      return thresholdFired(trigger, measuresOf(input.reading));
    case 'projected-rise':
      return projectionFired(trigger, input.reading, input.recentReadings);
  }
}

const isPhase = (value: string): value is MonitoringPhase => Object.values<string>(MonitoringPhase).includes(value);

function toAlert(
  rule: MonitoringRule,
  fired: NonNullable<Fired>,
  action: RecommendedAction,
  input: EvaluateReadingInput,
): MonitoringAlert {
  return {
    rule: sessionRuleRef(rule),
    ruleSet: sessionRuleRef(input.ruleSet),
    severity: rule.severity,
    phase: input.phase,
    message: `${rule.summary}: ${fired.seen}. ${recommendedActionLabel[action]}.`,
    action,
    actionLabel: recommendedActionLabel[action],
    values: fired.values,
    source: rule.source,
    observedAt: input.reading.takenAt,
  };
}

/**
 * Evaluates one reading against the rule set for the session phase. Returns the alerts that
 * fire, worst first; a rule that is superseded by another fired rule (the hard-stop over the
 * soft-stop on the same measure) is left out. Throws when the reading is implausible or the
 * phase is unknown: an alert engine must never quietly skip a reading.
 * @param input - phase, the new reading, earlier readings of the session, and the rule set
 */
export function evaluateReading(input: EvaluateReadingInput): MonitoringAlert[] {
  if (!isPhase(input.phase)) {
    throw InvalidInputError.forField('phase', `Unknown monitoring phase "${String(input.phase)}"`);
  }
  validateMonitoringRuleSet(input.ruleSet);
  if (input.reading.kind === 'vitals') {
    validateVitalReading(input.reading);
  } else {
    validateSedationCheck(input.reading);
  }
  const fired: { rule: MonitoringRule; alert: MonitoringAlert }[] = [];
  for (const rule of input.ruleSet.rules) {
    const action = rule.actions[input.phase];
    const result = action === undefined ? null : ruleFired(rule, input);
    if (action !== undefined && result !== null) {
      fired.push({ rule, alert: toAlert(rule, result, action, input) });
    }
  }
  const superseded = new Set(fired.flatMap((entry) => entry.rule.supersedes));
  return fired
    .filter((entry) => !superseded.has(entry.rule.id))
    .map((entry) => entry.alert)
    .sort((a, b) => sessionSeverityRank[b.severity] - sessionSeverityRank[a.severity]);
}
