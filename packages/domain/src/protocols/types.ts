/**
 * A treatment protocol as versioned data (DEFAULTS.md §1). A clinic's medical director edits a
 * protocol by making a new version with a reason; `validateProtocolRevision` decides what may change.
 */
import type { IndicationCode } from '../intake/codes.js';
import type { RuleSeverity, RuleSource } from './rule-types.js';

export const ProtocolId = {
  IvDepression: 'iv-depression',
  IvPain: 'iv-pain',
  ImDepression: 'im-depression',
  InEsketamineTrd: 'in-esketamine-trd',
} as const;
export type ProtocolId = (typeof ProtocolId)[keyof typeof ProtocolId];

export const Route = { Intravenous: 'iv', Intramuscular: 'im', Intranasal: 'intranasal' } as const;
export type Route = (typeof Route)[keyof typeof Route];

export const Drug = { RacemicKetamine: 'racemic-ketamine', Esketamine: 'esketamine' } as const;
export type Drug = (typeof Drug)[keyof typeof Drug];

/** How the dose is expressed; each mode has its own calculation in dosing/. */
export const DoseMode = {
  MgPerKgOverDuration: 'mg-per-kg-over-duration',
  MgPerKgPerHourInfusion: 'mg-per-kg-per-hour-infusion',
  MgPerKgSingleInjection: 'mg-per-kg-single-injection',
  FixedMgDevices: 'fixed-mg-devices',
} as const;
export type DoseMode = (typeof DoseMode)[keyof typeof DoseMode];

/** Defaults offered to the prescriber; limits live in `limits`, not here. */
export type DoseSpec =
  | {
      readonly mode: typeof DoseMode.MgPerKgOverDuration;
      readonly defaultDoseMgPerKg: number;
      readonly defaultDurationMin: number;
    }
  | {
      readonly mode: typeof DoseMode.MgPerKgPerHourInfusion;
      readonly defaultInfusionMgPerKgPerHour: number;
      readonly defaultDurationMin: number;
      /** An optional loading bolus; null = none by default. */
      readonly defaultBolusMgPerKg: number | null;
    }
  | {
      readonly mode: typeof DoseMode.MgPerKgSingleInjection;
      readonly defaultDoseMgPerKg: number;
    }
  | {
      readonly mode: typeof DoseMode.FixedMgDevices;
      readonly deviceMg: number;
      readonly firstSessionDoseMg: number;
      readonly deviceIntervalMin: number;
    };

/** The quantity a limit is checked on (always the rounded, deliverable value). */
export const LimitQuantity = {
  DoseMgPerKg: 'doseMgPerKg',
  InfusionMgPerKgPerHour: 'infusionMgPerKgPerHour',
  BolusMgPerKg: 'bolusMgPerKg',
  DurationMin: 'durationMin',
  ConcentrationMgPerMl: 'concentrationMgPerMl',
  DoseMg: 'doseMg',
  WeightAgeDays: 'weightAgeDays',
} as const;
export type LimitQuantity = (typeof LimitQuantity)[keyof typeof LimitQuantity];

/** When a limit fires. Thresholds are exclusive: `above 1.0` fires at 1.01, not at 1.0. */
export type LimitCheck =
  | { readonly kind: 'above'; readonly threshold: number }
  | { readonly kind: 'below'; readonly threshold: number }
  | { readonly kind: 'not-one-of'; readonly allowed: readonly number[] }
  /** Fires when the dose equals `doseMg` and no earlier session had `priorDoseMg`. */
  | { readonly kind: 'requires-prior-dose'; readonly doseMg: number; readonly priorDoseMg: number };

/** One dose limit, a rule in its own right. */
export interface DoseLimit {
  readonly id: string;
  readonly version: number;
  readonly quantity: LimitQuantity;
  readonly check: LimitCheck;
  readonly severity: typeof RuleSeverity.SoftStop | typeof RuleSeverity.HardStop;
  /** A label [L] limit: a revision may tighten it but never loosen, remove or soften it. */
  readonly labelLimit: boolean;
  readonly source: RuleSource;
  readonly message: string;
}

/** Fasting before a session (REFERENCE.md §11). */
export interface FastingRule {
  readonly solidFoodMin: number;
  readonly clearLiquidsMin: number;
  readonly labelLimit: boolean;
  readonly source: RuleSource;
}

/** Whether a pregnancy test is needed, and how old a negative result may be. */
export interface PregnancyTestRule {
  readonly requiredIfCanBecomePregnant: boolean;
  readonly maxAgeDays: number;
  readonly source: RuleSource;
}

export interface Protocol {
  readonly id: ProtocolId;
  readonly version: number;
  readonly title: string;
  readonly route: Route;
  readonly drug: Drug;
  readonly dose: DoseSpec;
  readonly limits: readonly DoseLimit[];
  readonly fasting: FastingRule;
  readonly pregnancyTest: PregnancyTestRule;
  /** The indications this protocol treats; another qualifying indication needs review. */
  readonly indications: readonly IndicationCode[];
  readonly source: RuleSource;
  /** Why this version exists (shipped default, or the medical director's reason). */
  readonly revisionReason: string;
}
