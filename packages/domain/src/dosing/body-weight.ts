/**
 * The dosing weight: the measured weight (no older than the protocol allows), or on the
 * prescriber's choice the ideal or adjusted body weight. REFERENCE.md §1.4: no guideline sets the
 * basis and trials dosed on actual weight, so the basis is always the prescriber's explicit choice
 * and every weight is shown.
 */
import { InvalidInputError, MissingInputError } from '../errors.js';
import { intakeBounds } from '../intake/bounds.js';
import { isIsoInstant } from '../intake/checks.js';
import type { MeasuredHeight, MeasuredWeight } from '../intake/types.js';
import type { SexAtBirth } from '../patients/patient.js';
import { checkLimits } from '../protocols/limits.js';
import { makeFinding, type RuleFinding } from '../protocols/rule-types.js';
import type { Protocol } from '../protocols/types.js';
import { cmToInches, inchesToCm, kgToPounds, poundsToKg } from '../units/conversions.js';
import { cm, inches, kg, lb, type Cm, type Kg } from '../units/quantity.js';
import { dosingRules } from './rules.js';
import type { DosingWeight, WeightBasis } from './types.js';

/** Devine 1974: base weight at 5 ft (60 in) and kg per inch above it. */
export const devine = { maleBaseKg: 50, femaleBaseKg: 45.5, kgPerInchOver5Ft: 2.3, baseHeightIn: 60 } as const;
/** Pai & Paloucek 2000: adjusted = IBW + 0.4 × (actual − IBW). */
export const ADJUSTED_WEIGHT_FACTOR = 0.4;
const MS_PER_DAY = 86_400_000;

/**
 * Ideal body weight by the Devine formula.
 * @param height - height in cm
 * @param sexAtBirth - 'male' or 'female' (the formula has no other form)
 */
export function idealBodyWeightKg(height: Cm, sexAtBirth: 'male' | 'female'): number {
  const base = sexAtBirth === 'male' ? devine.maleBaseKg : devine.femaleBaseKg;
  return base + devine.kgPerInchOver5Ft * (cmToInches(height) - devine.baseHeightIn);
}

/**
 * Adjusted body weight (Pai & Paloucek 2000).
 * @param actual - actual weight, kg
 * @param idealKg - ideal body weight, kg
 */
export function adjustedBodyWeightKg(actual: Kg, idealKg: number): number {
  return idealKg + ADJUSTED_WEIGHT_FACTOR * (actual - idealKg);
}

/** Measured weight in kg, within 30–300 kg (DEFAULTS.md §1), else InvalidInputError. */
function actualKgOf(weight: MeasuredWeight): Kg {
  if (!['kg', 'lb'].includes(weight.unit)) {
    throw InvalidInputError.forField('weight/unit', 'weight/unit must be kg or lb');
  }
  const value = weight.unit === 'lb' ? poundsToKg(lb(weight.value, 'weight/value')) : kg(weight.value, 'weight/value');
  const { min, max } = intakeBounds.weightKg;
  if (value < min || value > max) {
    throw InvalidInputError.forField('weight/value', `Weight must be between ${min} and ${max} kg; got ${value} kg`);
  }
  return value;
}

function heightCmOf(height: MeasuredHeight | undefined): Cm {
  if (height === undefined) {
    throw MissingInputError.forField('height', 'Ideal and adjusted body weight need a height');
  }
  if (!['cm', 'in'].includes(height.unit)) {
    throw InvalidInputError.forField('height/unit', 'height/unit must be cm or in');
  }
  const value =
    height.unit === 'in' ? inchesToCm(inches(height.value, 'height/value')) : cm(height.value, 'height/value');
  const { min, max } = intakeBounds.heightCm;
  if (value < min || value > max) {
    throw InvalidInputError.forField('height/value', `Height must be between ${min} and ${max} cm; got ${value} cm`);
  }
  return value;
}

