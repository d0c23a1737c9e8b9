import { describe, expect, it } from 'vitest';
import { daysBetween, monthsBefore } from './dates.js';

describe('dates', () => {
  it.each([
    ['2025-03-10', 6, '2024-09-10'],
    ['2025-08-31', 6, '2025-02-28'],
    ['2024-08-31', 6, '2024-02-29'],
    ['2025-01-15', 1, '2024-12-15'],
    ['2025-03-10', 0, '2025-03-10'],
  ])('%s minus %s months = %s', (date, months, expected) => {
    expect(monthsBefore(date, months)).toBe(expected);
  });

  it.each([
    ['2025-03-03', '2025-03-10', 7],
    ['2025-03-10', '2025-03-03', -7],
    ['2024-02-28', '2024-03-01', 2],
    ['2025-03-29', '2025-03-31', 2],
  ])('%s → %s = %s days', (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });
});
