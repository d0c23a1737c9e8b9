/**
 * A complete, valid intake of an adult with treatment-resistant depression and nothing else of
 * note. Tests (and seed data) start from it and change one thing at a time.
 */
import type { IntakeInput } from './types.js';

export const sampleToday = '2025-03-10';

/**
 * The sample intake with some fields replaced.
 * @param overrides - fields to replace
 */
export function sampleIntake(overrides: Partial<IntakeInput> = {}): IntakeInput {
  return {
    dateOfBirth: '1980-06-15',
    sexAtBirth: 'male',
    indications: [{ code: 'treatment-resistant-depression' }],
    failedAdequateAntidepressantTrials: 3,
    priorTreatments: [],
    conditions: [],
    allergies: [],
    medications: [{ name: 'sertraline', dose: 100, unit: 'mg', frequency: 'once-daily' }],
    painConditions: [],
    sleep: {},
    recentSubstanceUse: [],
    pregnancy: { canBecomePregnant: 'no', status: 'not-pregnant' },
    breastfeeding: false,
    suicideScreen: { phq9Item9: 0, cssrsScreenPositive: false, assessedOn: sampleToday },
    vitals: { systolicMmHg: 120, diastolicMmHg: 80, heartRateBpm: 72, spo2Pct: 98, measuredAt: '2025-03-10T09:00:00Z' },
    weight: { value: 80, unit: 'kg', measuredAt: '2025-03-10T09:00:00Z' },
    height: { value: 180, unit: 'cm', measuredAt: '2025-03-10T09:00:00Z' },
    ...overrides,
  };
}
