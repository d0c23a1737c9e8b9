/**
 * `validateIntake`: every bound of the intake form, checked at once so the form can show every
 * problem together. Out-of-range values are rejected, never clamped (DEFAULTS.md §1).
 */
import { assertNoFaults, type FieldFault } from '../errors.js';
import { administrationsPerDay, DoseUnit } from '../formulary/daily-dose.js';
import { matchMedication } from '../formulary/match.js';
import { ageInYears } from '../patients/age.js';
import { earliestDateOfBirth, SexAtBirth } from '../patients/patient.js';
import { inchesToCm, kgToPounds, poundsToKg } from '../units/conversions.js';
import { cm, inches, kg, lb } from '../units/quantity.js';
import { boundsFault, intakeBounds } from './bounds.js';
import { checkCode, checkNumber, checkPastDate, checkPastInstant, checkText } from './checks.js';
import {
  allConditionCodes,
  allIndicationCodes,
  PregnancyStatus,
  PregnancyTestResult,
  PriorTreatmentKind,
  SubstanceCode,
  TreatmentResponse,
  YesNoUnknown,
} from './codes.js';
import type { IntakeInput, MeasuredHeight, MeasuredWeight, ValidIntake } from './types.js';

function checkPerson(input: IntakeInput, today: string): FieldFault[] {
  const faults = checkPastDate('dateOfBirth', input.dateOfBirth, today);
  if (faults.length === 0 && input.dateOfBirth < earliestDateOfBirth) {
    faults.push({ field: 'dateOfBirth', message: `dateOfBirth cannot be before ${earliestDateOfBirth}` });
  }
  return [...faults, ...checkCode('sexAtBirth', input.sexAtBirth, Object.values(SexAtBirth))];
}

function checkIndications(input: IntakeInput, today: string): FieldFault[] {
  const faults: FieldFault[] = [];
  input.indications.forEach((item, i) =>
    faults.push(...checkCode(`indications/${i}/code`, item.code, allIndicationCodes)),
  );
  faults.push(
    ...checkNumber(
      'failedAdequateAntidepressantTrials',
      input.failedAdequateAntidepressantTrials,
      intakeBounds.failedAdequateAntidepressantTrials,
    ),
  );
  input.priorTreatments.forEach((item, i) => {
    faults.push(...checkCode(`priorTreatments/${i}/kind`, item.kind, Object.values(PriorTreatmentKind)));
    faults.push(...checkCode(`priorTreatments/${i}/response`, item.response, Object.values(TreatmentResponse)));
    if (item.lastOn !== undefined) {
      faults.push(...checkPastDate(`priorTreatments/${i}/lastOn`, item.lastOn, today));
    }
  });
  return faults;
}

function checkConditions(input: IntakeInput, today: string): FieldFault[] {
  const faults: FieldFault[] = [];
  input.conditions.forEach((item, i) => {
    faults.push(...checkCode(`conditions/${i}/code`, item.code, allConditionCodes));
    if (item.code === 'myocardial-infarction' || item.onsetDate !== undefined) {
      // The date decides recent (< 6 months, hard-stop) from old MI: it is never assumed.
      faults.push(...checkPastDate(`conditions/${i}/onsetDate`, item.onsetDate, today));
    }
    if (item.code === 'other') {
      faults.push(...checkText(`conditions/${i}/note`, item.note));
    }
  });
  input.allergies.forEach((item, i) => faults.push(...checkText(`allergies/${i}/substance`, item.substance)));
  return faults;
}

