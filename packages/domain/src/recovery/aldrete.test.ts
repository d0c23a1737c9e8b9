import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors.js';
import { atMin, vitals } from '../monitoring/test-readings.js';
import type { VitalReading } from '../monitoring/vital-reading.js';
import { circulationScore, oxygenationScore, scoreModifiedAldrete, withinPctOf, type AldreteInput } from './aldrete.js';

const baseline = vitals({ systolicMmHg: 120, diastolicMmHg: 80, takenAt: atMin(-10) });
const bp = (systolicMmHg: number, diastolicMmHg = 80): VitalReading =>
  vitals({ systolicMmHg, diastolicMmHg, takenAt: atMin(60) });

describe('circulation item: BP deviation from the pre-session baseline', () => {
  it.each<[string, VitalReading, 0 | 1 | 2]>([
    ['unchanged', bp(120), 2],
    ['SBP +20% exactly (144)', bp(144), 2],
    ['SBP −20% exactly (96)', bp(96), 2],
    ['SBP +20.8% (145)', bp(145), 1],
    ['DBP +20% exactly (96)', bp(120, 96), 2],
    ['DBP +21.25% (97)', bp(130, 97), 1],
    ['SBP +49.2% (179)', bp(179), 1],
    ['SBP +50% exactly (180)', bp(180), 0],
    ['SBP −50% exactly (60)', bp(60, 40), 0],
    ['DBP −50% exactly (40), SBP fine', bp(120, 40), 0],
  ])('%s → %s', (_name, current, expected) => {
    expect(circulationScore(current, baseline)).toBe(expected);
  });

  it('compares percentages exactly (no floating-point drift at 20%)', () => {
    expect(withinPctOf(144, 120, 20)).toBe(true);
    expect(withinPctOf(72, 60, 20)).toBe(true);
    expect(withinPctOf(72.01, 60, 20)).toBe(false);
  });
});

describe('oxygenation item', () => {
  it.each<[number, boolean, 0 | 1 | 2]>([
    [93, false, 2],
    [92, false, 1],
    [91, false, 1],
    [90, false, 0],
    [99, true, 1],
    [91, true, 1],
    [90, true, 0],
    [85, true, 0],
  ])('SpO2 %s%%, on oxygen %s → %s', (spo2Pct, onOxygen, expected) => {
    expect(oxygenationScore(spo2Pct, onOxygen)).toBe(expected);
  });
});

describe('scoreModifiedAldrete', () => {
  const input: AldreteInput = {
    takenAt: atMin(60),
    activity: 2,
    respiration: 2,
    consciousness: 2,
    vitals: bp(125),
    baselineVitals: baseline,
    onSupplementalOxygen: false,
  };

  it('totals the five items and names the variant', () => {
    expect(scoreModifiedAldrete(input)).toEqual({
      rule: 'recovery.aldrete.modified@1',
      takenAt: atMin(60),
      items: { activity: 2, respiration: 2, circulation: 2, consciousness: 2, oxygenation: 2 },
      total: 10,
      bpDeviationPct: (5 / 120) * 100,
    });
  });

  it('computes circulation and oxygenation from the readings', () => {
    const score = scoreModifiedAldrete({
      ...input,
      consciousness: 1,
      vitals: vitals({ systolicMmHg: 150, spo2Pct: 91, takenAt: atMin(60) }),
    });
    expect(score.items).toEqual({ activity: 2, respiration: 2, circulation: 1, consciousness: 1, oxygenation: 1 });
    expect(score.total).toBe(7);
  });

  it.each([
    ['activity', 3],
    ['respiration', -1],
    ['consciousness', 1.5],
  ])('rejects %s = %s', (field, value) => {
    expect(() => scoreModifiedAldrete({ ...input, [field]: value })).toThrow(InvalidInputError);
  });

  it('rejects an implausible reading rather than scoring it', () => {
    expect(() => scoreModifiedAldrete({ ...input, vitals: vitals({ spo2Pct: 120 }) })).toThrow(InvalidInputError);
  });
});
