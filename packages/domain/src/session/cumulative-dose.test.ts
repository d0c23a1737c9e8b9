import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors.js';
import { atMin } from '../monitoring/test-readings.js';
import { cumulativeDoseMg, type RateEvent } from './cumulative-dose.js';

const rate = (minute: number, rateMlPerHour: number): RateEvent => ({ kind: 'rate', at: atMin(minute), rateMlPerHour });
const pause = (minute: number): RateEvent => ({ kind: 'pause', at: atMin(minute) });
const resume = (minute: number): RateEvent => ({ kind: 'resume', at: atMin(minute) });
const stop = (minute: number): RateEvent => ({ kind: 'stop', at: atMin(minute) });
const bolus = (minute: number, volumeMl: number): RateEvent => ({ kind: 'bolus', at: atMin(minute), volumeMl });

// 35 mg in 100 mL over 40 min (0.35 mg/mL at 150 mL/h): a 70 kg patient at 0.5 mg/kg.
const conc = 0.35;

describe('cumulativeDoseMg', () => {
  it.each<[string, RateEvent[], number, number]>([
    ['nothing before the pump starts', [rate(0, 150)], -5, 0],
    ['at the start', [rate(0, 150)], 0, 0],
    ['halfway through 40 min at 150 mL/h', [rate(0, 150)], 20, 50 * conc],
    ['the full 40-min infusion', [rate(0, 150), stop(40)], 40, 100 * conc],
    ['nothing after a stop', [rate(0, 150), stop(40)], 90, 100 * conc],
    ['a pause delivers nothing', [rate(0, 150), pause(10), resume(20), stop(50)], 15, 25 * conc],
    ['resumes at the same rate', [rate(0, 150), pause(10), resume(20), stop(50)], 50, 100 * conc],
    ['slowed halfway', [rate(0, 150), rate(20, 75), stop(60)], 60, (50 + 50) * conc],
    [
      'a rate set while paused applies on resume',
      [rate(0, 150), pause(10), rate(15, 60), resume(20)],
      30,
      (25 + 10) * conc,
    ],
    ['a bolus counts at its instant', [bolus(0, 10), rate(0, 150)], 0, 10 * conc],
    ['a bolus after `until` does not', [rate(0, 150), bolus(30, 10)], 20, 50 * conc],
    ['a rate of 0 delivers nothing', [rate(0, 0)], 30, 0],
    ['stop with no rate ever set', [stop(0)], 10, 0],
  ])('%s', (_name, history, untilMin, expectedMg) => {
    expect(cumulativeDoseMg(history, conc, atMin(untilMin))).toBeCloseTo(expectedMg, 9);
  });

  it.each<[string, RateEvent[]]>([
    ['events out of time order', [rate(10, 150), rate(5, 100)]],
    ['a pause before the pump runs', [pause(0)]],
    ['a pause while paused', [rate(0, 150), pause(5), pause(6)]],
    ['a resume while running', [rate(0, 150), resume(5)]],
    ['an event after stop', [rate(0, 150), stop(5), rate(6, 100)]],
    ['a negative rate', [rate(0, -1)]],
    ['a rate that is not a number', [rate(0, Number.NaN)]],
    ['a bolus of 0 mL', [rate(0, 150), bolus(5, 0)]],
    ['a time without a zone', [{ kind: 'rate', at: '2025-03-01T10:00:00', rateMlPerHour: 150 }]],
  ])('rejects %s', (_name, history) => {
    expect(() => cumulativeDoseMg(history, conc, atMin(60))).toThrow(InvalidInputError);
  });

  it.each([0, -0.35, Number.NaN, Number.POSITIVE_INFINITY])('rejects a concentration of %s mg/mL', (value) => {
    expect(() => cumulativeDoseMg([rate(0, 150)], value, atMin(60))).toThrow(InvalidInputError);
  });

  it('validates the whole history, even events after `until`', () => {
    expect(() => cumulativeDoseMg([rate(0, 150), resume(50)], conc, atMin(10))).toThrow(InvalidInputError);
  });
});
