import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors.js';
import { doseMgPerKgOf, summariseSessionMeasures } from './session-measures.js';

const at = (min: number): string => new Date(Date.UTC(2026, 10, 23, 15, min)).toISOString();

describe('summariseSessionMeasures', () => {
  it('pre = last reading at or before dosing start; peak = highest after; CADSS-6 = highest', () => {
    const m = summariseSessionMeasures({
      dosingStartedAt: at(10),
      deliveredMg: 39,
      dosingKg: 78,
      systolicReadings: [
        { takenAt: at(0), systolicMmHg: 150 },
        { takenAt: at(10), systolicMmHg: 124 },
        { takenAt: at(30), systolicMmHg: 152 },
        { takenAt: at(20), systolicMmHg: 141 },
      ],
      cadss6Totals: [3, 8, 5],
    });
    expect(m).toEqual({ doseMgPerKg: 0.5, preSystolicMmHg: 124, peakSystolicMmHg: 152, cadss6Total: 8 });
  });

  it('leaves what was not recorded as null, never estimated', () => {
    expect(
      summariseSessionMeasures({
        dosingStartedAt: at(10),
        deliveredMg: null,
        dosingKg: 80,
        systolicReadings: [],
        cadss6Totals: [],
      }),
    ).toEqual({ doseMgPerKg: null, preSystolicMmHg: null, peakSystolicMmHg: null, cadss6Total: null });
  });

  it('refuses a dosing weight outside 30–300 kg rather than dividing by it', () => {
    expect(() => doseMgPerKgOf(40, 29.9)).toThrow(InvalidInputError);
    expect(() => doseMgPerKgOf(-1, 80)).toThrow(InvalidInputError);
    expect(doseMgPerKgOf(60, 80)).toBe(0.75);
  });
});
