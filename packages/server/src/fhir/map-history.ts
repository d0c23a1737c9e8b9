import {
  conditionLabels,
  indicationLabels,
  type ConditionCode,
  type DoseFrequency,
  type MedicationInput,
} from '@chairside/domain';
import type {
  AllergyIntolerance,
  CodeableConcept,
  Coding,
  Condition,
  Dosage,
  MedicationStatement,
} from '@medplum/fhirtypes';
import type { ExternalCoding, ExternalRecordRow } from '../app/continuity-ports.js';
import type { IntakeVersionRecord } from '../app/intake-ports.js';
import { patientRef } from './map-patient.js';
import { opt } from './patient-record.js';
import { localSystem, system } from './systems.js';

const clinical = (code: string): CodeableConcept => ({ coding: [{ system: system.conditionClinical, code }] });
const category = (code: 'indication' | 'history'): CodeableConcept[] => [
  { coding: [{ system: system.conditionCategory, code: 'problem-list-item', display: 'Problem List Item' }] },
  { coding: [{ system: localSystem.conditionCategory, code }] },
];

/** History items that name something past, not a current problem. */
const pastConditionCodes: readonly ConditionCode[] = [
  'substance-use-disorder-past',
  'intracerebral-haemorrhage-history',
  'ketamine-misuse-history',
];

/**
 * Conditions of the intake: the reasons for referral (indications) and the medical and
 * psychiatric history, each coded in Chairside's own code system with its label.
 */
export function intakeConditions(intake: IntakeVersionRecord): Condition[] {
  const subject = patientRef({ id: intake.patientId });
  const indications: Condition[] = intake.data.indications.map((item, index) => ({
    resourceType: 'Condition',
    id: `${intake.id}-ind-${index + 1}`,
    clinicalStatus: clinical('active'),
    category: category('indication'),
    code: codeOf(localSystem.indication, item.code, indicationLabels[item.code]),
    subject,
    recordedDate: intake.at,
    ...(item.note ? { note: [{ text: item.note }] } : {}),
  }));
  const history: Condition[] = intake.data.conditions.map((item, index) => ({
    resourceType: 'Condition',
    id: `${intake.id}-cond-${index + 1}`,
    clinicalStatus: clinical(pastConditionCodes.includes(item.code) ? 'resolved' : 'active'),
    category: category('history'),
    code: codeOf(localSystem.condition, item.code, conditionLabels[item.code]),
    subject,
    ...opt('onsetDateTime', item.onsetDate),
    recordedDate: intake.at,
    ...(item.note ? { note: [{ text: item.note }] } : {}),
  }));
  return [...indications, ...history];
}

export function intakeAllergies(intake: IntakeVersionRecord): AllergyIntolerance[] {
  return intake.data.allergies.map((item, index) => ({
    resourceType: 'AllergyIntolerance',
    id: `${intake.id}-alg-${index + 1}`,
    clinicalStatus: { coding: [{ system: system.allergyClinical, code: 'active' }] },
    code: { text: item.substance },
    patient: patientRef({ id: intake.patientId }),
    recordedDate: intake.at,
    ...(item.reaction ? { reaction: [{ manifestation: [{ text: item.reaction }] }] } : {}),
  }));
}

export function intakeMedications(intake: IntakeVersionRecord): MedicationStatement[] {
  return intake.data.medications.map((item, index) =>
    medicationStatement(`${intake.id}-med-${index + 1}`, intake.patientId, intake.at, item, []),
  );
}

/** Conditions, allergies and medications imported from another system, with their original codes. */
export function externalHistory(row: ExternalRecordRow): {
  conditions: Condition[];
  allergies: AllergyIntolerance[];
  medications: MedicationStatement[];
} {
  const subject = patientRef({ id: row.patientId });
  return {
    conditions: row.conditions.map((c, index) => ({
      resourceType: 'Condition',
      id: `${row.id}-cond-${index + 1}`,
      ...(c.clinicalStatus ? { clinicalStatus: clinical(c.clinicalStatus) } : {}),
      category: category('history'),
      code: { coding: c.coding.map(toCoding), text: c.text },
      subject,
      ...opt('onsetDateTime', c.onsetDate),
      recordedDate: row.importedAt,
    })),
    allergies: row.allergies.map((a, index) => ({
      resourceType: 'AllergyIntolerance',
      id: `${row.id}-alg-${index + 1}`,
      clinicalStatus: { coding: [{ system: system.allergyClinical, code: 'active' }] },
      code: { ...(a.coding.length > 0 ? { coding: a.coding.map(toCoding) } : {}), text: a.substance },
      patient: subject,
      recordedDate: row.importedAt,
      ...(a.reaction ? { reaction: [{ manifestation: [{ text: a.reaction }] }] } : {}),
    })),
    medications: row.medications.map((m, index) =>
      medicationStatement(`${row.id}-med-${index + 1}`, row.patientId, row.importedAt, m, m.coding),
    ),
  };
}

