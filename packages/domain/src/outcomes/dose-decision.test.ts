import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors.js';
import { imDepressionV1, inEsketamineTrdV1, ivDepressionV1, ivPainV1 } from '../protocols/library.js';
import { checkDoseDecision, mgPerKgLimitsOf } from './dose-decision.js';

const limits = { minMgPerKg: 0.1, normalMaxMgPerKg: 0.75, softMaxMgPerKg: 1 };
const fieldsOf = (run: () => void): string[] => {
  try {
    run();
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return ((error as InvalidInputError).details.fields ?? []).map((f) => f.field);
  }
};

describe('mgPerKgLimitsOf (DEFAULTS.md §1)', () => {
  it('reads floor, normal ceiling and hard ceiling from the protocol', () => {
    expect(mgPerKgLimitsOf(ivDepressionV1)).toEqual(limits);
  });
  it('is null without all three limits (IM has no floor) or when not dosed in mg/kg per session', () => {
    expect(mgPerKgLimitsOf(imDepressionV1)).toBeNull();
    expect(mgPerKgLimitsOf(ivPainV1)).toBeNull();
    expect(mgPerKgLimitsOf(inEsketamineTrdV1)).toBeNull();
  });
});

describe('checkDoseDecision', () => {
  const decide =
    (decided: number, suggested: number | null, reason = '') =>
    () => {
      checkDoseDecision({ limits, suggestedDoseMgPerKg: suggested, decidedDoseMgPerKg: decided, reason });
    };
  it('accepting the suggestion needs no reason', () => {
    expect(fieldsOf(decide(0.6, 0.6))).toEqual([]);
  });
  it('changing it needs a reason', () => {
    expect(fieldsOf(decide(0.5, 0.6))).toEqual(['reason']);
    expect(fieldsOf(decide(0.5, 0.6, 'Headache after the last session'))).toEqual([]);
  });
  it('above the normal range needs a reason even when suggested; the hard ceiling is allowed, beyond is not', () => {
    expect(fieldsOf(decide(0.8, 0.8))).toEqual(['reason']);
    expect(fieldsOf(decide(1.0, null, 'No response at 0.75 over 4 sessions'))).toEqual([]);
    expect(fieldsOf(decide(1.01, null, 'x'))).toEqual(['decidedDoseMgPerKg']);
    expect(fieldsOf(decide(0.09, null, 'x'))).toEqual(['decidedDoseMgPerKg']);
  });
});
