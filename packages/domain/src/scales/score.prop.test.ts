import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { scaleCatalogue } from './catalogue.js';
import { phq9 } from './phq9.js';
import { scoreResponse } from './score.js';

const scales = Object.values(scaleCatalogue);

/** A form for a scale: every item answered with an allowed value, or null when skipped. */
const formArb = fc.constantFrom(...scales).chain((scale) =>
  fc
    .tuple(
      ...scale.items.map(() =>
        fc.option(fc.constantFrom(...scale.answerOptions.map((o) => o.value)), { nil: null, freq: 6 }),
      ),
    )
    .map((values) => ({
      scale,
      answers: scale.items.map((item, i) => ({ itemId: item.id, value: values[i] ?? null })),
    })),
);

describe('scoreResponse properties', () => {
  test.prop([formArb])(
    'complete iff every item answered; total is the item sum inside the range',
    ({ scale, answers }) => {
      const result = scoreResponse(scale, answers);
      const answered = answers.filter((a) => a.value !== null);
      expect(result.complete).toBe(answered.length === scale.items.length);
      if (result.complete) {
        const sum = answered.reduce((s, a) => s + (a.value ?? 0), 0);
        expect(result.total).toBe(sum);
        expect(result.total).toBeGreaterThanOrEqual(scale.totalRange.min);
        expect(result.total).toBeLessThanOrEqual(scale.totalRange.max);
        expect(result.band === undefined).toBe(scale.bands.length === 0);
      } else {
        expect(result.missingItems).toEqual(answers.filter((a) => a.value === null).map((a) => a.itemId));
      }
    },
  );

  test.prop([formArb])('answer order does not change the result', ({ scale, answers }) => {
    expect(scoreResponse(scale, [...answers].reverse())).toEqual(scoreResponse(scale, answers));
  });

  test.prop([fc.array(fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }), { minLength: 9, maxLength: 9 })])(
    'PHQ-9: the suicide-risk flag is raised exactly when item 9 > 0, complete or not',
    (values) => {
      const answers = phq9.items.map((item, i) => ({ itemId: item.id, value: values[i] ?? null }));
      const flagged = scoreResponse(phq9, answers).flags.some((f) => f.flag === 'suicide-risk');
      expect(flagged).toBe((values[8] ?? 0) > 0);
    },
  );
});