function codeOf(codeSystem: string, code: string, display: string | undefined): CodeableConcept {
  return { coding: [{ system: codeSystem, code, ...opt('display', display) }], text: display ?? code };
}

function toCoding(c: ExternalCoding): Coding {
  return { ...opt('system', c.system), ...opt('code', c.code), ...opt('display', c.display) };
}

/** Timing of each intake frequency (FHIR R4 Timing.repeat: frequency per period). */
const repeatOf: Readonly<
  Record<Exclude<DoseFrequency, 'as-needed'>, { frequency: number; period: number; periodUnit: 'd' | 'wk' }>
> = {
  'once-daily': { frequency: 1, period: 1, periodUnit: 'd' },
  'twice-daily': { frequency: 2, period: 1, periodUnit: 'd' },
  'three-times-daily': { frequency: 3, period: 1, periodUnit: 'd' },
  'four-times-daily': { frequency: 4, period: 1, periodUnit: 'd' },
  'at-bedtime': { frequency: 1, period: 1, periodUnit: 'd' },
  'every-other-day': { frequency: 1, period: 2, periodUnit: 'd' },
  weekly: { frequency: 1, period: 1, periodUnit: 'wk' },
  'every-2-weeks': { frequency: 1, period: 2, periodUnit: 'wk' },
  'every-4-weeks': { frequency: 1, period: 4, periodUnit: 'wk' },
};

/** UCUM codes of the mass and volume units; counted forms (tablet, patch) are UCUM annotations. */
const ucumOf: Readonly<Record<string, string>> = {
  mg: 'mg',
  mcg: 'ug',
  g: 'g',
  mL: 'mL',
  tablet: '{tablet}',
  capsule: '{capsule}',
  patch: '{patch}',
  'mcg/h': 'ug/h',
};

function dosageOf(m: MedicationInput): Dosage {
  const text = [m.dose !== undefined ? `${m.dose} ${m.unit ?? ''}`.trim() : null, m.frequency ?? null, m.note ?? null]
    .filter((part) => part !== null)
    .join(', ');
  const ucum = m.unit ? ucumOf[m.unit] : undefined;
  const repeat = m.frequency && m.frequency !== 'as-needed' ? repeatOf[m.frequency] : undefined;
  return {
    ...(text ? { text } : {}),
    ...(m.frequency
      ? {
          timing: {
            ...(repeat ? { repeat: { ...repeat, ...(m.frequency === 'at-bedtime' ? { when: ['HS'] } : {}) } } : {}),
            code: { coding: [{ system: localSystem.doseFrequency, code: m.frequency }] },
          },
        }
      : {}),
    ...(m.frequency === 'as-needed' ? { asNeededBoolean: true } : {}),
    ...(m.dose !== undefined
      ? {
          doseAndRate: [
            {
              doseQuantity: {
                value: m.dose,
                ...opt('unit', m.unit),
                ...(ucum ? { system: system.ucum, code: ucum } : {}),
              },
            },
          ],
        }
      : {}),
    ...(m.maxDosesPerDay !== undefined
      ? {
          maxDosePerPeriod: {
            numerator: { value: m.maxDosesPerDay, unit: 'doses' },
            denominator: { value: 1, unit: 'd', system: system.ucum, code: 'd' },
          },
        }
      : {}),
  };
}

function medicationStatement(
  id: string,
  patientId: string,
  at: string,
  m: MedicationInput,
  coding: readonly ExternalCoding[],
): MedicationStatement {
  const dosage = dosageOf(m);
  return {
    resourceType: 'MedicationStatement',
    id,
    status: 'active',
    medicationCodeableConcept: { ...(coding.length > 0 ? { coding: coding.map(toCoding) } : {}), text: m.name },
    subject: patientRef({ id: patientId }),
    dateAsserted: at,
    ...(m.note ? { note: [{ text: m.note }] } : {}),
    ...(Object.keys(dosage).length > 0 ? { dosage: [dosage] } : {}),
  };
}
