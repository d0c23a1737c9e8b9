import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { vitals } from '../monitoring/test-readings.js';
import { circulationScore, oxygenationScore } from './aldrete.js';

describe('Aldrete items never improve as a value moves away from normal', () => {
  test.prop([fc.integer({ min: 90, max: 160 }), fc.integer({ min: 0, max: 140 }), fc.integer({ min: 0, max: 140 })])(
    'circulation: a larger systolic deviation never scores higher',
    (baseSystolic, a, b) => {
      const [near, far] = a <= b ? [a, b] : [b, a];
      const baseline = vitals({ systolicMmHg: baseSystolic, diastolicMmHg: 30 });
      const score = (deviation: number) =>
        circulationScore(vitals({ systolicMmHg: baseSystolic + deviation, diastolicMmHg: 30 }), baseline);
      expect(score(far)).toBeLessThanOrEqual(score(near));
    },
  );

  test.prop([fc.boolean(), fc.double({ min: 1, max: 100, noNaN: true }), fc.double({ min: 1, max: 100, noNaN: true })])(
    'oxygenation: a lower SpO2 never scores higher',
    (onOxygen, a, b) => {
      const [low, high] = a <= b ? [a, b] : [b, a];
      expect(oxygenationScore(low, onOxygen)).toBeLessThanOrEqual(oxygenationScore(high, onOxygen));
    },
  );

  test.prop([fc.double({ min: 1, max: 100, noNaN: true })])(
    'oxygen support never scores higher than room air at the same SpO2',
    (spo2) => {
      expect(oxygenationScore(spo2, true)).toBeLessThanOrEqual(oxygenationScore(spo2, false));
    },
  );
});
