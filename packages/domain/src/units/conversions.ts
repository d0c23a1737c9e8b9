/**
 * Unit conversions and the dose arithmetic every route shares. Each function takes and returns
 * branded quantities, so "mg where mg/kg was meant" fails to compile instead of harming someone.
 */
import { InvalidInputError } from '../errors.js';
import {
  cm,
  hours,
  inches,
  kg,
  lb,
  mg,
  mgPerHour,
  mgPerKg,
  mgPerKgPerHour,
  ml,
  mlPerHour,
  minutes,
  type Cm,
  type Hours,
  type Inches,
  type Kg,
  type Lb,
  type Mg,
  type MgPerHour,
  type MgPerKg,
  type MgPerKgPerHour,
  type MgPerMl,
  type Minutes,
  type Ml,
  type MlPerHour,
} from './quantity.js';

/** Kilograms per pound, exact by definition (international yard and pound agreement, 1959). */
export const KG_PER_LB = 0.45359237;
/** Centimetres per inch, exact by definition (1959 agreement). */
export const CM_PER_INCH = 2.54;
export const MINUTES_PER_HOUR = 60;

/** Pounds to kilograms (1 lb = 0.45359237 kg exactly). @param weightLb - weight in pounds */
export const poundsToKg = (weightLb: Lb): Kg => kg(weightLb * KG_PER_LB);
/** Kilograms to pounds, for showing both units beside each other. @param weightKg - weight in kilograms */
export const kgToPounds = (weightKg: Kg): Lb => lb(weightKg / KG_PER_LB);
/** Inches to centimetres (1 in = 2.54 cm exactly). @param heightIn - height in inches */
export const inchesToCm = (heightIn: Inches): Cm => cm(heightIn * CM_PER_INCH);
/** Centimetres to inches (for the Devine formula, which is written in inches). @param heightCm - height in cm */
export const cmToInches = (heightCm: Cm): Inches => inches(heightCm / CM_PER_INCH);
/** Minutes to hours. @param durationMin - a duration in minutes */
export const minutesToHours = (durationMin: Minutes): Hours => hours(durationMin / MINUTES_PER_HOUR);
/** Hours to minutes. @param durationH - a duration in hours */
export const hoursToMinutes = (durationH: Hours): Minutes => minutes(durationH * MINUTES_PER_HOUR);

/** Dose in mg from a weight-based dose. @param dose - mg/kg @param weight - dosing weight in kg */
export const doseMgFromMgPerKg = (dose: MgPerKg, weight: Kg): Mg => mg(dose * weight);
/** Weight-based dose that an amount in mg represents. @param dose - mg @param weight - dosing weight in kg */
export const mgPerKgFromDoseMg = (dose: Mg, weight: Kg): MgPerKg => mgPerKg(dose / weight);
/** Hourly amount from a weight-based infusion rate. @param rate - mg/kg/h @param weight - dosing weight in kg */
export const mgPerHourFromMgPerKgPerHour = (rate: MgPerKgPerHour, weight: Kg): MgPerHour => mgPerHour(rate * weight);
/** Weight-based rate from a total infused over a time. @param dose - mg @param weight - kg @param duration - h */
export const mgPerKgPerHourFromDose = (dose: Mg, weight: Kg, duration: Hours): MgPerKgPerHour =>
  mgPerKgPerHour(dose / weight / duration);
/** Volume that holds a dose at a concentration. @param dose - mg @param concentration - mg/mL */
export const volumeMlFromDoseMg = (dose: Mg, concentration: MgPerMl): Ml => ml(dose / concentration);
/** Amount of drug in a volume at a concentration. @param volume - mL @param concentration - mg/mL */
export const doseMgFromVolumeMl = (volume: Ml, concentration: MgPerMl): Mg => mg(volume * concentration);

/**
 * Pump rate that delivers a volume over a duration: `rateMlPerHour = volumeMl / durationH`, i.e.
 * `doseMg / concentrationMgPerMl / durationH` (DEFAULTS.md §1).
 * @param volume - mL to infuse
 * @param duration - infusion time in hours; must be > 0
 */
export function rateMlPerHourFromVolume(volume: Ml, duration: Hours): MlPerHour {
  if (duration <= 0) {
    // hours() allows zero for elapsed times, but as a divisor zero would make the rate infinite.
    throw InvalidInputError.forField('durationH', 'An infusion needs a duration greater than zero');
  }
  return mlPerHour(volume / duration);
}

/** Pump rate that delivers an hourly amount at a concentration. @param rate - mg/h @param concentration - mg/mL */
export const mlPerHourFromMgPerHour = (rate: MgPerHour, concentration: MgPerMl): MlPerHour =>
  mlPerHour(rate / concentration);
/** Volume a pump delivers at a rate over a time. @param rate - mL/h @param duration - h */
export const volumeMlFromRate = (rate: MlPerHour, duration: Hours): Ml => ml(rate * duration);
