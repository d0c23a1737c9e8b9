import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors.js';
import { addDays, daysBetween, localDateAtFixedOffset, parseInstantMs, weekdayOf } from './time.js';

describe('time helpers', () => {
  it.each(['2025-03-03T09:00:00Z', '2025-03-03T10:00+01:00', '2025-03-03T09:00:00.123Z'])('parses %s', (at) => {
    expect(Number.isFinite(parseInstantMs(at, 'at'))).toBe(true);
  });
  it.each(['2025-03-03T09:00:00', '2025-03-03', '2025-02-30T09:00:00Z', '2025-03-03T24:00:00Z', '', 'soon'])(
    'rejects %j',
    (at) => {
      expect(() => parseInstantMs(at, 'at')).toThrow(InvalidInputError);
    },
  );
  it('does calendar arithmetic across months and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2024-12-30', '2025-01-06')).toBe(7);
    expect(weekdayOf('2025-03-03')).toBe('mon');
    expect(weekdayOf('2025-03-09')).toBe('sun');
  });
  it('maps instants to local dates at a fixed offset', () => {
    expect(localDateAtFixedOffset(-300)('2025-03-04T03:00:00Z')).toBe('2025-03-03');
    expect(localDateAtFixedOffset(60)('2025-03-03T23:30:00Z')).toBe('2025-03-04');
    expect(() => localDateAtFixedOffset(15 * 60)).toThrow(InvalidInputError);
  });
});