function checkPainSleepSubstances(input: IntakeInput, today: string): FieldFault[] {
  const faults: FieldFault[] = [];
  input.painConditions.forEach((item, i) => {
    faults.push(...checkText(`painConditions/${i}/description`, item.description));
    if (item.averagePainNrs !== undefined) {
      faults.push(
        ...checkNumber(`painConditions/${i}/averagePainNrs`, item.averagePainNrs, intakeBounds.averagePainNrs),
      );
    }
  });
  if (input.sleep.averageHoursPerNight !== undefined) {
    faults.push(
      ...checkNumber('sleep/averageHoursPerNight', input.sleep.averageHoursPerNight, intakeBounds.averageSleepHours),
    );
  }
  input.recentSubstanceUse.forEach((item, i) => {
    faults.push(...checkCode(`recentSubstanceUse/${i}/substance`, item.substance, Object.values(SubstanceCode)));
    if (item.lastUsedOn !== undefined) {
      faults.push(...checkPastDate(`recentSubstanceUse/${i}/lastUsedOn`, item.lastUsedOn, today));
    }
  });
  return faults;
}

function checkMedications(input: IntakeInput): FieldFault[] {
  const faults: FieldFault[] = [];
  input.medications.forEach((item, i) => {
    const at = `medications/${i}`;
    faults.push(...checkText(`${at}/name`, item.name));
    if (item.dose !== undefined) {
      faults.push(...checkNumber(`${at}/dose`, item.dose, intakeBounds.medicationDose));
    }
    if (item.unit !== undefined) {
      faults.push(...checkCode(`${at}/unit`, item.unit, Object.values(DoseUnit)));
    }
    if (item.frequency !== undefined) {
      faults.push(...checkCode(`${at}/frequency`, item.frequency, Object.keys(administrationsPerDay)));
    }
    if (item.maxDosesPerDay !== undefined) {
      faults.push(...checkNumber(`${at}/maxDosesPerDay`, item.maxDosesPerDay, intakeBounds.maxDosesPerDay));
    }
  });
  return faults;
}

function checkPregnancy(input: IntakeInput, today: string): FieldFault[] {
  const p = input.pregnancy;
  const faults = [
    ...checkCode('pregnancy/canBecomePregnant', p.canBecomePregnant, Object.values(YesNoUnknown)),
    ...checkCode('pregnancy/status', p.status, Object.values(PregnancyStatus)),
  ];
  if (p.testResult !== undefined || p.testedOn !== undefined) {
    faults.push(...checkCode('pregnancy/testResult', p.testResult, Object.values(PregnancyTestResult)));
    faults.push(...checkPastDate('pregnancy/testedOn', p.testedOn, today));
  }
  if (typeof input.breastfeeding !== 'boolean') {
    faults.push({ field: 'breastfeeding', message: 'breastfeeding must be answered yes or no' });
  }
  return faults;
}

function checkSuicideScreen(input: IntakeInput, today: string): FieldFault[] {
  const faults: FieldFault[] = [];
  const screen = input.suicideScreen;
  if (screen !== undefined) {
    faults.push(...checkPastDate('suicideScreen/assessedOn', screen.assessedOn, today));
    if (screen.phq9Item9 === undefined && screen.cssrsScreenPositive === undefined) {
      faults.push({
        field: 'suicideScreen',
        message: 'A suicide screen needs PHQ-9 item 9 or the C-SSRS screener result',
      });
    }
    if (screen.phq9Item9 !== undefined) {
      faults.push(...checkNumber('suicideScreen/phq9Item9', screen.phq9Item9, intakeBounds.phq9Item9));
    }
  }
  return faults;
}

function checkVitals(input: IntakeInput, today: string): FieldFault[] {
  const v = input.vitals;
  const faults = [
    ...checkNumber('vitals/systolicMmHg', v.systolicMmHg, intakeBounds.systolicMmHg),
    ...checkNumber('vitals/diastolicMmHg', v.diastolicMmHg, intakeBounds.diastolicMmHg),
    ...checkNumber('vitals/heartRateBpm', v.heartRateBpm, intakeBounds.heartRateBpm),
    ...checkNumber('vitals/spo2Pct', v.spo2Pct, intakeBounds.spo2Pct),
    ...checkPastInstant('vitals/measuredAt', v.measuredAt, today),
  ];
  if (Number.isFinite(v.systolicMmHg) && Number.isFinite(v.diastolicMmHg) && v.systolicMmHg <= v.diastolicMmHg) {
    faults.push({
      field: 'vitals/diastolicMmHg',
      message: `Systolic (${v.systolicMmHg}) must be higher than diastolic (${v.diastolicMmHg})`,
    });
  }
  return faults;
}

