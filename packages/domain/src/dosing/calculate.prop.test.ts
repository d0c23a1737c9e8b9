import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { InvalidInputError } from '../errors.js';
import { inEsketamineTrdV1, ivDepressionV1, ivPainV1 } from '../protocols/library.js';
import { PRECISION } from '../units/rounding.js';
import { calculateDose } from './calculate.js';
import { doseInputBounds } from './inputs.js';
import type { DoseAmounts, DoseRequest } from './types.js';

const now = '2025-03-10T10:00:00Z';
const measuredAt = '2025-03-10T09:00:00Z';
const weightKg = fc.double({ min: 30, max: 300, noNaN: true });
const mgPerKg = fc.double({ min: 0.01, max: 13, noNaN: true });
const concentration = fc.double({ min: 0.5, max: 100, noNaN: true });
const duration = fc.double({ min: 1, max: 1440, noNaN: true });

const ivDep = (w: number, dose: number, conc: number, min: number): DoseRequest => ({
  protocol: ivDepressionV1,
  now,
  weight: { value: w, unit: 'kg', measuredAt },
  basis: 'actual',
  doseMgPerKg: dose,
  durationMin: min,
  concentrationMgPerMl: conc,
});

function weightBased(
  amounts: DoseAmounts,
): Extract<DoseAmounts, { mode: 'mg-per-kg-over-duration' | 'mg-per-kg-single-injection' }> {
  if (amounts.mode !== 'mg-per-kg-over-duration' && amounts.mode !== 'mg-per-kg-single-injection') {
    throw new Error(`unexpected mode ${amounts.mode}`);
  }
  return amounts;
}

test.prop([weightKg, mgPerKg, concentration, duration])(
  'a dose that is not hard-stopped never exceeds a hard limit',
  (w, dose, conc, min) => {
    const result = calculateDose(ivDep(w, dose, conc, min));
    if (result.status !== 'hard-stop') {
      const a = weightBased(result.amounts);
      expect(a.doseMg).toBeLessThanOrEqual(1.0 * w + PRECISION);
      expect(a.doseMg / w).toBeLessThanOrEqual(1.0 + PRECISION);
      expect(conc).toBeLessThanOrEqual(50);
      expect(min).toBeGreaterThanOrEqual(40);
      expect(min).toBeLessThanOrEqual(100);
    }
  },
);

test.prop([weightKg, weightKg, mgPerKg])('the dose grows with weight', (w1, w2, dose) => {
  const [lo, hi] = w1 <= w2 ? [w1, w2] : [w2, w1];
  const a = weightBased(calculateDose(ivDep(lo, dose, 10, 40)).amounts);
  const b = weightBased(calculateDose(ivDep(hi, dose, 10, 40)).amounts);
  expect(a.doseMg).toBeLessThanOrEqual(b.doseMg);
  expect(a.volumeMl).toBeLessThanOrEqual(b.volumeMl);
});

test.prop([weightKg, mgPerKg, mgPerKg])('the dose grows with mg/kg', (w, d1, d2) => {
  const [lo, hi] = d1 <= d2 ? [d1, d2] : [d2, d1];
  const a = weightBased(calculateDose(ivDep(w, lo, 10, 40)).amounts);
  const b = weightBased(calculateDose(ivDep(w, hi, 10, 40)).amounts);
  expect(a.doseMg).toBeLessThanOrEqual(b.doseMg);
});

test.prop([weightKg, mgPerKg, concentration, duration])(
  'mg ↔ mL round-trips within one 0.01 mL step, never above the dose',
  (w, dose, conc, min) => {
    const a = weightBased(calculateDose(ivDep(w, dose, conc, min)).amounts);
    const volumeAsMg = a.volumeMl * conc;
    expect(volumeAsMg).toBeLessThanOrEqual(a.doseMg + PRECISION * Math.max(1, a.doseMg));
    expect(a.doseMg - volumeAsMg).toBeLessThan(0.01 * conc + 1e-6);
    expect(a.doseMg).toBeLessThanOrEqual(dose * w + 1e-9 * w);
    expect(dose * w - a.doseMg).toBeLessThan(0.1 + 1e-9);
  },
);

