/**
 * Turns the observations of one monitor message into device readings: one reading per
 * observation time, each vital charted only when its code, unit, status and value are all
 * understood. Every observation also gets an outcome, so the message log says why a value
 * was or was not charted.
 */
import { vitalPlausibleRanges, type VitalMeasure, type VitalReading } from '../monitoring/vital-reading.js';
import { hl7TimeToIso } from './hl7-time.js';
import { statusRule } from './result-status.js';
import { convertUnit } from './units.js';
import { findVitalCode, recognisedNotCharted, vitalCodes } from './vital-codes.js';

/** One OBX as the parser hands it over: plain strings, nothing interpreted yet. */
export interface DeviceObservation {
  readonly setId: string;
  readonly valueType: string;
  readonly code: string;
  readonly codeSystem: string;
  readonly codeName: string;
  readonly value: string;
  readonly unitCode: string;
  readonly abnormalFlags: readonly string[];
  readonly status: string;
  /** OBX-14 as sent (HL7 DTM). */
  readonly observedAt: string;
}

export interface DeviceMessageFacts {
  /** MSH-11.1: `P` production; `T` training, `D` debugging are never charted. */
  readonly processingId: string;
  /** OBR-7, used when an OBX has no OBX-14. */
  readonly requestObservedAt: string;
  readonly observations: readonly DeviceObservation[];
}

export type DeviceReadingStatus = 'unverified' | 'final' | 'corrected';

/** A VitalReading from a monitor: any subset of the vitals, as the monitor measured them. */
export type DeviceReading = Partial<Pick<VitalReading, VitalMeasure>> & {
  readonly kind: 'vitals';
  readonly source: 'device';
  readonly takenAt: string;
  readonly status: DeviceReadingStatus;
};

export type ObservationOutcomeKind = 'charted' | 'not-charted' | 'rejected' | 'ignored' | 'demo' | 'duplicate';

export interface ObservationOutcome {
  readonly setId: string;
  readonly code: string;
  readonly measure: VitalMeasure | null;
  readonly outcome: ObservationOutcomeKind;
  readonly reason: string;
}

export interface DeviceMapping {
  readonly demo: boolean;
  readonly readings: readonly DeviceReading[];
  readonly outcomes: readonly ObservationOutcome[];
}

interface Accepted {
  readonly measure: VitalMeasure;
  readonly value: number;
  readonly takenAt: string;
  readonly status: string;
  readonly priority: number;
}

const numeric = /^[+-]?\d+(\.\d+)?$/;

/** The demo rule: MSH-11 other than P, or `DEMO` among OBX-8 abnormal flags. */
export function isDemoObservation(processingId: string, observation: DeviceObservation): boolean {
  return (
    processingId.trim().toUpperCase() !== 'P' ||
    observation.abnormalFlags.some((f) => f.trim().toUpperCase() === 'DEMO')
  );
}

function judge(
  facts: DeviceMessageFacts,
  obx: DeviceObservation,
): { outcome: ObservationOutcome; accepted?: Accepted } {
  const entry = findVitalCode(obx.code, obx.codeSystem);
  const base = { setId: obx.setId, code: obx.code, measure: entry?.measure ?? null };
  const reject = (outcome: ObservationOutcomeKind, reason: string): { outcome: ObservationOutcome } => ({
    outcome: { ...base, outcome, reason },
  });
  if (entry === undefined) {
    return reject(
      'ignored',
      recognisedNotCharted.has(obx.code) ? 'mean pressure is not charted' : 'not a charted vital sign',
    );
  }
  if (isDemoObservation(facts.processingId, obx)) {
    return reject('demo', 'demo or test data (MSH-11 not P, or DEMO flag): never charted');
  }
  const rule = statusRule(obx.status);
  if (!rule.charted) {
    return reject('not-charted', `result status ${obx.status || '(empty)'}: ${rule.meaning}`);
  }
  if (obx.valueType !== 'NM' || !numeric.test(obx.value.trim())) {
    return reject('rejected', `value "${obx.value}" is not a number (OBX-2 ${obx.valueType})`);
  }
  const converted = convertUnit(entry.measure, Number(obx.value), obx.unitCode);
  if (!converted.ok) {
    return reject('rejected', converted.reason);
  }
  const range = vitalPlausibleRanges[entry.measure];
  if (converted.value < range.min || converted.value > range.max) {
    return reject('rejected', `${converted.value} is outside ${range.min}–${range.max}`);
  }
  const takenAt = hl7TimeToIso(obx.observedAt) ?? hl7TimeToIso(facts.requestObservedAt);
  if (takenAt === null) {
    return reject('rejected', 'no observation time with a UTC offset (OBX-14, OBR-7)');
  }
  const priority = vitalCodes.indexOf(entry);
  return {
    outcome: { ...base, outcome: 'charted', reason: rule.meaning },
    accepted: {
      measure: entry.measure,
      value: converted.value,
      takenAt,
      status: obx.status.trim().toUpperCase(),
      priority,
    },
  };
}

function readingStatus(statuses: readonly string[]): DeviceReadingStatus {
  if (statuses.includes('C')) {
    return 'corrected';
  }
  return statuses.every((s) => s === 'F') ? 'final' : 'unverified';
}

function group(accepted: readonly Accepted[]): DeviceReading[] {
  const byTime = new Map<string, Accepted[]>();
  for (const item of accepted) {
    byTime.set(item.takenAt, [...(byTime.get(item.takenAt) ?? []), item]);
  }
  return [...byTime.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([takenAt, items]) => {
      const values: Partial<Record<VitalMeasure, number>> = {};
      for (const item of items) {
        values[item.measure] = item.value;
      }
      return {
        kind: 'vitals',
        source: 'device',
        takenAt,
        status: readingStatus(items.map((i) => i.status)),
        ...values,
      };
    });
}

/**
 * Maps one message. When two codes give the same vital at the same time (ECG heart rate and
 * pulse rate), the one listed first in `vitalCodes` is charted and the other is a duplicate.
 */
export function mapDeviceObservations(facts: DeviceMessageFacts): DeviceMapping {
  const judged = facts.observations.map((obx) => judge(facts, obx));
  const kept = new Map<string, Accepted>();
  for (const { accepted } of judged) {
    if (accepted === undefined) {
      continue;
    }
    const key = `${accepted.takenAt}|${accepted.measure}`;
    const current = kept.get(key);
    if (current === undefined || accepted.priority < current.priority) {
      kept.set(key, accepted);
    }
  }
  const winners = new Set(kept.values());
  const outcomes = judged.map(({ outcome, accepted }) =>
    accepted !== undefined && !winners.has(accepted)
      ? { ...outcome, outcome: 'duplicate' as const, reason: 'another code gave this vital at the same time' }
      : outcome,
  );
  const demo =
    facts.processingId.trim().toUpperCase() !== 'P' || facts.observations.some((o) => isDemoObservation('P', o));
  return { demo, readings: group([...winners]), outcomes };
}
