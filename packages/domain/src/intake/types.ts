/**
 * The intake record: what staff (and later the patient portal) capture before screening. The same
 * shape feeds `validateIntake` and `evaluateScreening`.
 */
import type { MedicationInput } from '../formulary/daily-dose.js';
import type { MedicationMatch } from '../formulary/types.js';
import type { SexAtBirth } from '../patients/patient.js';
import type {
  ConditionCode,
  IndicationCode,
  PregnancyStatus,
  PregnancyTestResult,
  PriorTreatmentKind,
  SubstanceCode,
  TreatmentResponse,
  YesNoUnknown,
} from './codes.js';

export interface MeasuredWeight {
  readonly value: number;
  readonly unit: 'kg' | 'lb';
  /** ISO instant of the measurement. */
  readonly measuredAt: string;
}

export interface MeasuredHeight {
  readonly value: number;
  readonly unit: 'cm' | 'in';
  readonly measuredAt: string;
}

export interface RestingVitals {
  readonly systolicMmHg: number;
  readonly diastolicMmHg: number;
  readonly heartRateBpm: number;
  readonly spo2Pct: number;
  readonly measuredAt: string;
}

export interface IntakeInput {
  /** YYYY-MM-DD. */
  readonly dateOfBirth: string;
  readonly sexAtBirth: SexAtBirth;
  readonly indications: readonly { readonly code: IndicationCode; readonly note?: string }[];
  /** Failed adequate antidepressant trials in the current episode (TRD = ≥ 2). */
  readonly failedAdequateAntidepressantTrials: number;
  readonly priorTreatments: readonly {
    readonly kind: PriorTreatmentKind;
    readonly response: TreatmentResponse;
    readonly lastOn?: string;
    readonly note?: string;
  }[];
  readonly conditions: readonly { readonly code: ConditionCode; readonly onsetDate?: string; readonly note?: string }[];
  readonly allergies: readonly { readonly substance: string; readonly reaction?: string }[];
  readonly medications: readonly MedicationInput[];
  readonly painConditions: readonly { readonly description: string; readonly averagePainNrs?: number }[];
  readonly sleep: { readonly averageHoursPerNight?: number; readonly note?: string };
  readonly recentSubstanceUse: readonly {
    readonly substance: SubstanceCode;
    readonly lastUsedOn?: string;
    readonly note?: string;
  }[];
  readonly pregnancy: {
    readonly canBecomePregnant: YesNoUnknown;
    readonly status: PregnancyStatus;
    readonly testResult?: PregnancyTestResult;
    /** YYYY-MM-DD; required with a test result. */
    readonly testedOn?: string;
  };
  readonly breastfeeding: boolean;
  /** PHQ-9 item 9 and/or the C-SSRS screener, as assessed on `assessedOn`. */
  readonly suicideScreen?: {
    readonly phq9Item9?: number;
    readonly cssrsScreenPositive?: boolean;
    readonly assessedOn: string;
  };
  readonly vitals: RestingVitals;
  readonly weight: MeasuredWeight;
  readonly height?: MeasuredHeight;
}

/** An intake that passed validation, with the values screening derives from it. */
export interface ValidIntake extends IntakeInput {
  readonly derived: {
    readonly ageYears: number;
    readonly weightKg: number;
    readonly weightLb: number;
    readonly heightCm: number | null;
    /** One per medication, in order; unrecognised names are kept and flagged for review. */
    readonly medicationMatches: readonly MedicationMatch[];
  };
}
