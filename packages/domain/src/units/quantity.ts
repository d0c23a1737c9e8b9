/**
 * Branded quantities (the excalidraw `packages/math` pattern): a `Kg` cannot be passed where a `Mg`
 * is expected, and the only way to make one is a constructor that rejects NaN, Infinity and
 * negatives (and zero where zero is meaningless: a body weight, a height, a concentration).
 * Clinical ranges (weight 30–300 kg …) are checked by the callers that own them, not here.
 */
import { InvalidInputError } from '../errors.js';

declare const unitBrand: unique symbol;

/** A number that carries its unit in the type. */
export type Quantity<U extends string> = number & { readonly [unitBrand]: U };

export type Kg = Quantity<'kg'>;
export type Lb = Quantity<'lb'>;
export type Cm = Quantity<'cm'>;
export type Inches = Quantity<'in'>;
export type Mg = Quantity<'mg'>;
export type Ml = Quantity<'mL'>;
export type MgPerKg = Quantity<'mg/kg'>;
export type MgPerKgPerHour = Quantity<'mg/kg/h'>;
export type MgPerHour = Quantity<'mg/h'>;
export type MgPerMl = Quantity<'mg/mL'>;
export type MlPerHour = Quantity<'mL/h'>;
export type Minutes = Quantity<'min'>;
export type Hours = Quantity<'h'>;
export type MmHg = Quantity<'mmHg'>;
export type BeatsPerMinute = Quantity<'/min'>;
export type Percent = Quantity<'%'>;

/** Whether zero is an acceptable value of the quantity. */
const ZeroAllowed = { Yes: 'zero-allowed', No: 'positive-only' } as const;
type ZeroAllowed = (typeof ZeroAllowed)[keyof typeof ZeroAllowed];

function isQuantity<U extends string>(value: number, zero: ZeroAllowed, unit: U): value is Quantity<U> {
  // typeof guards against values that arrived untyped (JSON) despite the signature; a quantity needs a unit.
  return (
    unit !== '' &&
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (zero === ZeroAllowed.Yes ? value >= 0 : value > 0)
  );
}

function make<U extends string>(value: number, zero: ZeroAllowed, unit: U, field: string): Quantity<U> {
  if (isQuantity(value, zero, unit)) {
    return value;
  }
  const expected = zero === ZeroAllowed.Yes ? 'zero or more' : 'greater than zero';
  throw InvalidInputError.forField(
    field,
    `${field} must be a finite number ${expected} (${unit}); got ${String(value)}`,
  );
}

/**
 * A body weight in kilograms.
 * @param value - the number of kilograms; must be finite and > 0
 * @param field - the input field named in the error
 */
export const kg = (value: number, field = 'weightKg'): Kg => make(value, ZeroAllowed.No, 'kg', field);
/** A body weight in pounds (> 0). @param value - pounds @param field - field named in the error */
export const lb = (value: number, field = 'weightLb'): Lb => make(value, ZeroAllowed.No, 'lb', field);
/** A height or length in centimetres (> 0). @param value - centimetres @param field - field named in the error */
export const cm = (value: number, field = 'heightCm'): Cm => make(value, ZeroAllowed.No, 'cm', field);
/** A height or length in inches (> 0). @param value - inches @param field - field named in the error */
export const inches = (value: number, field = 'heightIn'): Inches => make(value, ZeroAllowed.No, 'in', field);
/** An amount of drug in milligrams (≥ 0: a balance or a waste can be zero). @param value - mg @param field - field named in the error */
export const mg = (value: number, field = 'doseMg'): Mg => make(value, ZeroAllowed.Yes, 'mg', field);
/** A volume in millilitres (≥ 0). @param value - mL @param field - field named in the error */
export const ml = (value: number, field = 'volumeMl'): Ml => make(value, ZeroAllowed.Yes, 'mL', field);
/** A weight-based dose (> 0: a zero dose is not a dose). @param value - mg/kg @param field - field named in the error */
export const mgPerKg = (value: number, field = 'doseMgPerKg'): MgPerKg => make(value, ZeroAllowed.No, 'mg/kg', field);
/** A weight-based infusion rate (> 0). @param value - mg/kg/h @param field - field named in the error */
export const mgPerKgPerHour = (value: number, field = 'doseMgPerKgPerHour'): MgPerKgPerHour =>
  make(value, ZeroAllowed.No, 'mg/kg/h', field);
/** An infusion rate in mg per hour (≥ 0). @param value - mg/h @param field - field named in the error */
export const mgPerHour = (value: number, field = 'rateMgPerHour'): MgPerHour =>
  make(value, ZeroAllowed.Yes, 'mg/h', field);
/** A drug concentration (> 0: it is a divisor). @param value - mg/mL @param field - field named in the error */
export const mgPerMl = (value: number, field = 'concentrationMgPerMl'): MgPerMl =>
  make(value, ZeroAllowed.No, 'mg/mL', field);
/** A pump rate (≥ 0: a paused pump runs at 0). @param value - mL/h @param field - field named in the error */
export const mlPerHour = (value: number, field = 'rateMlPerHour'): MlPerHour =>
  make(value, ZeroAllowed.Yes, 'mL/h', field);
/** A span of time in minutes (≥ 0). @param value - minutes @param field - field named in the error */
export const minutes = (value: number, field = 'durationMin'): Minutes => make(value, ZeroAllowed.Yes, 'min', field);
/** A span of time in hours (≥ 0). @param value - hours @param field - field named in the error */
export const hours = (value: number, field = 'durationH'): Hours => make(value, ZeroAllowed.Yes, 'h', field);
/** A pressure in mmHg (> 0: a reading of 0 is an artefact). @param value - mmHg @param field - field named in the error */
export const mmHg = (value: number, field = 'pressureMmHg'): MmHg => make(value, ZeroAllowed.No, 'mmHg', field);
/** A rate per minute (≥ 0). @param value - per minute @param field - field named in the error */
export const perMinute = (value: number, field = 'ratePerMin'): BeatsPerMinute =>
  make(value, ZeroAllowed.Yes, '/min', field);

/**
 * A percentage between 0 and 100 inclusive (SpO2).
 * @param value - percent
 * @param field - field named in the error
 */
export function percent(value: number, field = 'pct'): Percent {
  const checked = make(value, ZeroAllowed.Yes, '%', field);
  if (checked > 100) {
    throw InvalidInputError.forField(field, `${field} must be at most 100 %; got ${value}`);
  }
  return checked;
}
