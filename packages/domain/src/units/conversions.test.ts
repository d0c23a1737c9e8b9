import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors.js';
import {
  cmToInches,
  doseMgFromMgPerKg,
  doseMgFromVolumeMl,
  inchesToCm,
  kgToPounds,
  mgPerKgFromDoseMg,
  minutesToHours,
  poundsToKg,
  rateMlPerHourFromVolume,
  volumeMlFromDoseMg,
  mlPerHourFromMgPerHour,
  volumeMlFromRate,
} from './conversions.js';
import { cm, hours, inches, kg, lb, mg, mgPerHour, mgPerKg, mgPerMl, minutes, ml, mlPerHour } from './quantity.js';

describe('conversions', () => {
  it.each([
    [1, 0.45359237],
    [100, 45.359237],
    [220.462, 99.99988107494],
  ])('%s lb = %s kg (1 lb = 0.45359237 kg exactly)', (pounds, kilograms) => {
    expect(poundsToKg(lb(pounds))).toBeCloseTo(kilograms, 5);
  });

  it.each([
    [1, 2.54],
    [60, 152.4],
    [72, 182.88],
  ])('%s in = %s cm', (inch, centimetres) => {
    expect(inchesToCm(inches(inch))).toBeCloseTo(centimetres, 10);
  });

  it('converts back for display', () => {
    expect(kgToPounds(kg(45.359237))).toBeCloseTo(100, 10);
    expect(cmToInches(cm(152.4))).toBeCloseTo(60, 10);
    expect(minutesToHours(minutes(40))).toBeCloseTo(2 / 3, 12);
  });

  it('does the dose arithmetic with the units in the names', () => {
    expect(doseMgFromMgPerKg(mgPerKg(0.5), kg(70))).toBe(35);
    expect(mgPerKgFromDoseMg(mg(35), kg(70))).toBe(0.5);
    expect(volumeMlFromDoseMg(mg(35), mgPerMl(10))).toBe(3.5);
    expect(doseMgFromVolumeMl(ml(3.5), mgPerMl(10))).toBe(35);
    // DEFAULTS §1: rateMlPerHour = doseMg / concentrationMgPerMl / durationH. 35 mg at 1 mg/mL over 40 min.
    expect(rateMlPerHourFromVolume(ml(35), hours(40 / 60))).toBeCloseTo(52.5, 10);
  });

  it('converts an hourly amount to a pump rate and a rate over time to a volume', () => {
    expect(mlPerHourFromMgPerHour(mgPerHour(40), mgPerMl(10))).toBe(4);
    expect(volumeMlFromRate(mlPerHour(40), hours(4))).toBe(160);
  });

  it('rejects a zero infusion duration', () => {
    expect(() => rateMlPerHourFromVolume(ml(35), hours(0))).toThrow(InvalidInputError);
  });
});
