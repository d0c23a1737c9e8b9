/**
 * Discharge readiness: every criterion of DEFAULTS.md §5, each unmet one reported with its
 * `ruleId@version`, a message, its source and the values seen, plus the earliest time the
 * observation rule allows discharge.
 */
import { InvalidInputError } from '../errors.js';
import { instantMs, isoFromMs, minutesBetween, MS_PER_MINUTE } from '../monitoring/iso-time.js';
import type { SessionRuleSource, SessionSeverity, TreatmentRoute } from '../monitoring/session-rule.js';
import { validateVitalReading, type VitalReading } from '../monitoring/vital-reading.js';
import { withinPctOf } from './aldrete.js';
import type { DischargeCriteria } from './discharge-criteria.js';

export interface UnresolvedAlertRef {
  readonly rule: string;
  readonly severity: SessionSeverity;
  readonly message: string;
  readonly observedAt: string;
}

export interface EvaluateDischargeInput {
  readonly route: TreatmentRoute;
  readonly now: string;
  /** Start of dosing; for esketamine, the first device. */
  readonly dosingStartedAt: string;
  readonly dosingEndedAt: string;
  readonly baselineVitals: VitalReading;
  readonly latestVitals: VitalReading | null;
  readonly aldrete: { readonly total: number; readonly takenAt: string } | null;
  readonly escort: { readonly name: string; readonly phone: string } | null;
  readonly noDrivingAcknowledgedAt: string | null;
  readonly unresolvedAlerts: readonly UnresolvedAlertRef[];
  readonly criteria: DischargeCriteria;
}

export type DischargeValue = string | number | boolean | null;

export interface UnmetDischargeCriterion {
  /** `criterionId@version`. */
  readonly criterion: string;
  readonly message: string;
  readonly source: SessionRuleSource;
  readonly values: Readonly<Record<string, DischargeValue>>;
}

export interface DischargeEvaluation {
  readonly ready: boolean;
  readonly unmet: readonly UnmetDischargeCriterion[];
  /** Earliest discharge allowed by the observation rule. */
  readonly earliestAt: string;
}

type Crit = DischargeCriteria[Exclude<keyof DischargeCriteria, 'id' | 'version'>];
type Unmet = (crit: Crit, message: string, values: Record<string, DischargeValue>) => void;

interface Clock {
  readonly nowMs: number;
  readonly endMs: number;
}

const pct = (value: number, base: number): number => Math.round((Math.abs(value - base) / base) * 1000) / 10;

function checkFreshness(input: EvaluateDischargeInput, clock: Clock, unmet: Unmet): void {
  const { freshness } = input.criteria;
  const stale = (at: string, field: string): boolean => {
    const ms = instantMs(at, field);
    if (ms > clock.nowMs) {
      throw InvalidInputError.forField(field, 'An assessment cannot be recorded after "now"');
    }
    return ms < clock.endMs || minutesBetween(ms, clock.nowMs) > freshness.maxAgeMin;
  };
  const staleFields: string[] = [];
  if (input.aldrete !== null && stale(input.aldrete.takenAt, 'aldrete/takenAt')) {
    staleFields.push('Aldrete score');
  }
  if (input.latestVitals !== null && stale(input.latestVitals.takenAt, 'latestVitals/takenAt')) {
    staleFields.push('vital signs');
  }
  if (staleFields.length > 0) {
    unmet(
      freshness,
      `Repeat the ${staleFields.join(' and ')}: older than ${freshness.maxAgeMin} min or taken before dosing ended`,
      {
        aldreteTakenAt: input.aldrete?.takenAt ?? null,
        vitalsTakenAt: input.latestVitals?.takenAt ?? null,
      },
    );
  }
}

