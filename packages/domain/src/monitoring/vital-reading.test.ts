import { describe, expect, it } from 'vitest';
import { InvalidInputError, MissingInputError } from '../errors.js';
import { scoreCadss6, validateSedationCheck, type Cadss6Answers } from './sedation-check.js';
import { sedation, vitals } from './test-readings.js';
import { validateVitalReading, type VitalReading } from './vital-reading.js';

describe('validateVitalReading: plausible ranges are typo guards, inclusive', () => {
  it.each<[string, Partial<VitalReading>]>([
    ['SBP 40', { systolicMmHg: 40, diastolicMmHg: 20 }],
    ['SBP 300', { systolicMmHg: 300 }],
    ['DBP 15', { diastolicMmHg: 15 }],
    ['HR 20', { heartRateBpm: 20 }],
    ['HR 300', { heartRateBpm: 300 }],
    ['SpO2 1 (accepted so it alarms)', { spo2Pct: 1 }],
    ['SpO2 100', { spo2Pct: 100 }],
    ['RR 0 (apnoea, accepted so it alarms)', { respiratoryRatePerMin: 0 }],
    ['RR 80', { respiratoryRatePerMin: 80 }],
    ['EtCO2 35', { etco2MmHg: 35 }],
    ['a time with an offset', { takenAt: '2025-03-01T11:00:00+01:00' }],
  ])('accepts %s', (_name, overrides) => {
    expect(() => {
      validateVitalReading(vitals(overrides));
    }).not.toThrow();
  });

  it.each<[string, Partial<VitalReading>, string]>([
    ['SBP 39', { systolicMmHg: 39, diastolicMmHg: 20 }, 'systolicMmHg'],
    ['SBP 301', { systolicMmHg: 301 }, 'systolicMmHg'],
    ['SBP equal to DBP', { systolicMmHg: 90, diastolicMmHg: 90 }, 'diastolicMmHg'],
    ['SBP below DBP', { systolicMmHg: 80, diastolicMmHg: 120 }, 'diastolicMmHg'],
    ['DBP 14', { diastolicMmHg: 14 }, 'diastolicMmHg'],
    ['HR 19', { heartRateBpm: 19 }, 'heartRateBpm'],
    ['HR Infinity', { heartRateBpm: Number.POSITIVE_INFINITY }, 'heartRateBpm'],
    ['SpO2 0', { spo2Pct: 0 }, 'spo2Pct'],
    ['SpO2 100.5', { spo2Pct: 100.5 }, 'spo2Pct'],
    ['RR -1', { respiratoryRatePerMin: -1 }, 'respiratoryRatePerMin'],
    ['RR 81', { respiratoryRatePerMin: 81 }, 'respiratoryRatePerMin'],
    ['EtCO2 151', { etco2MmHg: 151 }, 'etco2MmHg'],
    ['a time without a zone', { takenAt: '2025-03-01T10:00:00' }, 'takenAt'],
    ['an impossible date', { takenAt: '2025-02-30T10:00:00Z' }, 'takenAt'],
    ['hour 24', { takenAt: '2025-03-01T24:00:00Z' }, 'takenAt'],
  ])('rejects %s, naming the field', (_name, overrides, field) => {
    try {
      validateVitalReading(vitals(overrides));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).details.fields?.map((f) => f.field)).toContain(field);
    }
  });

  it('lists every fault at once', () => {
    try {
      validateVitalReading(vitals({ spo2Pct: 101, heartRateBpm: 400 }));
      expect.unreachable();
    } catch (error) {
      expect((error as InvalidInputError).details.fields?.map((f) => f.field)).toEqual(['heartRateBpm', 'spo2Pct']);
    }
  });

  it('treats an absent measure as missing, never as a default', () => {
    const { heartRateBpm: _dropped, ...partial } = vitals();
    expect(() => {
      validateVitalReading(partial as VitalReading);
    }).toThrow(MissingInputError);
  });
});

describe('sedation checks', () => {
  const answers: Cadss6Answers = { item1: 0, item2: 1, item6: 2, item7: 3, item15: 4, item22: 4 };

  it('sums the six CADSS-6 items', () => {
    expect(scoreCadss6(answers)).toBe(14);
    expect(scoreCadss6({ item1: 0, item2: 0, item6: 0, item7: 0, item15: 0, item22: 0 })).toBe(0);
    expect(scoreCadss6({ item1: 4, item2: 4, item6: 4, item7: 4, item15: 4, item22: 4 })).toBe(24);
  });

  it.each<[string, Record<string, number | undefined>, typeof InvalidInputError | typeof MissingInputError]>([
    ['an item above 4', { item15: 5 }, InvalidInputError],
    ['a negative item', { item1: -1 }, InvalidInputError],
    ['a fractional item', { item7: 1.5 }, InvalidInputError],
    ['an unanswered item (never imputed)', { item22: undefined }, MissingInputError],
  ])('rejects %s', (_name, change, error) => {
    expect(() => scoreCadss6({ ...answers, ...change })).toThrow(error);
  });

  it.each([0, 5])('accepts MOAA/S %s', (score) => {
    expect(() => {
      validateSedationCheck(sedation(score, { cadss6: answers }));
    }).not.toThrow();
  });

  it.each([-1, 6, 4.5, Number.NaN])('rejects MOAA/S %s', (score) => {
    expect(() => {
      validateSedationCheck(sedation(score));
    }).toThrow(InvalidInputError);
  });

  it('rejects a check with an incomplete CADSS-6', () => {
    const partial = { ...answers, item2: undefined } as unknown as Cadss6Answers;
    expect(() => {
      validateSedationCheck(sedation(5, { cadss6: partial }));
    }).toThrow(MissingInputError);
  });
});
