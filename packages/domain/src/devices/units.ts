/**
 * Unit conversion for monitor observations. Units arrive as MDC unit codes (IEEE 11073-10101
 * partition 4, e.g. 266016 MDC_DIM_MMHG) or UCUM codes (`mm[Hg]`, `%`, `/min`). An unknown
 * unit rejects that observation: a number in an unknown unit is never guessed.
 * kPa → mmHg: 1 kPa = 7.50062 mmHg [G] (1 mmHg = 133.322 Pa, BIPM SI brochure conventional value).
 */
import type { VitalMeasure } from '../monitoring/vital-reading.js';

type Dimension = 'pressure' | 'percent' | 'rate';

interface UnitEntry {
  readonly dimension: Dimension;
  readonly toBase: (value: number) => number;
}

const same = (value: number): number => value;
const mmHg: UnitEntry = { dimension: 'pressure', toBase: same };
const kPa: UnitEntry = { dimension: 'pressure', toBase: (value) => value * 7.50062 };
const percent: UnitEntry = { dimension: 'percent', toBase: same };
const perMinute: UnitEntry = { dimension: 'rate', toBase: same };

/** Keys are matched case-sensitively for UCUM (it is case-sensitive) and as numbers for MDC. */
const units: Readonly<Record<string, UnitEntry>> = {
  '266016': mmHg, // MDC_DIM_MMHG
  'mm[Hg]': mmHg,
  mmHg: mmHg,
  '265996': kPa, // MDC_DIM_KILO_PASCAL
  kPa: kPa,
  '262688': percent, // MDC_DIM_PERCENT
  '%': percent,
  '264864': perMinute, // MDC_DIM_BEAT_PER_MIN
  '264928': perMinute, // MDC_DIM_RESP_PER_MIN
  '/min': perMinute,
  '{beats}/min': perMinute,
  '{breaths}/min': perMinute,
  bpm: perMinute,
};

const dimensionOf: Readonly<Record<VitalMeasure, Dimension>> = {
  systolicMmHg: 'pressure',
  diastolicMmHg: 'pressure',
  etco2MmHg: 'pressure',
  spo2Pct: 'percent',
  heartRateBpm: 'rate',
  respiratoryRatePerMin: 'rate',
};

export type UnitResult =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly reason: string };

/**
 * Converts a value to the unit the measure is charted in (mmHg, %, /min).
 * @param unitCode - OBX-6.1 (MDC number or UCUM code); empty is rejected
 */
export function convertUnit(measure: VitalMeasure, value: number, unitCode: string): UnitResult {
  const entry = units[unitCode.trim()];
  if (entry === undefined) {
    return { ok: false, reason: `unknown unit "${unitCode}"` };
  }
  if (entry.dimension !== dimensionOf[measure]) {
    return { ok: false, reason: `unit "${unitCode}" does not measure ${measure}` };
  }
  return { ok: true, value: Math.round(entry.toBase(value) * 10) / 10 };
}
