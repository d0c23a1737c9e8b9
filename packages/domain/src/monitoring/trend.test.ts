import { describe, expect, it } from 'vitest';
import { projectLeastSquares } from './trend.js';

const minute = 60_000;

describe('projectLeastSquares', () => {
  it('recovers an exact line and extrapolates it', () => {
    const points = [0, 5, 10].map((t) => ({ atMs: t * minute, value: 100 + 2 * t }));
    const fit = projectLeastSquares(points, 20 * minute);
    expect(fit?.slopePerMin).toBeCloseTo(2, 12);
    expect(fit?.projectedValue).toBeCloseTo(140, 12);
  });

  it('fits noisy points by least squares, not through the last point', () => {
    // t = 0, 5, 10; values 100, 120, 110: slope = (−5·−10 + 5·0)/50 = 1; mean 110 at t = 5.
    const points = [
      { atMs: 0, value: 100 },
      { atMs: 5 * minute, value: 120 },
      { atMs: 10 * minute, value: 110 },
    ];
    const fit = projectLeastSquares(points, 20 * minute);
    expect(fit?.slopePerMin).toBeCloseTo(1, 12);
    expect(fit?.projectedValue).toBeCloseTo(125, 12);
  });

  it('returns null when no slope can be fitted', () => {
    expect(projectLeastSquares([{ atMs: 0, value: 1 }], minute)).toBeNull();
    expect(
      projectLeastSquares(
        [
          { atMs: 0, value: 1 },
          { atMs: 0, value: 2 },
        ],
        minute,
      ),
    ).toBeNull();
  });
});
