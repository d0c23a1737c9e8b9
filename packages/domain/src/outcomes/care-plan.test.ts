import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors.js';
import { goalProgress, validateGoal } from './care-plan.js';

const at = (d: number): string => new Date(Date.UTC(2026, 0, 1 + d, 9)).toISOString();
const goal = { area: 'walking', description: 'Walk to the park and back', baselineRating: 2, targetRating: 7 };

describe('validateGoal', () => {
  it('accepts a target above the rating now', () => {
    expect(() => {
      validateGoal(goal);
    }).not.toThrow();
  });

  it.each([
    ['target equal to the rating now', { targetRating: 2 }, 'targetRating'],
    ['target below the rating now', { targetRating: 1 }, 'targetRating'],
    ['rating now above 10', { baselineRating: 11 }, 'baselineRating'],
    ['fractional target', { targetRating: 7.5 }, 'targetRating'],
    ['unknown area', { area: 'golf' }, 'area'],
    ['blank description', { description: '  ' }, 'description'],
  ])('refuses a %s, naming the field', (_name, change, field) => {
    try {
      validateGoal({ ...goal, ...change });
      expect.fail('should refuse');
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError);
      expect(JSON.stringify((error as InvalidInputError).details)).toContain(field);
    }
  });
});

describe('goalProgress', () => {
  it('has no progress before the first rating', () => {
    expect(goalProgress(goal, [])).toMatchObject({ latest: undefined, met: false, progressPct: undefined });
  });

  it('uses the latest rating by time, whatever the order given', () => {
    const progress = goalProgress(goal, [
      { rating: 7, ratedAt: at(14) },
      { rating: 4, ratedAt: at(7) },
    ]);
    expect(progress).toMatchObject({ latest: { rating: 7 }, met: true, progressPct: 100 });
  });

  it('is not met one point below the target; worse than at agreement is negative', () => {
    expect(goalProgress(goal, [{ rating: 6, ratedAt: at(3) }])).toMatchObject({ met: false, progressPct: 80 });
    expect(goalProgress(goal, [{ rating: 0, ratedAt: at(3) }]).progressPct).toBe(-40);
  });

  it('refuses a rating outside 0–10', () => {
    expect(() => goalProgress(goal, [{ rating: 11, ratedAt: at(1) }])).toThrow(InvalidInputError);
  });
});
