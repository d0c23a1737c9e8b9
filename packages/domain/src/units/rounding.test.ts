import { describe, expect, it } from 'vitest';
import { roundToDecimals } from './rounding.js';

describe('roundToDecimals', () => {
  it.each([
    [35.05, 1, 'down', 35],
    [35.05, 1, 'nearest', 35.1],
    [35.01, 1, 'up', 35.1],
    [0.3 * 10, 0, 'down', 3],
    [0.1 + 0.2, 1, 'up', 0.3],
    [2.675, 2, 'nearest', 2.68],
    [-1.25, 1, 'nearest', -1.3],
    [52.4999, 1, 'down', 52.4],
  ] as const)('%s to %s decimals %s = %s', (value, decimals, direction, expected) => {
    expect(roundToDecimals(value, decimals, direction)).toBe(expected);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY])('refuses %s', (value) => {
    expect(() => roundToDecimals(value, 1, 'down')).toThrow(RangeError);
  });

  it('refuses a silly number of decimals', () => {
    expect(() => roundToDecimals(1, 7, 'down')).toThrow(RangeError);
    expect(() => roundToDecimals(1, 1.5, 'down')).toThrow(RangeError);
  });
});
