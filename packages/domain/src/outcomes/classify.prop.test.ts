import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { getScale } from '../scales/catalogue.js';
import { classifyScore } from './classify.js';
import { outcomeRules, type OutcomeScaleId } from './response-rules.js';

const scaleIds = Object.keys(outcomeRules) as OutcomeScaleId[];
const pairArb = fc.constantFrom(...scaleIds).chain((scaleId) => {
  const max = getScale(scaleId).totalRange.max;
  return fc.record({
    scaleId: fc.constant(scaleId),
    baseline: fc.integer({ min: 0, max }),
    total: fc.integer({ min: 0, max }),
  });
});

describe('classifyScore properties', () => {
  test.prop([pairArb])(
    'a lower score never loses a response or remission that a higher one had',
    ({ scaleId, baseline, total }) => {
      const higher = classifyScore(scaleId, baseline, total);
      if (total > 0) {
        const lower = classifyScore(scaleId, baseline, total - 1);
        expect(higher.response && !lower.response).toBe(false);
        expect(higher.remission && !lower.remission).toBe(false);
      }
    },
  );

  test.prop([fc.integer({ min: 1, max: 27 }), fc.integer({ min: 0, max: 27 })])(
    'PHQ-9 response is exactly total ≤ baseline / 2',
    (baseline, total) => {
      expect(classifyScore('phq-9', baseline, total).response).toBe(total * 2 <= baseline);
    },
  );

  test.prop([fc.integer({ min: 1, max: 10 }), fc.integer({ min: 0, max: 10 })])(
    'pain NRS response is exactly a drop of at least 30% (whole-number check)',
    (baseline, total) => {
      expect(classifyScore('pain-nrs', baseline, total).response).toBe((baseline - total) * 10 >= baseline * 3);
    },
  );

  test.prop([pairArb])('a worse score than baseline is never a response', ({ scaleId, baseline, total }) => {
    if (total >= baseline) {
      expect(classifyScore(scaleId, baseline, total).response).toBe(false);
    }
  });
});
