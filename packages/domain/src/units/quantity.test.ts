import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors.js';
import {
  cm,
  inches,
  kg,
  lb,
  mg,
  mgPerHour,
  mgPerKg,
  mgPerKgPerHour,
  mgPerMl,
  minutes,
  hours,
  ml,
  mlPerHour,
  mmHg,
  percent,
  perMinute,
} from './quantity.js';

const positiveOnly = { kg, lb, cm, inches, mgPerKg, mgPerKgPerHour, mgPerMl, mmHg } as const;
const zeroAllowed = { mg, ml, mlPerHour, mgPerHour, minutes, hours, perMinute, percent } as const;

describe('quantity constructors', () => {
  it.each(Object.entries({ ...positiveOnly, ...zeroAllowed }))(
    '%s rejects NaN, ±Infinity and negatives',
    (_name, make) => {
      for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0.0001, -5]) {
        expect(() => make(bad)).toThrow(InvalidInputError);
      }
    },
  );

  it.each(Object.entries(positiveOnly))('%s rejects zero (meaningless for it)', (_name, make) => {
    expect(() => make(0)).toThrow(InvalidInputError);
  });

  it.each(Object.entries(zeroAllowed))('%s accepts zero', (_name, make) => {
    expect(make(0)).toBe(0);
  });

  it('keeps the value unchanged', () => {
    expect(kg(72.4)).toBe(72.4);
    expect(mgPerMl(10)).toBe(10);
  });

  it('names the field at fault', () => {
    try {
      kg(Number.NaN, 'weight/value');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).details.fields).toEqual([
        { field: 'weight/value', message: expect.stringContaining('weight/value') as string },
      ]);
    }
  });

  it('rejects values that arrive untyped (from JSON) as strings', () => {
    expect(() => kg('70' as unknown as number)).toThrow(InvalidInputError);
  });

  it.each([
    [100, true],
    [100.0001, false],
    [0, true],
  ])('percent(%s) accepted: %s', (value, ok) => {
    if (ok) {
      expect(percent(value)).toBe(value);
    } else {
      expect(() => percent(value)).toThrow(InvalidInputError);
    }
  });
});
