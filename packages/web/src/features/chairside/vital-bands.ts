import {
  sessionSeverityRank,
  type MonitoredMeasure,
  type MonitoringPhase,
  type MonitoringRule,
  type MonitoringRuleSet,
  type SessionSeverity,
  type ThresholdCondition,
} from '@chairside/domain';

/**
 * The band of one vital number, read from the protocol's monitoring rules (not from numbers kept
 * here): the worst severity among the threshold rules of the phase that this value alone makes
 * fire. A two-measure rule ("SBP >180 or DBP >110") fires for either number; a band rule
 * ("SBP 160–180") needs all its conditions, which are all on the same measure. The projected
 * rise is a trend, not a band, and is left to the alert engine.
 */
export type VitalBand = 'normal' | SessionSeverity;

function holds(value: number, condition: ThresholdCondition): boolean {
  switch (condition.comparator) {
    case 'gt':
      return value > condition.value;
    case 'gte':
      return value >= condition.value;
    case 'lt':
      return value < condition.value;
    case 'lte':
      return value <= condition.value;
  }
}

function firesOn(rule: MonitoringRule, measure: MonitoredMeasure, value: number): boolean {
  const { trigger } = rule;
  if (trigger.kind === 'projected-rise') {
    return false;
  }
  const own = trigger.conditions.filter((c) => c.measure === measure);
  if (own.length === 0) {
    return false;
  }
  if (trigger.kind === 'any-of') {
    return own.some((c) => holds(value, c));
  }
  // A band over several measures cannot be judged from one number: leave it to the engine.
  return own.length === trigger.conditions.length && own.every((c) => holds(value, c));
}

export function vitalBand(
  ruleSet: MonitoringRuleSet,
  phase: MonitoringPhase,
  measure: MonitoredMeasure,
  value: number | null | undefined,
): VitalBand {
  if (value === null || value === undefined || Number.isNaN(value)) {
    return 'normal';
  }
  let band: VitalBand = 'normal';
  for (const rule of ruleSet.rules) {
    if (rule.actions[phase] === undefined || !firesOn(rule, measure, value)) {
      continue;
    }
    if (band === 'normal' || sessionSeverityRank[rule.severity] > sessionSeverityRank[band]) {
      band = rule.severity;
    }
  }
  return band;
}

/** A horizontal line on the vitals chart: where a rule of the phase starts to fire. */
export interface ThresholdMark {
  readonly measure: MonitoredMeasure;
  readonly value: number;
  readonly severity: SessionSeverity;
  readonly label: string;
}

const shortName: Readonly<Record<MonitoredMeasure, string>> = {
  systolicMmHg: 'SBP',
  diastolicMmHg: 'DBP',
  heartRateBpm: 'HR',
  respiratoryRatePerMin: 'RR',
  spo2Pct: 'SpO2',
  moaasScore: 'MOAA/S',
};

/** A threshold as the server lists it for a session (the protocol's rules, flattened). */
export interface ThresholdInput {
  readonly measure: MonitoredMeasure;
  readonly comparator: 'gt' | 'gte' | 'lt' | 'lte';
  readonly value: number;
  readonly severity: SessionSeverity;
  readonly phase: string;
}

const signOf = { gt: '>', gte: '≥', lt: '<', lte: '≤' } as const;

/** One mark per measure and value for the phase, the worst severity winning. */
export function marksFromThresholds(lines: readonly ThresholdInput[], phase: MonitoringPhase): ThresholdMark[] {
  const marks = new Map<string, ThresholdMark>();
  for (const line of lines) {
    if (line.phase !== phase) {
      continue;
    }
    const key = `${line.measure}:${line.value}`;
    const existing = marks.get(key);
    if (existing === undefined || sessionSeverityRank[line.severity] > sessionSeverityRank[existing.severity]) {
      marks.set(key, {
        measure: line.measure,
        value: line.value,
        severity: line.severity,
        label: `${shortName[line.measure]} ${signOf[line.comparator]}${line.value}`,
      });
    }
  }
  return [...marks.values()];
}

/**
 * Every threshold value of the phase's rules, one mark per measure and value (the worst
 * severity wins when two rules share a value, e.g. SBP 180 closes the warning band and opens
 * the soft-stop).
 */
export function thresholdMarks(ruleSet: MonitoringRuleSet, phase: MonitoringPhase): ThresholdMark[] {
  const marks = new Map<string, ThresholdMark>();
  for (const rule of ruleSet.rules) {
    if (rule.actions[phase] === undefined || rule.trigger.kind === 'projected-rise') {
      continue;
    }
    for (const c of rule.trigger.conditions) {
      const key = `${c.measure}:${c.value}`;
      const existing = marks.get(key);
      if (existing === undefined || sessionSeverityRank[rule.severity] > sessionSeverityRank[existing.severity]) {
        const sign = c.comparator === 'gt' ? '>' : c.comparator === 'gte' ? '≥' : c.comparator === 'lt' ? '<' : '≤';
        marks.set(key, {
          measure: c.measure,
          value: c.value,
          severity: rule.severity,
          label: `${shortName[c.measure]} ${sign}${c.value}`,
        });
      }
    }
  }
  return [...marks.values()];
}

/** Colours per severity band: Mantine palette names, and the hex for canvas drawing. */
export const bandColour: Readonly<Record<VitalBand, string>> = {
  normal: 'teal',
  info: 'blue',
  warning: 'yellow',
  'soft-stop': 'orange',
  'hard-stop': 'red',
};

export const bandHex: Readonly<Record<VitalBand, string>> = {
  normal: '#0ca678',
  info: '#1c7ed6',
  warning: '#e67700',
  'soft-stop': '#d9480f',
  'hard-stop': '#c92a2a',
};

export const bandLabel: Readonly<Record<VitalBand, string>> = {
  normal: 'In range',
  info: 'Info',
  warning: 'Warning',
  'soft-stop': 'Soft-stop',
  'hard-stop': 'Hard-stop',
};
