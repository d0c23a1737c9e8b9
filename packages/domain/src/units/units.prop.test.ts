import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import {
  inchesToCm,
  cmToInches,
  doseMgFromVolumeMl,
  kgToPounds,
  poundsToKg,
  volumeMlFromDoseMg,
} from './conversions.js';
import { cm, inches, kg, lb, mg, mgPerMl, ml } from './quantity.js';
import { roundToDecimals } from './rounding.js';

const positive = fc.double({ min: 1e-3, max: 1e4, noNaN: true });

test.prop([positive])('lb → kg → lb round-trips', (pounds) => {
  expect(kgToPounds(poundsToKg(lb(pounds)))).toBeCloseTo(pounds, 9);
});

test.prop([positive])('in → cm → in round-trips', (value) => {
  expect(cmToInches(inchesToCm(inches(value)))).toBeCloseTo(value, 9);
  expect(inchesToCm(cmToInches(cm(value)))).toBeCloseTo(value, 9);
});

test.prop([positive, fc.double({ min: 0.1, max: 100, noNaN: true })])(
  'mg ↔ mL round-trips at any concentration',
  (dose, conc) => {
    const back = doseMgFromVolumeMl(volumeMlFromDoseMg(mg(dose), mgPerMl(conc)), mgPerMl(conc));
    expect(Math.abs(back - dose)).toBeLessThanOrEqual(dose * 1e-12);
    expect(volumeMlFromDoseMg(doseMgFromVolumeMl(ml(dose), mgPerMl(conc)), mgPerMl(conc))).toBeCloseTo(dose, 9);
  },
);

test.prop([fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 4 })])(
  'rounding down never goes up, up never goes down, and each moves less than one step',
  (value, decimals) => {
    const step = 10 ** -decimals;
    const down = roundToDecimals(value, decimals, 'down');
    const up = roundToDecimals(value, decimals, 'up');
    const nearest = roundToDecimals(value, decimals, 'nearest');
    const tolerance = Math.abs(value) * 1e-12 + 1e-9;
    expect(down).toBeLessThanOrEqual(value + tolerance);
    expect(up).toBeGreaterThanOrEqual(value - tolerance);
    expect(value - down).toBeLessThan(step + tolerance);
    expect(up - value).toBeLessThan(step + tolerance);
    expect(Math.abs(nearest - value)).toBeLessThanOrEqual(step / 2 + tolerance);
  },
);

test.prop([
  fc.oneof(fc.constant(Number.NaN), fc.constant(Number.POSITIVE_INFINITY), fc.double({ max: -1e-9, noNaN: true })),
])('invalid weights are always rejected, never coerced', (bad) => {
  expect(() => kg(bad)).toThrow();
});