function checkAldreteAndVitals(input: EvaluateDischargeInput, unmet: Unmet): void {
  const { aldrete, vitals } = input.criteria;
  if (input.aldrete === null) {
    unmet(aldrete, 'No modified Aldrete score recorded in recovery', { aldreteTotal: null });
  } else if (input.aldrete.total < aldrete.minTotal) {
    unmet(aldrete, `Aldrete ${input.aldrete.total}/10, needs ${aldrete.minTotal} or more`, {
      aldreteTotal: input.aldrete.total,
    });
  }
  const latest = input.latestVitals;
  if (latest === null) {
    unmet(vitals, 'No vital signs recorded in recovery', {});
    return;
  }
  const base = input.baselineVitals;
  const pairs = [
    ['systolicMmHg', latest.systolicMmHg, base.systolicMmHg],
    ['diastolicMmHg', latest.diastolicMmHg, base.diastolicMmHg],
    ['heartRateBpm', latest.heartRateBpm, base.heartRateBpm],
    ['respiratoryRatePerMin', latest.respiratoryRatePerMin, base.respiratoryRatePerMin],
  ] as const;
  const outside = pairs.filter(([, value, baseline]) => !withinPctOf(value, baseline, vitals.maxDeviationPct));
  if (outside.length > 0) {
    const values: Record<string, DischargeValue> = {};
    for (const [field, value, baseline] of outside) {
      values[field] = value;
      values[`${field}Baseline`] = baseline;
      values[`${field}DeviationPct`] = baseline === 0 ? null : pct(value, baseline);
    }
    const names = outside.map(([field]) => field).join(', ');
    unmet(vitals, `Not within ${vitals.maxDeviationPct}% of baseline: ${names}`, values);
  }
}

function checkPeople(input: EvaluateDischargeInput, clock: Clock, unmet: Unmet): void {
  const { escort, noDriving, alerts } = input.criteria;
  if (input.escort === null || input.escort.name.trim() === '' || input.escort.phone.trim() === '') {
    unmet(escort, 'Record the adult escort’s name and phone', { escortName: input.escort?.name ?? null });
  }
  const ack = input.noDrivingAcknowledgedAt;
  if (ack === null) {
    unmet(noDriving, 'The patient has not acknowledged the no-driving instruction', { acknowledgedAt: null });
  } else if (instantMs(ack, 'noDrivingAcknowledgedAt') > clock.nowMs) {
    throw InvalidInputError.forField('noDrivingAcknowledgedAt', 'An acknowledgement cannot be recorded after "now"');
  }
  if (input.unresolvedAlerts.length > 0) {
    unmet(
      alerts,
      `${input.unresolvedAlerts.length} alert(s) not resolved: ${input.unresolvedAlerts.map((a) => a.rule).join(', ')}`,
      {
        unresolvedCount: input.unresolvedAlerts.length,
      },
    );
  }
}

/**
 * Evaluates the discharge criteria. Returns ready only when every criterion is met; an absent
 * record (no Aldrete yet, no escort) is an unmet criterion, a malformed one throws.
 * @param input - route, times, readings, Aldrete, escort, acknowledgement, open alerts, criteria
 */
export function evaluateDischarge(input: EvaluateDischargeInput): DischargeEvaluation {
  const nowMs = instantMs(input.now, 'now');
  const startMs = instantMs(input.dosingStartedAt, 'dosingStartedAt');
  const endMs = instantMs(input.dosingEndedAt, 'dosingEndedAt');
  if (endMs < startMs || endMs > nowMs) {
    throw InvalidInputError.forField('dosingEndedAt', 'Dosing must end after it started and before now');
  }
  validateVitalReading(input.baselineVitals);
  if (input.latestVitals !== null) {
    validateVitalReading(input.latestVitals);
  }
  const unmet: UnmetDischargeCriterion[] = [];
  const add: Unmet = (crit, message, values) =>
    unmet.push({ criterion: `${crit.id}@${crit.version}`, message, source: crit.source, values });
  const { observation } = input.criteria;
  const esketamine = input.route === 'intranasal';
  const anchorMs = esketamine ? startMs : endMs;
  const minutes = esketamine ? observation.afterFirstDeviceMin : observation.afterDosingEndMin;
  const earliestMs = anchorMs + minutes * MS_PER_MINUTE;
  if (nowMs < earliestMs) {
    const observedMin = Math.floor(minutesBetween(anchorMs, nowMs));
    add(
      observation,
      `Observed ${observedMin} of ${minutes} min ${esketamine ? 'since the first device' : 'since dosing ended'}`,
      {
        observedMin,
        requiredMin: minutes,
        earliestAt: isoFromMs(earliestMs),
      },
    );
  }
  checkAldreteAndVitals(input, add);
  checkFreshness(input, { nowMs, endMs }, add);
  checkPeople(input, { nowMs, endMs }, add);
  return { ready: unmet.length === 0, unmet, earliestAt: isoFromMs(earliestMs) };
}
