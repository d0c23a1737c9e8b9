/** Builders for the screening case tables (facts → expected rule outcome). */
import type { MedicationInput } from '../formulary/daily-dose.js';
import { sampleIntake } from '../intake/sample-intake.js';
import type { IntakeInput } from '../intake/types.js';
import { ivDepressionV1 } from '../protocols/library.js';
import type { RuleSeverity } from '../protocols/rule-types.js';
import type { Protocol } from '../protocols/types.js';

export interface ScreeningCase {
  readonly name: string;
  readonly intake: IntakeInput;
  readonly protocol: Protocol;
  readonly rule: string;
  /** The severity it fires with, or null when it must not fire. */
  readonly expect: RuleSeverity | null;
}

const vitals = sampleIntake().vitals;
export const bp = (systolicMmHg: number, diastolicMmHg: number): Partial<IntakeInput> => ({
  vitals: { ...vitals, systolicMmHg, diastolicMmHg },
});
export const meds = (...medications: MedicationInput[]): Partial<IntakeInput> => ({ medications });
export const med = (name: string, dose?: number, extra: Partial<MedicationInput> = {}): MedicationInput =>
  dose === undefined ? { name, ...extra } : { name, dose, unit: 'mg', frequency: 'once-daily', ...extra };
export const cond = (code: IntakeInput['conditions'][number]['code'], onsetDate?: string): Partial<IntakeInput> => ({
  conditions: [onsetDate === undefined ? { code } : { code, onsetDate }],
});
export const ind = (...codes: IntakeInput['indications'][number]['code'][]): IntakeInput['indications'] =>
  codes.map((code) => ({ code }));
export const canBecomePregnant = (pregnancy: Partial<IntakeInput['pregnancy']>): Partial<IntakeInput> => ({
  sexAtBirth: 'female',
  pregnancy: { canBecomePregnant: 'yes', status: 'not-pregnant', ...pregnancy },
});

export type Row = readonly [
  string,
  string,
  RuleSeverity | null,
  Partial<IntakeInput> | ((intake: IntakeInput) => IntakeInput),
  Protocol?,
];

export function withoutSuicideScreen(intake: IntakeInput): IntakeInput {
  const copy = { ...intake };
  delete copy.suicideScreen;
  return copy;
}

/**
 * Turns table rows into cases (the sample intake with the row's changes; iv-depression unless given).
 * @param rows - the rows
 */
export function toCases(rows: readonly Row[]): ScreeningCase[] {
  return rows.map(([name, rule, expected, overrides, protocol]) => ({
    name,
    rule,
    expect: expected,
    intake: typeof overrides === 'function' ? overrides(sampleIntake()) : sampleIntake(overrides),
    protocol: protocol ?? ivDepressionV1,
  }));
}
