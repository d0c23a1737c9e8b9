/**
 * The intake form as data: sections and fields with their bounds and choices. The staff UI and the
 * patient portal render this one definition, and `validateIntake` checks against the same bounds.
 */
import { DoseFrequency, DoseUnit } from '../formulary/daily-dose.js';
import { SexAtBirth } from '../patients/patient.js';
import { KG_PER_LB, CM_PER_INCH } from '../units/conversions.js';
import { roundToDecimals } from '../units/rounding.js';
import { intakeBounds, type NumberBounds } from './bounds.js';
import {
  allConditionCodes,
  allIndicationCodes,
  PriorTreatmentKind,
  PregnancyStatus,
  PregnancyTestResult,
  SubstanceCode,
  TreatmentResponse,
  YesNoUnknown,
} from './codes.js';
import { conditionLabels, indicationLabels, substanceLabels } from './labels.js';

export interface FormOption {
  readonly value: string;
  readonly label: string;
}

/** One field; `id` is the path in IntakeInput (`vitals/systolicMmHg`, `medications/*\/dose`). */
export type FormField =
  | ({
      readonly kind: 'number';
      readonly id: string;
      readonly label: string;
      readonly required: boolean;
    } & NumberBounds)
  | {
      readonly kind: 'quantity';
      readonly id: string;
      readonly label: string;
      readonly required: boolean;
      readonly units: readonly ({ readonly unit: string } & NumberBounds)[];
    }
  | {
      readonly kind: 'choice' | 'multi-choice';
      readonly id: string;
      readonly label: string;
      readonly required: boolean;
      readonly options: readonly FormOption[];
    }
  | {
      readonly kind: 'text' | 'date' | 'datetime' | 'boolean';
      readonly id: string;
      readonly label: string;
      readonly required: boolean;
    }
  | {
      readonly kind: 'list';
      readonly id: string;
      readonly label: string;
      readonly required: boolean;
      readonly itemFields: readonly FormField[];
    };

export interface FormSection {
  readonly id: string;
  readonly title: string;
  readonly fields: readonly FormField[];
}

export interface FormDefinition {
  readonly id: string;
  readonly version: number;
  readonly sections: readonly FormSection[];
}

const options = (values: readonly string[], labels?: Readonly<Record<string, string>>): FormOption[] =>
  values.map((value) => ({ value, label: labels?.[value] ?? value }));

const num = (id: string, label: string, bounds: NumberBounds, required = true): FormField => ({
  kind: 'number',
  id,
  label,
  required,
  ...bounds,
});
const text = (id: string, label: string, required = false): FormField => ({ kind: 'text', id, label, required });
const date = (id: string, label: string, required = false): FormField => ({ kind: 'date', id, label, required });
const choice = (
  id: string,
  label: string,
  values: readonly string[],
  labels?: Readonly<Record<string, string>>,
  required = true,
): FormField => ({
  kind: 'choice',
  id,
  label,
  required,
  options: options(values, labels),
});

/** The same kg/cm bounds expressed in lb/in, rounded inward so a value shown as allowed is allowed. */
const inOtherUnit = (
  bounds: NumberBounds,
  perUnit: number,
  unit: string,
): { readonly unit: string } & NumberBounds => ({
  unit,
  integer: false,
  min: roundToDecimals(bounds.min / perUnit, 1, 'up'),
  max: roundToDecimals(bounds.max / perUnit, 1, 'down'),
});

