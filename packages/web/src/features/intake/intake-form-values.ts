/**
 * The intake form's editable state (text for every number, so an empty box stays "missing" and is
 * never read as 0) and its conversion to the API body. Missing required numbers are reported at
 * the field before anything is sent; ranges are checked by the server's validateIntake.
 */
import type { IntakeBody } from '@chairside/contract';
import { CM_PER_INCH, KG_PER_LB } from '@chairside/domain';

export interface MedicationRow {
  name: string;
  dose: string;
  unit: string;
  frequency: string;
  maxDosesPerDay: string;
}
export interface CodedRow {
  code: string;
  date: string;
  note: string;
}

export interface IntakeFormValues {
  dateOfBirth: string;
  sexAtBirth: string;
  indications: string[];
  failedTrials: string;
  priorTreatments: { kind: string; response: string; lastOn: string; note: string }[];
  conditions: CodedRow[];
  allergies: { substance: string; reaction: string }[];
  medications: MedicationRow[];
  painConditions: { description: string; averagePainNrs: string }[];
  sleepHours: string;
  substances: CodedRow[];
  canBecomePregnant: string;
  pregnancyStatus: string;
  pregnancyTestResult: string;
  pregnancyTestedOn: string;
  breastfeeding: boolean;
  phq9Item9: string;
  cssrsPositive: boolean;
  systolic: string;
  diastolic: string;
  heartRate: string;
  spo2: string;
  vitalsAt: string;
  weight: string;
  weightUnit: 'kg' | 'lb';
  weightAt: string;
  height: string;
  heightUnit: 'cm' | 'in';
}

/** A local date-time for an <input type="datetime-local"> (now, to the minute). */
export function localNow(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

export function emptyIntake(patient: { dateOfBirth: string; sexAtBirth: string }): IntakeFormValues {
  const now = localNow();
  return {
    dateOfBirth: patient.dateOfBirth,
    sexAtBirth: patient.sexAtBirth,
    indications: [],
    failedTrials: '',
    priorTreatments: [],
    conditions: [],
    allergies: [],
    medications: [],
    painConditions: [],
    sleepHours: '',
    substances: [],
    canBecomePregnant: patient.sexAtBirth === 'male' ? 'no' : 'unknown',
    pregnancyStatus: patient.sexAtBirth === 'male' ? 'not-pregnant' : 'unknown',
    pregnancyTestResult: '',
    pregnancyTestedOn: '',
    breastfeeding: false,
    phq9Item9: '',
    cssrsPositive: false,
    systolic: '',
    diastolic: '',
    heartRate: '',
    spo2: '',
    vitalsAt: now,
    weight: '',
    weightUnit: 'kg',
    weightAt: now,
    height: '',
    heightUnit: 'cm',
  };
}

const numberOf = (text: string): number | undefined => {
  const trimmed = text.trim().replace(',', '.');
  return trimmed === '' ? undefined : Number(trimmed);
};
/** A number the required-field check has already seen present and numeric. */
const present = (text: string): number => Number(text.trim().replace(',', '.'));
const opt = <K extends string, V>(key: K, value: V | undefined | ''): Partial<Record<K, V>> =>
  value === undefined || value === '' ? {} : ({ [key]: value } as Record<K, V>);
const instant = (local: string): string => (local ? new Date(local).toISOString() : '');

/** The other unit's value of a measure, for showing both (e.g. "= 176.4 lb"). */
export function otherUnit(value: string, unit: 'kg' | 'lb' | 'cm' | 'in'): string | null {
  const n = numberOf(value);
  if (n === undefined || !Number.isFinite(n) || n <= 0) {
    return null;
  }
  const table: Record<typeof unit, readonly [number, string]> = {
    kg: [n / KG_PER_LB, 'lb'],
    lb: [n * KG_PER_LB, 'kg'],
    cm: [n / CM_PER_INCH, 'in'],
    in: [n * CM_PER_INCH, 'cm'],
  };
  const [converted, otherName] = table[unit];
  return `${String(Math.round(converted * 10) / 10)} ${otherName}`;
}

function requiredNumbers(v: IntakeFormValues): Record<string, string> {
  const required: [string, string][] = [
    ['failedAdequateAntidepressantTrials', v.failedTrials],
    ['vitals/systolicMmHg', v.systolic],
    ['vitals/diastolicMmHg', v.diastolic],
    ['vitals/heartRateBpm', v.heartRate],
    ['vitals/spo2Pct', v.spo2],
    ['weight/value', v.weight],
  ];
  const errors: Record<string, string> = {};
  for (const [field, text] of required) {
    const n = numberOf(text);
    if (n === undefined) {
      errors[field] = 'Required';
    } else if (!Number.isFinite(n)) {
      errors[field] = 'Enter a number';
    }
  }
  return errors;
}

/** The API body, or the fields that must be filled first. */
export function toIntakeBody(v: IntakeFormValues): { body: IntakeBody | null; errors: Record<string, string> } {
  const errors = requiredNumbers(v);
  if (Object.keys(errors).length > 0) {
    return { body: null, errors };
  }
  const at = instant(v.vitalsAt);
  const body: IntakeBody = {
    dateOfBirth: v.dateOfBirth,
    sexAtBirth: v.sexAtBirth,
    indications: v.indications.map((code) => ({ code })),
    failedAdequateAntidepressantTrials: present(v.failedTrials),
    priorTreatments: v.priorTreatments.map((p) => ({
      kind: p.kind,
      response: p.response,
      ...opt('lastOn', p.lastOn),
      ...opt('note', p.note),
    })),
    conditions: v.conditions.map((c) => ({ code: c.code, ...opt('onsetDate', c.date), ...opt('note', c.note) })),
    allergies: v.allergies.map((a) => ({ substance: a.substance, ...opt('reaction', a.reaction) })),
    medications: v.medications.map((m) => ({
      name: m.name,
      ...opt('dose', numberOf(m.dose)),
      ...opt('unit', m.unit),
      ...opt('frequency', m.frequency),
      ...opt('maxDosesPerDay', numberOf(m.maxDosesPerDay)),
    })),
    painConditions: v.painConditions.map((p) => ({
      description: p.description,
      ...opt('averagePainNrs', numberOf(p.averagePainNrs)),
    })),
    sleep: { ...opt('averageHoursPerNight', numberOf(v.sleepHours)) },
    recentSubstanceUse: v.substances.map((s) => ({
      substance: s.code,
      ...opt('lastUsedOn', s.date),
      ...opt('note', s.note),
    })),
    pregnancy: {
      canBecomePregnant: v.canBecomePregnant,
      status: v.pregnancyStatus,
      ...opt('testResult', v.pregnancyTestResult),
      ...opt('testedOn', v.pregnancyTestedOn),
    },
    breastfeeding: v.breastfeeding,
    suicideScreen: {
      ...opt('phq9Item9', numberOf(v.phq9Item9)),
      cssrsScreenPositive: v.cssrsPositive,
      assessedOn: at.slice(0, 10),
    },
    vitals: {
      systolicMmHg: present(v.systolic),
      diastolicMmHg: present(v.diastolic),
      heartRateBpm: present(v.heartRate),
      spo2Pct: present(v.spo2),
      measuredAt: at,
    },
    weight: { value: present(v.weight), unit: v.weightUnit, measuredAt: instant(v.weightAt) },
    ...(numberOf(v.height) === undefined
      ? {}
      : { height: { value: present(v.height), unit: v.heightUnit, measuredAt: instant(v.weightAt) } }),
  };
  return { body, errors: {} };
}
