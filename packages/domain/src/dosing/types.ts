/** Inputs and results of `calculateDose`. Results are plain JSON: they are shown and signed. */
import type { MeasuredHeight, MeasuredWeight } from '../intake/types.js';
import type { SexAtBirth } from '../patients/patient.js';
import type { RuleFinding } from '../protocols/rule-types.js';
import type { Protocol } from '../protocols/types.js';

export const WeightBasis = { Actual: 'actual', Ideal: 'ideal', Adjusted: 'adjusted' } as const;
export type WeightBasis = (typeof WeightBasis)[keyof typeof WeightBasis];

/**
 * What the prescriber asks for. Which fields are required depends on the protocol's dose mode; a
 * field the mode does not use is rejected (a silently ignored number is a trap).
 */
export interface DoseRequest {
  readonly protocol: Protocol;
  /** ISO instant from the Clock: the weight's age is measured to it. */
  readonly now: string;
  readonly weight?: MeasuredWeight;
  readonly basis?: WeightBasis;
  readonly height?: MeasuredHeight;
  readonly sexAtBirth?: SexAtBirth;
  /** iv-depression, im-depression. */
  readonly doseMgPerKg?: number;
  /** iv-pain. */
  readonly infusionMgPerKgPerHour?: number;
  /** iv-pain, optional loading bolus (same prepared concentration). */
  readonly bolusMgPerKg?: number;
  /** IV protocols. */
  readonly durationMin?: number;
  /** IV and IM: the concentration of the prepared syringe or bag. */
  readonly concentrationMgPerMl?: number;
  /** Esketamine: the fixed dose. */
  readonly doseMg?: number;
  /** Esketamine: doses of the patient's earlier esketamine sessions (empty for the first). */
  readonly priorEsketamineDosesMg?: readonly number[];
}

/** The dosing weight and how it was chosen; every weight is shown, whichever basis was used. */
export interface DosingWeight {
  readonly basis: WeightBasis;
  readonly actualKg: number;
  readonly actualLb: number;
  readonly measuredAt: string;
  readonly ageDays: number;
  readonly heightCm: number | null;
  readonly idealKg: number | null;
  readonly adjustedKg: number | null;
  readonly dosingKg: number;
}

export type DoseAmounts =
  | {
      readonly mode: 'mg-per-kg-over-duration' | 'mg-per-kg-single-injection';
      readonly requestedMgPerKg: number;
      readonly doseMg: number;
      /** mg/kg of the rounded dose: what the limits were checked on. */
      readonly checkedMgPerKg: number;
      readonly volumeMl: number;
      readonly concentrationMgPerMl: number;
      /** IV only. */
      readonly durationMin: number | null;
      readonly rateMlPerHour: number | null;
    }
  | {
      readonly mode: 'mg-per-kg-per-hour-infusion';
      readonly requestedMgPerKgPerHour: number;
      readonly rateMlPerHour: number;
      readonly checkedMgPerKgPerHour: number;
      readonly durationMin: number;
      readonly infusionVolumeMl: number;
      readonly infusionDoseMg: number;
      readonly concentrationMgPerMl: number;
      readonly bolus: {
        readonly requestedMgPerKg: number;
        readonly doseMg: number;
        readonly checkedMgPerKg: number;
        readonly volumeMl: number;
      } | null;
      readonly totalDoseMg: number;
    }
  | {
      readonly mode: 'fixed-mg-devices';
      readonly doseMg: number;
      readonly deviceMg: number;
      /** Null when the dose is not a whole number of devices (it is then a hard-stop). */
      readonly deviceCount: number | null;
      readonly deviceIntervalMin: number;
      readonly administrationMin: number | null;
      readonly priorEsketamineDosesMg: readonly number[];
    };

export const DoseStatus = { Within: 'within', SoftStop: 'soft-stop', HardStop: 'hard-stop' } as const;
export type DoseStatus = (typeof DoseStatus)[keyof typeof DoseStatus];

export interface DoseResult {
  /** within = no stop (warnings may still be shown); otherwise the worst stop among the findings. */
  readonly status: DoseStatus;
  readonly protocol: { readonly id: string; readonly version: number };
  readonly calculatedAt: string;
  readonly weight: DosingWeight | null;
  readonly amounts: DoseAmounts;
  readonly rounding: typeof doseRounding;
  readonly findings: readonly RuleFinding[];
}

/**
 * Rounding applied, stated with every result. Everything rounds DOWN, so a rounded value is never
 * more drug, or faster, than the exact one: rounding can never raise a dose across a limit, and
 * limits are checked on the rounded values (DEFAULTS.md §1).
 */
export const doseRounding = {
  doseMg: { decimals: 1, direction: 'down' },
  volumeMl: { decimals: 2, direction: 'down' },
  rateMlPerHour: { decimals: 1, direction: 'down' },
  statement:
    'Dose rounded down to 0.1 mg, volume down to 0.01 mL, pump rate down to 0.1 mL/h. Limits are checked on the rounded values; rounding down never raises a dose or shortens an infusion.',
} as const;