export const intakeForm: FormDefinition = {
  id: 'intake',
  version: 1,
  sections: [
    {
      id: 'about',
      title: 'About you',
      fields: [
        date('dateOfBirth', 'Date of birth', true),
        choice('sexAtBirth', 'Sex at birth', Object.values(SexAtBirth)),
      ],
    },
    {
      id: 'indications',
      title: 'Reason for referral',
      fields: [
        {
          kind: 'multi-choice',
          id: 'indications',
          label: 'Diagnoses / indications',
          required: true,
          options: options(allIndicationCodes, indicationLabels),
        },
        num(
          'failedAdequateAntidepressantTrials',
          'Failed adequate antidepressant trials (current episode)',
          intakeBounds.failedAdequateAntidepressantTrials,
        ),
        {
          kind: 'list',
          id: 'priorTreatments',
          label: 'Earlier ketamine, esketamine, ECT or TMS',
          required: false,
          itemFields: [
            choice('kind', 'Treatment', Object.values(PriorTreatmentKind)),
            choice('response', 'Response', Object.values(TreatmentResponse)),
            date('lastOn', 'Last treatment'),
            text('note', 'Note'),
          ],
        },
      ],
    },
    {
      id: 'history',
      title: 'Medical history',
      fields: [
        {
          kind: 'list',
          id: 'conditions',
          label: 'Conditions',
          required: false,
          itemFields: [
            choice('code', 'Condition', allConditionCodes, conditionLabels),
            date('onsetDate', 'Date (required for a heart attack)'),
            text('note', 'Note'),
          ],
        },
        {
          kind: 'list',
          id: 'allergies',
          label: 'Allergies and hypersensitivities',
          required: false,
          itemFields: [text('substance', 'Substance', true), text('reaction', 'Reaction')],
        },
        {
          kind: 'list',
          id: 'painConditions',
          label: 'Pain conditions',
          required: false,
          itemFields: [
            text('description', 'Description', true),
            num('averagePainNrs', 'Average pain (0–10)', intakeBounds.averagePainNrs, false),
          ],
        },
        num('sleep/averageHoursPerNight', 'Average sleep per night', intakeBounds.averageSleepHours, false),
        {
          kind: 'list',
          id: 'recentSubstanceUse',
          label: 'Recent substance use',
          required: false,
          itemFields: [
            choice('substance', 'Substance', Object.values(SubstanceCode), substanceLabels),
            date('lastUsedOn', 'Last used'),
            text('note', 'Note'),
          ],
        },
      ],
    },
    {
      id: 'medications',
      title: 'Current medications',
      fields: [
        {
          kind: 'list',
          id: 'medications',
          label: 'Medications',
          required: false,
          itemFields: [
            text('name', 'Name (generic or brand)', true),
            num('dose', 'Dose', intakeBounds.medicationDose, false),
            choice('unit', 'Unit', Object.values(DoseUnit), undefined, false),
            choice('frequency', 'How often', Object.values(DoseFrequency), undefined, false),
            num('maxDosesPerDay', 'Most doses in a day (for "as needed")', intakeBounds.maxDosesPerDay, false),
          ],
        },
      ],
    },
    {
      id: 'pregnancy',
      title: 'Pregnancy and breastfeeding',
      fields: [
        choice('pregnancy/canBecomePregnant', 'Can become pregnant', Object.values(YesNoUnknown)),
        choice('pregnancy/status', 'Pregnant now', Object.values(PregnancyStatus)),
        choice('pregnancy/testResult', 'Pregnancy test result', Object.values(PregnancyTestResult), undefined, false),
        date('pregnancy/testedOn', 'Pregnancy test date'),
        { kind: 'boolean', id: 'breastfeeding', label: 'Breastfeeding', required: true },
      ],
    },
    {
      id: 'risk',
      title: 'Suicide risk screen',
      fields: [
        num('suicideScreen/phq9Item9', 'PHQ-9 item 9 (0–3)', intakeBounds.phq9Item9, false),
        {
          kind: 'boolean',
          id: 'suicideScreen/cssrsScreenPositive',
          label: 'C-SSRS screener positive',
          required: false,
        },
        date('suicideScreen/assessedOn', 'Assessed on'),
      ],
    },
    {
      id: 'measurements',
      title: 'Resting vital signs and body measures',
      fields: [
        num('vitals/systolicMmHg', 'Systolic blood pressure', intakeBounds.systolicMmHg),
        num('vitals/diastolicMmHg', 'Diastolic blood pressure', intakeBounds.diastolicMmHg),
        num('vitals/heartRateBpm', 'Heart rate', intakeBounds.heartRateBpm),
        num('vitals/spo2Pct', 'SpO2', intakeBounds.spo2Pct),
        { kind: 'datetime', id: 'vitals/measuredAt', label: 'Vitals measured at', required: true },
        {
          kind: 'quantity',
          id: 'weight',
          label: 'Weight',
          required: true,
          units: [{ ...intakeBounds.weightKg }, inOtherUnit(intakeBounds.weightKg, KG_PER_LB, 'lb')],
        },
        { kind: 'datetime', id: 'weight/measuredAt', label: 'Weight measured at', required: true },
        {
          kind: 'quantity',
          id: 'height',
          label: 'Height',
          required: false,
          units: [{ ...intakeBounds.heightCm }, inOtherUnit(intakeBounds.heightCm, CM_PER_INCH, 'in')],
        },
        { kind: 'datetime', id: 'height/measuredAt', label: 'Height measured at', required: false },
      ],
    },
  ],
};
