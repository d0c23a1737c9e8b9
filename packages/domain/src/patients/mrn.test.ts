import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { formatMrn, isValidMrn, luhnCheckDigit } from './mrn.js';

describe('MRN', () => {
  it('formats a sequence with a Luhn check digit', () => {
    expect(luhnCheckDigit('7992739871')).toBe(3); // the textbook Luhn example
    expect(formatMrn(42)).toMatch(/^CS-0000042-\d$/);
  });
  it.each([0, -1, 1.5, 10_000_000, Number.NaN])('refuses sequence %s', (n) => {
    expect(() => formatMrn(n)).toThrow(RangeError);
  });
  test.prop([fc.integer({ min: 1, max: 9_999_999 })])('every generated MRN validates', (n) => {
    expect(isValidMrn(formatMrn(n))).toBe(true);
  });
  test.prop([fc.integer({ min: 1, max: 9_999_999 }), fc.integer({ min: 3, max: 9 }), fc.integer({ min: 1, max: 9 })])(
    'a single mistyped digit is caught',
    (n, position, delta) => {
      const mrn = formatMrn(n);
      const digit = Number(mrn[position]);
      const typo = `${mrn.slice(0, position)}${(digit + delta) % 10}${mrn.slice(position + 1)}`;
      expect(isValidMrn(typo)).toBe(false);
    },
  );
});
