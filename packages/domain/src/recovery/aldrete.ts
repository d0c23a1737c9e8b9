/**
 * Modified Aldrete score (Aldrete 1995: pulse oximetry replaces colour; REFERENCE.md §8.1).
 * Five items scored 0–2, total 0–10. Activity, respiration and consciousness are the
 * clinician's observation; circulation and oxygenation are computed from the readings, so the
 * bands are applied the same way every time.
 */
import { assertNoFaults, type FieldFault } from '../errors.js';
import { instantMs } from '../monitoring/iso-time.js';
import type { SessionRuleSource } from '../monitoring/session-rule.js';
import { validateVitalReading, type VitalReading } from '../monitoring/vital-reading.js';

export interface ModifiedAldreteRule {
  readonly id: string;
  readonly version: number;
  /** Which published variant (REFERENCE.md §8.1: store the variant used). */
  readonly variant: string;
  /** Circulation bands, % deviation of BP from the pre-session level: ≤ full, < partial, else 0. */
  readonly circulationFullPct: number;
  readonly circulationPartialPct: number;
  /** Oxygenation: 2 when SpO2 is above this on room air. */
  readonly spo2RoomAirFullPct: number;
  /** Oxygenation: 1 when SpO2 is above this (with oxygen, or on room air below the full band). */
  readonly spo2PartialPct: number;
  readonly source: SessionRuleSource;
}

export const modifiedAldreteRule: ModifiedAldreteRule = {
  id: 'recovery.aldrete.modified',
  version: 1,
  variant:
    'Modified Aldrete (1995): circulation = worse of systolic and diastolic deviation from the pre-session baseline',
  circulationFullPct: 20,
  circulationPartialPct: 50,
  spo2RoomAirFullPct: 92,
  spo2PartialPct: 90,
  source: {
    tag: 'G',
    citation:
      'Aldrete JA 1995; StatPearls "Aldrete score" (REFERENCE.md §8.1): activity, respiration, circulation (BP ±20% / 20–49% / ≥50%), consciousness, SpO2 (>92% room air / O2 to keep >90% / <90% with O2)',
  },
};

export type AldreteItemScore = 0 | 1 | 2;

export interface AldreteInput {
  readonly takenAt: string;
  /** 2 moves 4 limbs, 1 moves 2 limbs, 0 moves none. */
  readonly activity: number;
  /** 2 breathes deeply and coughs freely, 1 dyspnoea or limited breathing, 0 apnoeic. */
  readonly respiration: number;
  /** 2 fully awake, 1 arousable on calling, 0 not responding. */
  readonly consciousness: number;
  /** The reading at the assessment (gives BP and SpO2). */
  readonly vitals: VitalReading;
  readonly baselineVitals: VitalReading;
  readonly onSupplementalOxygen: boolean;
}

export interface AldreteScore {
  /** `ruleId@version` of the variant used. */
  readonly rule: string;
  readonly takenAt: string;
  readonly items: Readonly<
    Record<'activity' | 'respiration' | 'circulation' | 'consciousness' | 'oxygenation', AldreteItemScore>
  >;
  readonly total: number;
  /** Largest BP deviation from baseline, % (systolic or diastolic). */
  readonly bpDeviationPct: number;
}

function itemScore(value: number, field: string, faults: FieldFault[]): AldreteItemScore {
  if (value === 0 || value === 1 || value === 2) {
    return value;
  }
  faults.push({ field, message: `${field} is scored 0, 1 or 2 (got ${value})` });
  return 0;
}

/** Largest absolute deviation of systolic or diastolic pressure from baseline, in %. */
export function bpDeviationPct(current: VitalReading, baseline: VitalReading): number {
  const systolic = Math.abs(current.systolicMmHg - baseline.systolicMmHg) / baseline.systolicMmHg;
  const diastolic = Math.abs(current.diastolicMmHg - baseline.diastolicMmHg) / baseline.diastolicMmHg;
  return Math.max(systolic, diastolic) * 100;
}

/** True when |value − baseline| ≤ pct% of baseline, compared without division so 20.0% is exact. */
export function withinPctOf(value: number, baseline: number, pct: number): boolean {
  return Math.abs(value - baseline) * 100 <= pct * baseline;
}

/**
 * Circulation item: 2 when both pressures are within ±20% of baseline, 1 when both are within
 * 50% (20–49%), 0 when either deviates by 50% or more.
 * @param current - the reading now
 * @param baseline - the pre-session reading
 * @param rule - the Aldrete variant
 */
export function circulationScore(
  current: VitalReading,
  baseline: VitalReading,
  rule = modifiedAldreteRule,
): AldreteItemScore {
  const pairs: [number, number][] = [
    [current.systolicMmHg, baseline.systolicMmHg],
    [current.diastolicMmHg, baseline.diastolicMmHg],
  ];
  if (pairs.every(([value, base]) => withinPctOf(value, base, rule.circulationFullPct))) {
    return 2;
  }
  const partial = pairs.every(([value, base]) => Math.abs(value - base) * 100 < rule.circulationPartialPct * base);
  return partial ? 1 : 0;
}

/**
 * Oxygenation item: 2 when SpO2 > 92% on room air; 1 when SpO2 > 90% (with oxygen, or on room
 * air but not above 92%); 0 otherwise. SpO2 of exactly 90% falls in neither published band and
 * scores 0 (the conservative reading).
 * @param spo2Pct - SpO2 now
 * @param onSupplementalOxygen - whether oxygen is being given
 * @param rule - the Aldrete variant
 */
export function oxygenationScore(
  spo2Pct: number,
  onSupplementalOxygen: boolean,
  rule = modifiedAldreteRule,
): AldreteItemScore {
  if (!onSupplementalOxygen && spo2Pct > rule.spo2RoomAirFullPct) {
    return 2;
  }
  return spo2Pct > rule.spo2PartialPct ? 1 : 0;
}

/**
 * Scores the modified Aldrete. Throws when an observed item is not 0, 1 or 2 or a reading is
 * implausible; never clamps.
 * @param input - the three observed items, the readings now and at baseline, oxygen use
 * @param rule - the Aldrete variant (defaults to the shipped one)
 */
export function scoreModifiedAldrete(input: AldreteInput, rule = modifiedAldreteRule): AldreteScore {
  instantMs(input.takenAt, 'takenAt');
  validateVitalReading(input.vitals);
  validateVitalReading(input.baselineVitals);
  const faults: FieldFault[] = [];
  const activity = itemScore(input.activity, 'activity', faults);
  const respiration = itemScore(input.respiration, 'respiration', faults);
  const consciousness = itemScore(input.consciousness, 'consciousness', faults);
  assertNoFaults(faults, 'Aldrete items are not valid');
  const circulation = circulationScore(input.vitals, input.baselineVitals, rule);
  const oxygenation = oxygenationScore(input.vitals.spo2Pct, input.onSupplementalOxygen, rule);
  return {
    rule: `${rule.id}@${rule.version}`,
    takenAt: input.takenAt,
    items: { activity, respiration, circulation, consciousness, oxygenation },
    total: activity + respiration + circulation + consciousness + oxygenation,
    bpDeviationPct: bpDeviationPct(input.vitals, input.baselineVitals),
  };
}
