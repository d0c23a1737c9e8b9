import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors.js';
import { intakeForm } from './form.js';
import { sampleIntake, sampleToday } from './sample-intake.js';
import type { IntakeInput } from './types.js';
import { validateIntake } from './validate.js';

function faultFields(input: IntakeInput): string[] {
  try {
    validateIntake(input, sampleToday);
    return [];
  } catch (error) {
    if (!(error instanceof InvalidInputError)) {
      throw error;
    }
    return (error.details.fields ?? []).map((fault) => fault.field);
  }
}

const vitals = sampleIntake().vitals;
const at = '2025-03-10T09:00:00Z';

describe('validateIntake', () => {
  it('accepts the sample and derives age, kg, lb, cm and medication matches', () => {
    const valid = validateIntake(sampleIntake(), sampleToday);
    expect(valid.derived).toMatchObject({ ageYears: 44, weightKg: 80, heightCm: 180 });
    expect(valid.derived.weightLb).toBeCloseTo(176.37, 2);
    expect(valid.derived.medicationMatches[0]).toMatchObject({
      status: 'recognised',
      entry: { generic: 'sertraline' },
    });
  });

  it('converts lb and inches, and keeps unknown medications flagged rather than dropped', () => {
    const valid = validateIntake(
      sampleIntake({
        weight: { value: 176, unit: 'lb', measuredAt: at },
        height: { value: 70, unit: 'in', measuredAt: at },
        medications: [{ name: 'Frobozz 10 mg' }],
      }),
      sampleToday,
    );
    expect(valid.derived.weightKg).toBeCloseTo(176 * 0.45359237, 10);
    expect(valid.derived.heightCm).toBeCloseTo(177.8, 10);
    expect(valid.derived.medicationMatches).toEqual([
      { status: 'unrecognised', input: 'Frobozz 10 mg', normalised: 'frobozz 10 mg' },
    ]);
  });

  // Boundaries of DEFAULTS.md §1: weight 30–300 kg and height 120–230 cm are accepted; outside is rejected.
  it.each<[string, Partial<IntakeInput>, string | null]>([
    ['weight 30 kg', { weight: { value: 30, unit: 'kg', measuredAt: at } }, null],
    ['weight 29.9 kg', { weight: { value: 29.9, unit: 'kg', measuredAt: at } }, 'weight/value'],
    ['weight 300 kg', { weight: { value: 300, unit: 'kg', measuredAt: at } }, null],
    ['weight 300.1 kg', { weight: { value: 300.1, unit: 'kg', measuredAt: at } }, 'weight/value'],
    ['weight 66 lb (29.94 kg)', { weight: { value: 66, unit: 'lb', measuredAt: at } }, 'weight/value'],
    ['weight 67 lb (30.39 kg)', { weight: { value: 67, unit: 'lb', measuredAt: at } }, null],
    ['weight 662 lb (300.28 kg)', { weight: { value: 662, unit: 'lb', measuredAt: at } }, 'weight/value'],
    ['weight NaN', { weight: { value: Number.NaN, unit: 'kg', measuredAt: at } }, 'weight/value'],
    ['weight in stones', { weight: { value: 12, unit: 'st' as 'kg', measuredAt: at } }, 'weight/unit'],
    [
      'weight measured tomorrow',
      { weight: { value: 80, unit: 'kg', measuredAt: '2025-03-11T09:00:00Z' } },
      'weight/measuredAt',
    ],
    [
      'weight time without offset',
      { weight: { value: 80, unit: 'kg', measuredAt: '2025-03-10T09:00:00' } },
      'weight/measuredAt',
    ],
    ['height 120 cm', { height: { value: 120, unit: 'cm', measuredAt: at } }, null],
    ['height 119.9 cm', { height: { value: 119.9, unit: 'cm', measuredAt: at } }, 'height/value'],
    ['height 230 cm', { height: { value: 230, unit: 'cm', measuredAt: at } }, null],
    ['height 230.1 cm', { height: { value: 230.1, unit: 'cm', measuredAt: at } }, 'height/value'],
    ['height 47 in (119.4 cm)', { height: { value: 47, unit: 'in', measuredAt: at } }, 'height/value'],
    ['BP 40/200', { vitals: { ...vitals, systolicMmHg: 40, diastolicMmHg: 200 } }, 'vitals/systolicMmHg'],
    ['BP 120/120', { vitals: { ...vitals, systolicMmHg: 120, diastolicMmHg: 120 } }, 'vitals/diastolicMmHg'],
    ['BP 300/200', { vitals: { ...vitals, systolicMmHg: 300, diastolicMmHg: 200 } }, null],
    ['BP 301/90', { vitals: { ...vitals, systolicMmHg: 301 } }, 'vitals/systolicMmHg'],
    ['diastolic 19', { vitals: { ...vitals, diastolicMmHg: 19 } }, 'vitals/diastolicMmHg'],
    ['HR 19', { vitals: { ...vitals, heartRateBpm: 19 } }, 'vitals/heartRateBpm'],
    ['HR 251', { vitals: { ...vitals, heartRateBpm: 251 } }, 'vitals/heartRateBpm'],
    ['SpO2 100', { vitals: { ...vitals, spo2Pct: 100 } }, null],
    ['SpO2 101', { vitals: { ...vitals, spo2Pct: 101 } }, 'vitals/spo2Pct'],
    ['SpO2 49', { vitals: { ...vitals, spo2Pct: 49 } }, 'vitals/spo2Pct'],
    ['failed trials 2.5', { failedAdequateAntidepressantTrials: 2.5 }, 'failedAdequateAntidepressantTrials'],
    ['failed trials -1', { failedAdequateAntidepressantTrials: -1 }, 'failedAdequateAntidepressantTrials'],
    ['born tomorrow', { dateOfBirth: '2025-03-11' }, 'dateOfBirth'],
    ['born 30 February', { dateOfBirth: '1990-02-30' }, 'dateOfBirth'],
    ['born 1899', { dateOfBirth: '1899-12-31' }, 'dateOfBirth'],
    ['unknown indication', { indications: [{ code: 'boredom' as 'ptsd' }] }, 'indications/0/code'],
    ['MI without a date', { conditions: [{ code: 'myocardial-infarction' }] }, 'conditions/0/onsetDate'],
    ['other condition without note', { conditions: [{ code: 'other' }] }, 'conditions/0/note'],
    ['blank allergy', { allergies: [{ substance: ' ' }] }, 'allergies/0/substance'],
    ['blank medication name', { medications: [{ name: '' }] }, 'medications/0/name'],
    ['medication dose 0', { medications: [{ name: 'x', dose: 0, unit: 'mg' }] }, 'medications/0/dose'],
    [
      'as needed 25 times a day',
      { medications: [{ name: 'x', frequency: 'as-needed', maxDosesPerDay: 25 }] },
      'medications/0/maxDosesPerDay',
    ],
    [
      'pain 11/10',
      { painConditions: [{ description: 'back', averagePainNrs: 11 }] },
      'painConditions/0/averagePainNrs',
    ],
    ['sleep 25 h', { sleep: { averageHoursPerNight: 25 } }, 'sleep/averageHoursPerNight'],
    [
      'test result without date',
      { pregnancy: { canBecomePregnant: 'yes', status: 'unknown', testResult: 'negative' } },
      'pregnancy/testedOn',
    ],
    ['PHQ-9 item 9 = 4', { suicideScreen: { phq9Item9: 4, assessedOn: sampleToday } }, 'suicideScreen/phq9Item9'],
    ['empty suicide screen', { suicideScreen: { assessedOn: sampleToday } }, 'suicideScreen'],
  ])('%s → fault %s', (_name, overrides, field) => {
    const fields = faultFields(sampleIntake(overrides));
    if (field === null) {
      expect(fields).toEqual([]);
    } else {
      expect(fields).toContain(field);
    }
  });

  it('names every field at fault at once', () => {
    const fields = faultFields(
      sampleIntake({
        dateOfBirth: 'soon',
        vitals: { ...vitals, systolicMmHg: 40, diastolicMmHg: 200 },
        weight: { value: 500, unit: 'kg', measuredAt: at },
      }),
    );
    expect(fields).toEqual(
      expect.arrayContaining(['dateOfBirth', 'vitals/systolicMmHg', 'vitals/diastolicMmHg', 'weight/value']),
    );
  });
});

describe('intakeForm', () => {
  it('carries the same bounds as validation, in both units', () => {
    const measurements = intakeForm.sections.find((s) => s.id === 'measurements');
    const weight = measurements?.fields.find((f) => f.id === 'weight');
    expect(weight).toMatchObject({
      kind: 'quantity',
      units: [
        { unit: 'kg', min: 30, max: 300 },
        { unit: 'lb', min: 66.2, max: 661.3 },
      ],
    });
    // The lb bounds are rounded inward: both ends are accepted by validateIntake.
    for (const value of [66.2, 661.3]) {
      expect(faultFields(sampleIntake({ weight: { value, unit: 'lb', measuredAt: at } }))).toEqual([]);
    }
  });

  it('offers every indication and condition code with a label', () => {
    const all = intakeForm.sections.flatMap((s) => s.fields);
    const indications = all.find((f) => f.id === 'indications');
    expect(indications?.kind === 'multi-choice' ? indications.options.length : 0).toBe(13);
    expect(JSON.parse(JSON.stringify(intakeForm))).toEqual(intakeForm);
  });
});