function weightAgeDays(measuredAt: string, now: string): number {
  if (!isIsoInstant(measuredAt)) {
    throw InvalidInputError.forField(
      'weight/measuredAt',
      'weight/measuredAt must be an ISO date and time with an offset',
    );
  }
  const ageMs = Date.parse(now) - Date.parse(measuredAt);
  if (ageMs < 0) {
    throw InvalidInputError.forField('weight/measuredAt', 'The weight cannot be measured after now');
  }
  return ageMs / MS_PER_DAY;
}

interface Ideal {
  readonly heightCm: number | null;
  readonly idealKg: number | null;
  readonly adjustedKg: number | null;
}

/** Ideal and adjusted weights when they can be computed (or are needed: then missing inputs throw). */
function idealWeights(
  actual: Kg,
  basis: WeightBasis,
  height: MeasuredHeight | undefined,
  sex: SexAtBirth | undefined,
): Ideal {
  const needed = basis !== 'actual';
  if (!needed && (height === undefined || (sex !== 'male' && sex !== 'female'))) {
    return { heightCm: height === undefined ? null : heightCmOf(height), idealKg: null, adjustedKg: null };
  }
  const heightCm = heightCmOf(height);
  if (sex !== 'male' && sex !== 'female') {
    throw MissingInputError.forField(
      'sexAtBirth',
      'The Devine formula needs sex at birth, male or female: it is not guessed',
    );
  }
  const idealKg = idealBodyWeightKg(heightCm, sex);
  return { heightCm, idealKg, adjustedKg: adjustedBodyWeightKg(actual, idealKg) };
}

function basisWeight(basis: WeightBasis, actual: Kg, ideal: Ideal): number {
  switch (basis) {
    case 'actual':
      return actual;
    case 'ideal':
      return ideal.idealKg ?? Number.NaN;
    case 'adjusted':
      return ideal.adjustedKg ?? Number.NaN;
  }
}

/**
 * Resolves the dosing weight and its findings (stale weight; ideal/adjusted caveats).
 * @param protocol - the protocol (its stale-weight limit)
 * @param input - weight, basis, height, sex and now
 */
export function resolveDosingWeight(
  protocol: Protocol,
  input: {
    readonly weight: MeasuredWeight;
    readonly basis: WeightBasis;
    readonly height: MeasuredHeight | undefined;
    readonly sexAtBirth: SexAtBirth | undefined;
    readonly now: string;
  },
): { readonly weight: DosingWeight; readonly findings: RuleFinding[] } {
  const actual = actualKgOf(input.weight);
  const ageDays = weightAgeDays(input.weight.measuredAt, input.now);
  const ideal = idealWeights(actual, input.basis, input.height, input.sexAtBirth);
  // kg() rejects the NaN an impossible basis would give: never a silent fallback to actual weight.
  const dosingKg = kg(basisWeight(input.basis, actual, ideal), 'basis');
  const weight: DosingWeight = {
    basis: input.basis,
    actualKg: actual,
    actualLb: kgToPounds(actual),
    measuredAt: input.weight.measuredAt,
    ageDays,
    ...ideal,
    dosingKg,
  };
  const values = {
    basis: input.basis,
    actualKg: actual,
    dosingKg,
    idealKg: ideal.idealKg,
    heightCm: ideal.heightCm,
    measuredAt: input.weight.measuredAt,
  };
  const findings = checkLimits(protocol, 'weightAgeDays', ageDays, values);
  if (input.basis !== 'actual' && ideal.heightCm !== null && ideal.heightCm < devine.baseHeightIn * 2.54) {
    findings.push(
      makeFinding(dosingRules.devineShortStature, 'warning', dosingRules.devineShortStature.message, values),
    );
  }
  if (dosingKg > actual) {
    findings.push(
      makeFinding(dosingRules.idealExceedsActual, 'warning', dosingRules.idealExceedsActual.message, values),
    );
  }
  return { weight, findings };
}
