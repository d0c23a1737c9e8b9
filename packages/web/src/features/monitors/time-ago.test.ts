import { describe, expect, it } from 'vitest';
import { timeAgo } from './time-ago';

describe('timeAgo', () => {
  const now = Date.parse('2026-11-22T12:00:00Z');
  it.each([
    ['2026-11-22T11:59:30Z', 'just now'],
    ['2026-11-22T11:58:00Z', '2 min ago'],
    ['2026-11-22T11:01:00Z', '59 min ago'],
    ['2026-11-22T09:00:00Z', '3 h ago'],
    ['2026-11-19T12:00:00Z', '3 days ago'],
    ['not a time', ''],
  ])('%s → "%s"', (iso, expected) => {
    expect(timeAgo(iso, now)).toBe(expected);
  });
});
