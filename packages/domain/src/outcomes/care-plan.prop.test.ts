import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { goalProgress } from './care-plan.js';

const at = (d: number): string => new Date(Date.UTC(2026, 0, 1 + d, 9)).toISOString();

describe('goalProgress properties', () => {
  test.prop([
    fc.integer({ min: 0, max: 9 }).chain((baseline) =>
      fc.record({
        baselineRating: fc.constant(baseline),
        targetRating: fc.integer({ min: baseline + 1, max: 10 }),
        ratings: fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 10 }),
      }),
    ),
  ])('met exactly when the latest rating reaches the target; 100 % at the target', (g) => {
    const ratings = g.ratings.map((rating, i) => ({ rating, ratedAt: at(i) }));
    const progress = goalProgress(g, ratings);
    const last = g.ratings[g.ratings.length - 1] ?? 0;
    expect(progress.met).toBe(last >= g.targetRating);
    if (last === g.targetRating) {
      expect(progress.progressPct).toBe(100);
    }
  });
});
