/**
 * One set of vital signs, entered by hand or received from a monitor. Readings are checked
 * against plausible ranges before any rule reads them: the ranges catch typing and artefact
 * errors (a systolic below the diastolic, SpO2 above 100%) but are wide enough that a real,
 * dangerous value is accepted and raises its alert rather than being rejected.
 */
import { InvalidInputError, MissingInputError, type FieldFault } from '../errors.js';
import { instantMs } from './iso-time.js';

export const VitalSource = { Manual: 'manual', Device: 'device' } as const;
export type VitalSource = (typeof VitalSource)[keyof typeof VitalSource];

export interface VitalReading {
  readonly kind: 'vitals';
  readonly takenAt: string;
  readonly systolicMmHg: number;
  readonly diastolicMmHg: number;
  readonly heartRateBpm: number;
  readonly spo2Pct: number;
  readonly respiratoryRatePerMin: number;
  /** End-tidal CO2 where capnography is used (REFERENCE.md §7.1: an institutional choice). */
  readonly etco2MmHg?: number;
  readonly source: VitalSource;
}

export type VitalMeasure =
  'systolicMmHg' | 'diastolicMmHg' | 'heartRateBpm' | 'spo2Pct' | 'respiratoryRatePerMin' | 'etco2MmHg';

export interface PlausibleRange {
  readonly min: number;
  readonly max: number;
}

/**
 * Inclusive plausible ranges [P]: typo and artefact guards, not clinical limits. RR 0 (apnoea)
 * and SpO2 down to 1% are accepted on purpose, so the monitor's worst news is never discarded.
 */
export const vitalPlausibleRanges: Readonly<Record<VitalMeasure, PlausibleRange>> = {
  systolicMmHg: { min: 40, max: 300 },
  diastolicMmHg: { min: 15, max: 200 },
  heartRateBpm: { min: 20, max: 300 },
  spo2Pct: { min: 1, max: 100 },
  respiratoryRatePerMin: { min: 0, max: 80 },
  etco2MmHg: { min: 0, max: 150 },
};

const requiredMeasures = ['systolicMmHg', 'diastolicMmHg', 'heartRateBpm', 'spo2Pct', 'respiratoryRatePerMin'] as const;

function rangeFault(field: VitalMeasure, value: number): FieldFault | null {
  const range = vitalPlausibleRanges[field];
  if (!Number.isFinite(value) || value < range.min || value > range.max) {
    return { field, message: `${field} must be a number from ${range.min} to ${range.max} (got ${value})` };
  }
  return null;
}

/**
 * Throws when a reading is incomplete or implausible; every fault is listed at once.
 * @param reading - the reading as received (manual form or device message)
 */
export function validateVitalReading(reading: VitalReading): void {
  // Typed callers always send numbers; a body that skipped the schema may not.
  const received: Partial<VitalReading> = reading;
  const missing: FieldFault[] = requiredMeasures
    .filter((field) => typeof received[field] !== 'number')
    .map((field) => ({ field, message: `${field} is required` }));
  if (missing.length > 0) {
    throw new MissingInputError('The vital-sign reading is incomplete', { fields: missing });
  }
  instantMs(reading.takenAt, 'takenAt');
  const faults: FieldFault[] = [];
  for (const field of requiredMeasures) {
    const fault = rangeFault(field, reading[field]);
    if (fault !== null) {
      faults.push(fault);
    }
  }
  if (reading.etco2MmHg !== undefined) {
    const fault = rangeFault('etco2MmHg', reading.etco2MmHg);
    if (fault !== null) {
      faults.push(fault);
    }
  }
  if (reading.systolicMmHg <= reading.diastolicMmHg) {
    faults.push({ field: 'diastolicMmHg', message: 'Systolic pressure must be higher than diastolic pressure' });
  }
  if (faults.length > 0) {
    throw new InvalidInputError('The vital-sign reading is not plausible', { fields: faults });
  }
}