test.prop([weightKg, mgPerKg, concentration, duration])(
  'the pump never runs faster than ordered',
  (w, dose, conc, min) => {
    const a = weightBased(calculateDose(ivDep(w, dose, conc, min)).amounts);
    const rate = a.rateMlPerHour ?? 0;
    expect(rate * (min / 60)).toBeLessThanOrEqual(a.volumeMl + 1e-9 * Math.max(1, a.volumeMl));
  },
);

test.prop([weightKg, mgPerKg])('rounding never takes a dose across an upper limit', (w, dose) => {
  const result = calculateDose(ivDep(w, dose, 10, 40));
  for (const finding of result.findings) {
    if (finding.ruleId === 'protocol.iv-depression.dose.soft-max') {
      expect(dose).toBeGreaterThan(0.75);
    }
    if (finding.ruleId === 'protocol.iv-depression.dose.hard-max') {
      expect(dose).toBeGreaterThan(1.0);
    }
  }
  if (dose <= 1.0) {
    expect(result.findings.map((f) => f.ruleId)).not.toContain('protocol.iv-depression.dose.hard-max');
  }
});

test.prop([
  weightKg,
  fc.double({ min: 0.01, max: 7, noNaN: true }),
  fc.option(fc.double({ min: 0.01, max: 4.5, noNaN: true }), { nil: undefined }),
  concentration,
])(
  'iv-pain: an infusion that is not hard-stopped stays within 2 mg/kg/h and its bolus within 0.35 mg/kg',
  (w, rate, bolus, conc) => {
    const request: DoseRequest = {
      protocol: ivPainV1,
      now,
      weight: { value: w, unit: 'kg', measuredAt },
      basis: 'actual',
      infusionMgPerKgPerHour: rate,
      durationMin: 180,
      concentrationMgPerMl: conc,
      ...(bolus === undefined ? {} : { bolusMgPerKg: bolus }),
    };
    const result = calculateDose(request);
    if (result.amounts.mode !== 'mg-per-kg-per-hour-infusion') {
      throw new Error('wrong mode');
    }
    expect(result.amounts.rateMlPerHour * conc).toBeLessThanOrEqual(rate * w + 1e-9 * rate * w);
    if (result.status !== 'hard-stop') {
      expect((result.amounts.rateMlPerHour * conc) / w).toBeLessThanOrEqual(2 + PRECISION);
      expect((result.amounts.bolus?.doseMg ?? 0) / w).toBeLessThanOrEqual(0.35 + PRECISION);
    }
  },
);

test.prop([fc.integer({ min: 1, max: 300 }), fc.array(fc.constantFrom(28, 56, 84), { maxLength: 5 })])(
  'esketamine: only 56 or 84 mg pass, and 84 only after a 56 mg session',
  (doseMg, prior) => {
    const result = calculateDose({ protocol: inEsketamineTrdV1, now, doseMg, priorEsketamineDosesMg: prior });
    if (result.status === 'within') {
      expect([56, 84]).toContain(doseMg);
      if (doseMg === 84) {
        expect(prior).toContain(56);
      }
    } else {
      expect(result.status).toBe('hard-stop');
    }
  },
);

const badNumber = fc.oneof(
  fc.constant(Number.NaN),
  fc.constant(Number.POSITIVE_INFINITY),
  fc.constant(Number.NEGATIVE_INFINITY),
  fc.constant(0),
  fc.double({ max: -1e-9, noNaN: true }),
);

test.prop([
  fc.oneof(
    badNumber,
    fc.double({ min: 300.0001, max: 1e6, noNaN: true }),
    fc.double({ min: 1e-6, max: 29.9999, noNaN: true }),
  ),
])('an impossible weight is always rejected, never clamped', (w) => {
  expect(() => calculateDose(ivDep(w, 0.5, 10, 40))).toThrow(InvalidInputError);
});

test.prop([
  fc.oneof(badNumber, fc.double({ min: 1.0001, max: 1e4, noNaN: true })),
  fc.constantFrom<keyof typeof doseInputBounds>('concentrationMgPerMl', 'doseMgPerKg', 'durationMin'),
])(
  'an impossible dose input (zero, negative, non-finite or above its plausibility bound) is always rejected',
  (bad, field) => {
    // Positive "bad" values are multiples (> 1) of the field's plausibility bound.
    const value = bad > 1 ? bad * doseInputBounds[field].max : bad;
    expect(() => calculateDose({ ...ivDep(70, 0.5, 10, 40), [field]: value })).toThrow(InvalidInputError);
  },
);
