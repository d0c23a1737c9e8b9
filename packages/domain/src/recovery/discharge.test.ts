import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors.js';
import { atMin, vitals } from '../monitoring/test-readings.js';
import type { VitalReading } from '../monitoring/vital-reading.js';
import { defaultDischargeCriteria } from './discharge-criteria.js';
import { evaluateDischarge, type EvaluateDischargeInput } from './discharge.js';

const baseline = vitals({
  takenAt: atMin(-10),
  systolicMmHg: 120,
  diastolicMmHg: 80,
  heartRateBpm: 70,
  respiratoryRatePerMin: 15,
});
const latest = (overrides: Partial<VitalReading> = {}): VitalReading =>
  vitals({
    takenAt: atMin(75),
    systolicMmHg: 125,
    diastolicMmHg: 82,
    heartRateBpm: 72,
    respiratoryRatePerMin: 14,
    ...overrides,
  });

/** An IV session: dosing 0–40 min, now 80 min, everything in order. */
const ready: EvaluateDischargeInput = {
  route: 'iv',
  now: atMin(80),
  dosingStartedAt: atMin(0),
  dosingEndedAt: atMin(40),
  baselineVitals: baseline,
  latestVitals: latest(),
  aldrete: { total: 10, takenAt: atMin(75) },
  escort: { name: 'Sam Carter', phone: '+1 555 0100' },
  noDrivingAcknowledgedAt: atMin(70),
  unresolvedAlerts: [],
  criteria: defaultDischargeCriteria,
};

const unmetIds = (input: EvaluateDischargeInput): string[] => evaluateDischarge(input).unmet.map((u) => u.criterion);

