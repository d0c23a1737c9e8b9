/**
 * Total daily dose of a medication from what intake records: dose, unit and frequency. Anything
 * that cannot be turned into mg/day without a guess (an "as needed" dose without a maximum, a
 * dose in tablets, a missing frequency) is reported as not computed, with the reason.
 */
import { roundToDecimals } from '../units/rounding.js';

/** Frequency vocabulary of the intake form. */
export const DoseFrequency = {
  OnceDaily: 'once-daily',
  TwiceDaily: 'twice-daily',
  ThreeTimesDaily: 'three-times-daily',
  FourTimesDaily: 'four-times-daily',
  AtBedtime: 'at-bedtime',
  EveryOtherDay: 'every-other-day',
  Weekly: 'weekly',
  EveryTwoWeeks: 'every-2-weeks',
  EveryFourWeeks: 'every-4-weeks',
  AsNeeded: 'as-needed',
} as const;
export type DoseFrequency = (typeof DoseFrequency)[keyof typeof DoseFrequency];

/** Units a dose may be recorded in. Only mass units convert to mg; the rest need a strength. */
export const DoseUnit = {
  Mg: 'mg',
  Mcg: 'mcg',
  G: 'g',
  Ml: 'mL',
  Tablet: 'tablet',
  Capsule: 'capsule',
  Patch: 'patch',
  McgPerHour: 'mcg/h',
  Other: 'other',
} as const;
export type DoseUnit = (typeof DoseUnit)[keyof typeof DoseUnit];

/** A current medication as intake records it. */
export interface MedicationInput {
  readonly name: string;
  readonly dose?: number;
  readonly unit?: DoseUnit;
  readonly frequency?: DoseFrequency;
  /** Required to total an "as needed" medication: the most doses taken in one day. */
  readonly maxDosesPerDay?: number;
  readonly note?: string;
}

const mgPerUnit: Readonly<Record<DoseUnit, number | null>> = {
  mg: 1,
  mcg: 0.001,
  g: 1000,
  mL: null,
  tablet: null,
  capsule: null,
  patch: null,
  'mcg/h': null,
  other: null,
};

/** Administrations per day for scheduled frequencies; null for "as needed" (needs a maximum). */
export const administrationsPerDay: Readonly<Record<DoseFrequency, number | null>> = {
  'once-daily': 1,
  'twice-daily': 2,
  'three-times-daily': 3,
  'four-times-daily': 4,
  'at-bedtime': 1,
  'every-other-day': 1 / 2,
  weekly: 1 / 7,
  'every-2-weeks': 1 / 14,
  'every-4-weeks': 1 / 28,
  'as-needed': null,
};

export type DailyDose =
  { readonly ok: true; readonly mgPerDay: number } | { readonly ok: false; readonly reason: string };

function perDay(medication: MedicationInput): number | string {
  if (medication.frequency === undefined) {
    return 'no frequency recorded';
  }
  const scheduled = administrationsPerDay[medication.frequency];
  if (scheduled !== null) {
    return scheduled;
  }
  const max = medication.maxDosesPerDay;
  if (max === undefined) {
    return '"as needed" without a maximum number of doses per day';
  }
  return Number.isFinite(max) && max > 0 ? max : 'the maximum doses per day is not a positive number';
}

/**
 * The daily dose in mg, or why it cannot be computed. "As needed" counts at its maximum per day
 * (the worst case), never at a guessed typical use.
 * @param medication - dose, unit and frequency as recorded
 */
export function dailyDoseMg(medication: MedicationInput): DailyDose {
  const { dose, unit } = medication;
  if (dose === undefined || unit === undefined) {
    return { ok: false, reason: 'no dose or unit recorded' };
  }
  if (!Number.isFinite(dose) || dose <= 0) {
    return { ok: false, reason: 'the dose is not a positive number' };
  }
  const factor = mgPerUnit[unit];
  if (factor === null) {
    return { ok: false, reason: `a dose in ${unit} cannot be converted to mg without the strength` };
  }
  const times = perDay(medication);
  if (typeof times === 'string') {
    return { ok: false, reason: times };
  }
  // Six decimals removes float noise (0.1 × 3) without changing any clinical figure.
  return { ok: true, mgPerDay: roundToDecimals(dose * factor * times, 6, 'nearest') };
}