/** Weight in kg, or the faults. Bounds apply after conversion, so 66 lb and 30 kg are judged alike. */
function weightKgOf(
  weight: MeasuredWeight,
  today: string,
): { readonly kgValue: number | null; readonly faults: FieldFault[] } {
  const faults = [
    ...checkCode('weight/unit', weight.unit, ['kg', 'lb']),
    ...checkPastInstant('weight/measuredAt', weight.measuredAt, today),
  ];
  if (
    typeof weight.value !== 'number' ||
    !Number.isFinite(weight.value) ||
    weight.value <= 0 ||
    faults.some((f) => f.field === 'weight/unit')
  ) {
    return {
      kgValue: null,
      faults: [...faults, { field: 'weight/value', message: 'weight/value must be a positive number' }],
    };
  }
  const kgValue =
    weight.unit === 'lb' ? poundsToKg(lb(weight.value, 'weight/value')) : kg(weight.value, 'weight/value');
  const fault = boundsFault(kgValue, intakeBounds.weightKg);
  return fault === null
    ? { kgValue, faults }
    : { kgValue: null, faults: [...faults, { field: 'weight/value', message: `Weight ${fault}` }] };
}

function heightCmOf(
  height: MeasuredHeight | undefined,
  today: string,
): { readonly cmValue: number | null; readonly faults: FieldFault[] } {
  if (height === undefined) {
    return { cmValue: null, faults: [] };
  }
  const faults = [
    ...checkCode('height/unit', height.unit, ['cm', 'in']),
    ...checkPastInstant('height/measuredAt', height.measuredAt, today),
  ];
  if (
    typeof height.value !== 'number' ||
    !Number.isFinite(height.value) ||
    height.value <= 0 ||
    faults.some((f) => f.field === 'height/unit')
  ) {
    return {
      cmValue: null,
      faults: [...faults, { field: 'height/value', message: 'height/value must be a positive number' }],
    };
  }
  const cmValue =
    height.unit === 'in' ? inchesToCm(inches(height.value, 'height/value')) : cm(height.value, 'height/value');
  const fault = boundsFault(cmValue, intakeBounds.heightCm);
  return fault === null
    ? { cmValue, faults }
    : { cmValue: null, faults: [...faults, { field: 'height/value', message: `Height ${fault}` }] };
}

/**
 * Checks every intake field and returns the intake with derived values (age, kg, cm, matched
 * medications). Throws InvalidInputError naming every field at fault.
 * @param input - the intake as submitted
 * @param today - today's date (YYYY-MM-DD) from the Clock
 */
export function validateIntake(input: IntakeInput, today: string): ValidIntake {
  const weight = weightKgOf(input.weight, today);
  const height = heightCmOf(input.height, today);
  assertNoFaults(
    [
      ...checkPerson(input, today),
      ...checkIndications(input, today),
      ...checkConditions(input, today),
      ...checkPainSleepSubstances(input, today),
      ...checkMedications(input),
      ...checkPregnancy(input, today),
      ...checkSuicideScreen(input, today),
      ...checkVitals(input, today),
      ...weight.faults,
      ...height.faults,
    ],
    'The intake is not valid',
  );
  const weightKg = weight.kgValue ?? Number.NaN;
  return {
    ...input,
    derived: {
      ageYears: ageInYears(input.dateOfBirth, today),
      weightKg,
      weightLb: kgToPounds(kg(weightKg)),
      heightCm: height.cmValue,
      medicationMatches: input.medications.map((medication) => matchMedication(medication.name)),
    },
  };
}