describe('evaluateDischarge: DEFAULTS §5', () => {
  it('is ready when every criterion is met, with the earliest time by observation', () => {
    expect(evaluateDischarge(ready)).toEqual({ ready: true, unmet: [], earliestAt: atMin(70) });
  });

  it.each<[string, Partial<EvaluateDischargeInput>, string[]]>([
    ['Aldrete 9 is enough', { aldrete: { total: 9, takenAt: atMin(75) } }, []],
    ['Aldrete 8 is not', { aldrete: { total: 8, takenAt: atMin(75) } }, ['discharge.aldrete@1']],
    ['no Aldrete yet', { aldrete: null }, ['discharge.aldrete@1']],
    [
      'IV: 30 min after end of dosing exactly',
      {
        now: atMin(70),
        noDrivingAcknowledgedAt: atMin(65),
        aldrete: { total: 10, takenAt: atMin(69) },
        latestVitals: latest({ takenAt: atMin(69) }),
      },
      [],
    ],
    [
      'IV: 29.9 min after end of dosing',
      {
        now: atMin(69.9),
        noDrivingAcknowledgedAt: atMin(65),
        aldrete: { total: 10, takenAt: atMin(69) },
        latestVitals: latest({ takenAt: atMin(69) }),
      },
      ['discharge.minimum-observation@1'],
    ],
    ['SBP +20% is within', { latestVitals: latest({ systolicMmHg: 144 }) }, []],
    ['SBP +20.8% is not', { latestVitals: latest({ systolicMmHg: 145 }) }, ['discharge.vitals-near-baseline@1']],
    ['HR −20% is within', { latestVitals: latest({ heartRateBpm: 56 }) }, []],
    ['HR −21% is not', { latestVitals: latest({ heartRateBpm: 55 }) }, ['discharge.vitals-near-baseline@1']],
    ['RR +20% is within', { latestVitals: latest({ respiratoryRatePerMin: 18 }) }, []],
    ['RR +26.7% is not', { latestVitals: latest({ respiratoryRatePerMin: 19 }) }, ['discharge.vitals-near-baseline@1']],
    ['DBP −25% is not', { latestVitals: latest({ diastolicMmHg: 60 }) }, ['discharge.vitals-near-baseline@1']],
    ['no vitals in recovery', { latestVitals: null }, ['discharge.vitals-near-baseline@1']],
    ['vitals exactly 15 min old are current', { latestVitals: latest({ takenAt: atMin(65) }) }, []],
    [
      'vitals 15.5 min old are stale',
      { latestVitals: latest({ takenAt: atMin(64.5) }) },
      ['discharge.assessment-current@1'],
    ],
    [
      'an Aldrete from before the end of dosing is stale',
      {
        now: atMin(50),
        dosingEndedAt: atMin(40),
        aldrete: { total: 10, takenAt: atMin(39) },
        latestVitals: latest({ takenAt: atMin(45) }),
        noDrivingAcknowledgedAt: atMin(45),
      },
      ['discharge.minimum-observation@1', 'discharge.assessment-current@1'],
    ],
    ['no escort', { escort: null }, ['discharge.escort@1']],
    ['escort without a phone', { escort: { name: 'Sam', phone: ' ' } }, ['discharge.escort@1']],
    ['no-driving not acknowledged', { noDrivingAcknowledgedAt: null }, ['discharge.no-driving-acknowledged@1']],
    [
      'an unresolved alert',
      {
        unresolvedAlerts: [
          { rule: 'monitoring.bp.during.severe@1', severity: 'soft-stop', message: 'BP', observedAt: atMin(50) },
        ],
      },
      ['discharge.no-unresolved-alert@1'],
    ],
  ])('%s', (_name, change, expected) => {
    expect(unmetIds({ ...ready, ...change })).toEqual(expected);
  });

  it('esketamine: 120 min from the first device, not from the end of dosing', () => {
    const esk: EvaluateDischargeInput = {
      ...ready,
      route: 'intranasal',
      dosingStartedAt: atMin(0),
      dosingEndedAt: atMin(10),
    };
    const at119 = evaluateDischarge({
      ...esk,
      now: atMin(119),
      aldrete: { total: 10, takenAt: atMin(115) },
      latestVitals: latest({ takenAt: atMin(115) }),
    });
    expect(at119.ready).toBe(false);
    expect(at119.earliestAt).toBe(atMin(120));
    expect(at119.unmet[0]).toMatchObject({
      criterion: 'discharge.minimum-observation@1',
      values: { observedMin: 119, requiredMin: 120 },
      source: { tag: 'L' },
    });
    const at120 = evaluateDischarge({
      ...esk,
      now: atMin(120),
      aldrete: { total: 10, takenAt: atMin(115) },
      latestVitals: latest({ takenAt: atMin(115) }),
    });
    expect(at120).toEqual({ ready: true, unmet: [], earliestAt: atMin(120) });
  });

  it('reports every unmet criterion at once, with values and sources, as JSON', () => {
    const result = evaluateDischarge({
      ...ready,
      now: atMin(50),
      aldrete: { total: 7, takenAt: atMin(48) },
      latestVitals: latest({ takenAt: atMin(48), systolicMmHg: 160 }),
      escort: null,
      noDrivingAcknowledgedAt: null,
    });
    expect(result.unmet.map((u) => u.criterion)).toEqual([
      'discharge.minimum-observation@1',
      'discharge.aldrete@1',
      'discharge.vitals-near-baseline@1',
      'discharge.escort@1',
      'discharge.no-driving-acknowledged@1',
    ]);
    expect(result.unmet[2]?.values).toEqual({
      systolicMmHg: 160,
      systolicMmHgBaseline: 120,
      systolicMmHgDeviationPct: 33.3,
    });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it.each<[string, Partial<EvaluateDischargeInput>]>([
    ['dosing ending before it started', { dosingEndedAt: atMin(-1) }],
    ['dosing ending after now', { dosingEndedAt: atMin(90) }],
    ['an assessment after now', { aldrete: { total: 10, takenAt: atMin(81) } }],
    ['an implausible baseline', { baselineVitals: vitals({ systolicMmHg: 70, diastolicMmHg: 80 }) }],
    ['a time without a zone', { now: '2025-03-01T11:20:00' }],
  ])('throws on %s', (_name, change) => {
    expect(() => evaluateDischarge({ ...ready, ...change })).toThrow(InvalidInputError);
  });
});
