import { describe, expect, it } from 'vitest';
import { InvalidInputError, MissingInputError } from '../errors.js';
import { evaluateReading, type MonitoringReading } from './alert-engine.js';
import { defaultMonitoringRuleSet } from './default-monitoring-rules.js';
import type { MonitoringPhase, MonitoringRuleSet } from './monitoring-rule-set.js';
import { atMin, sedation, vitals } from './test-readings.js';
import type { VitalReading } from './vital-reading.js';

const ruleSet = defaultMonitoringRuleSet;

function firedRules(phase: MonitoringPhase, reading: MonitoringReading, recent: MonitoringReading[] = []): string[] {
  return evaluateReading({ phase, reading, recentReadings: recent, ruleSet }).map((alert) => alert.rule);
}

const bp = (systolicMmHg: number, diastolicMmHg = 80): Partial<VitalReading> => ({ systolicMmHg, diastolicMmHg });

describe('evaluateReading: DEFAULTS §4 rows at each boundary', () => {
  it.each<[string, MonitoringPhase, Partial<VitalReading>, string[]]>([
    ['pre-start SBP 140 is silent', 'pre-start', bp(140), []],
    ['pre-start SBP 141 soft-stop', 'pre-start', bp(141), ['monitoring.bp.pre-start.elevated@1']],
    ['pre-start DBP 90 is silent', 'pre-start', bp(130, 90), []],
    ['pre-start DBP 91 soft-stop', 'pre-start', bp(130, 91), ['monitoring.bp.pre-start.elevated@1']],
    ['pre-start SBP 180 still soft-stop', 'pre-start', bp(180), ['monitoring.bp.pre-start.elevated@1']],
    ['pre-start SBP 181 hard-stop replaces soft-stop', 'pre-start', bp(181), ['monitoring.bp.pre-start.severe@1']],
    ['pre-start DBP 100 soft-stop', 'pre-start', bp(150, 100), ['monitoring.bp.pre-start.elevated@1']],
    ['pre-start DBP 101 hard-stop', 'pre-start', bp(150, 101), ['monitoring.bp.pre-start.severe@1']],
    ['pre-start: dosing BP rows do not apply', 'pre-start', bp(135), []],
    ['pre-start: HR rows do not apply', 'pre-start', { heartRateBpm: 160 }, []],
    ['pre-start: RR rows do not apply', 'pre-start', { respiratoryRatePerMin: 5 }, []],
    ['dosing SBP 159 is silent', 'dosing', bp(159), []],
    ['dosing SBP 160 warning', 'dosing', bp(160), ['monitoring.bp.during.high@1']],
    ['dosing SBP 180 warning', 'dosing', bp(180), ['monitoring.bp.during.high@1']],
    ['dosing SBP 180.5 soft-stop', 'dosing', bp(180.5), ['monitoring.bp.during.severe@1']],
    ['dosing SBP 181 soft-stop', 'dosing', bp(181), ['monitoring.bp.during.severe@1']],
    ['dosing DBP 110 is silent', 'dosing', bp(150, 110), []],
    ['dosing DBP 111 soft-stop', 'dosing', bp(150, 111), ['monitoring.bp.during.severe@1']],
    ['dosing: pre-start BP rows do not apply', 'dosing', bp(150, 95), []],
    ['dosing HR 120 is silent', 'dosing', { heartRateBpm: 120 }, []],
    ['dosing HR 121 warning', 'dosing', { heartRateBpm: 121 }, ['monitoring.hr.during.out-of-range@1']],
    ['dosing HR 50 is silent', 'dosing', { heartRateBpm: 50 }, []],
    ['dosing HR 49 warning', 'dosing', { heartRateBpm: 49 }, ['monitoring.hr.during.out-of-range@1']],
    ['dosing HR 150 warning', 'dosing', { heartRateBpm: 150 }, ['monitoring.hr.during.out-of-range@1']],
    [
      'dosing HR 151 soft-stop replaces warning',
      'dosing',
      { heartRateBpm: 151 },
      ['monitoring.hr.during.severe-tachycardia@1'],
    ],
    ['dosing RR 10 is silent', 'dosing', { respiratoryRatePerMin: 10 }, []],
    ['dosing RR 9 soft-stop', 'dosing', { respiratoryRatePerMin: 9 }, ['monitoring.rr.during.out-of-range@1']],
    ['dosing RR 0 soft-stop', 'dosing', { respiratoryRatePerMin: 0 }, ['monitoring.rr.during.out-of-range@1']],
    ['dosing RR 30 is silent', 'dosing', { respiratoryRatePerMin: 30 }, []],
    ['dosing RR 31 soft-stop', 'dosing', { respiratoryRatePerMin: 31 }, ['monitoring.rr.during.out-of-range@1']],
    ['recovery SBP 181 soft-stop', 'recovery', bp(181), ['monitoring.bp.during.severe@1']],
    ['recovery HR 151 soft-stop', 'recovery', { heartRateBpm: 151 }, ['monitoring.hr.during.severe-tachycardia@1']],
    ['recovery SBP 170 warning', 'recovery', bp(170), ['monitoring.bp.during.high@1']],
  ])('%s', (_name, phase, overrides, expected) => {
    expect(firedRules(phase, vitals(overrides))).toEqual(expected);
  });

  it.each<[MonitoringPhase, number, string[]]>(
    (['pre-start', 'dosing', 'recovery'] as const).flatMap((phase) => [
      [phase, 95, []],
      [phase, 94.5, ['monitoring.spo2.borderline@1']],
      [phase, 94, ['monitoring.spo2.borderline@1']],
      [phase, 92, ['monitoring.spo2.borderline@1']],
      [phase, 91.9, ['monitoring.spo2.low@1']],
      [phase, 85, ['monitoring.spo2.low@1']],
    ]),
  )('%s SpO2 %s%% → %j', (phase, spo2Pct, expected) => {
    expect(firedRules(phase, vitals({ spo2Pct }))).toEqual(expected);
  });

  it.each<[MonitoringPhase, number, string[]]>(
    (['pre-start', 'dosing', 'recovery'] as const).flatMap((phase) => [
      [phase, 5, []],
      [phase, 4, []],
      [phase, 3, ['monitoring.sedation.moaas-low@1']],
      [phase, 1, ['monitoring.sedation.moaas-low@1']],
      [phase, 0, ['monitoring.sedation.unresponsive@1']],
    ]),
  )('%s MOAA/S %s → %j', (phase, score, expected) => {
    expect(firedRules(phase, sedation(score))).toEqual(expected);
  });
});

describe('evaluateReading: alert content', () => {
  it('carries rule@version, rule set, severity, values, action and source, and survives JSON', () => {
    const [alert, ...rest] = evaluateReading({
      phase: 'dosing',
      reading: vitals({ systolicMmHg: 185, diastolicMmHg: 95, takenAt: atMin(20) }),
      recentReadings: [],
      ruleSet,
    });
    expect(rest).toEqual([]);
    expect(alert).toMatchObject({
      rule: 'monitoring.bp.during.severe@1',
      ruleSet: 'monitoring.default@1',
      severity: 'soft-stop',
      phase: 'dosing',
      action: 'pause-recheck-5min-physician-review',
      values: { systolicMmHg: 185, diastolicMmHg: 95 },
      observedAt: atMin(20),
      source: { tag: 'T' },
    });
    expect(alert?.message).toContain('SBP 185 mmHg, DBP 95 mmHg');
    expect(alert?.source.citation).toContain('Del Sant');
    expect(JSON.parse(JSON.stringify(alert))).toEqual(alert);
  });

  it.each<[MonitoringPhase, MonitoringReading, string]>([
    ['dosing', vitals({ spo2Pct: 90 }), 'stop-assess-airway-oxygen'],
    ['recovery', vitals({ spo2Pct: 90 }), 'assess-airway-oxygen'],
    ['pre-start', vitals({ systolicMmHg: 185 }), 'do-not-start'],
    ['pre-start', vitals({ systolicMmHg: 150 }), 'acknowledge-before-start'],
    ['dosing', vitals({ systolicMmHg: 170 }), 'recheck-5min-consider-slowing'],
    ['dosing', vitals({ heartRateBpm: 160 }), 'pause'],
    ['dosing', vitals({ respiratoryRatePerMin: 8 }), 'pause-assess'],
    ['dosing', sedation(2), 'stop-assess-airway'],
    ['recovery', sedation(0), 'emergency'],
  ])('%s %j recommends %s', (phase, reading, action) => {
    expect(evaluateReading({ phase, reading, recentReadings: [], ruleSet })[0]?.action).toBe(action);
  });

  it('lists the worst alert first when several rows fire', () => {
    const alerts = evaluateReading({
      phase: 'dosing',
      reading: vitals({ systolicMmHg: 170, spo2Pct: 90, heartRateBpm: 130 }),
      recentReadings: [],
      ruleSet,
    });
    expect(alerts.map((a) => a.severity)).toEqual(['hard-stop', 'warning', 'warning']);
  });
});

describe('evaluateReading: rising systolic projection', () => {
  const rising = (values: readonly [number, number][]): VitalReading[] =>
    values.map(([minute, systolicMmHg]) => vitals({ takenAt: atMin(minute), systolicMmHg }));
  const project = (history: readonly [number, number][], current: number): string[] =>
    firedRules('dosing', vitals({ takenAt: atMin(20), systolicMmHg: current }), rising(history));

  it.each<[string, [number, number][], number, string[]]>([
    [
      'fires when the line passes 180 within 10 min',
      [
        [10, 120],
        [15, 140],
      ],
      159,
      ['monitoring.bp.during.rising@1'],
    ],
    [
      'fires alongside the 160–180 band',
      [
        [10, 160],
        [15, 168],
      ],
      176,
      ['monitoring.bp.during.high@1', 'monitoring.bp.during.rising@1'],
    ],
    [
      'silent when the projection is exactly 180',
      [
        [10, 140],
        [15, 150],
      ],
      160,
      ['monitoring.bp.during.high@1'],
    ],
    [
      'silent when flat',
      [
        [10, 170],
        [15, 170],
      ],
      170,
      ['monitoring.bp.during.high@1'],
    ],
    [
      'silent when falling',
      [
        [10, 178],
        [15, 170],
      ],
      160,
      ['monitoring.bp.during.high@1'],
    ],
    ['silent with only two readings', [[15, 150]], 170, ['monitoring.bp.during.high@1']],
    [
      'silent when readings span under 5 min',
      [
        [17, 140],
        [18, 150],
      ],
      159,
      [],
    ],
    [
      'ignores readings older than 15 min',
      [
        [4, 100],
        [10, 150],
      ],
      159,
      [],
    ],
    [
      'counts a reading exactly 15 min old',
      [
        [5, 100],
        [10, 130],
      ],
      158,
      ['monitoring.bp.during.rising@1'],
    ],
    [
      'ignores readings at or after the current one',
      [
        [10, 140],
        [20, 100],
        [25, 100],
      ],
      150,
      [],
    ],
    [
      'leaves it to the soft-stop once above 180',
      [
        [10, 160],
        [15, 170],
      ],
      181,
      ['monitoring.bp.during.severe@1'],
    ],
  ])('%s', (_name, history, current, expected) => {
    expect(project(history, current)).toEqual(expected);
  });

  it('reports slope, projected value and readings used', () => {
    const [alert] = evaluateReading({
      phase: 'dosing',
      reading: vitals({ takenAt: atMin(20), systolicMmHg: 159 }),
      recentReadings: rising([
        [10, 120],
        [15, 140],
      ]),
      ruleSet,
    });
    expect(alert?.values).toEqual({
      systolicMmHg: 159,
      // t = 10, 15, 20 min; SBP 120, 140, 159: slope 195/50 = 3.9; line at 20 min 139.67 + 19.5; +10 min → +39
      slopeMmHgPerMin: expect.closeTo(3.9, 9) as number,
      projectedSystolicMmHg: expect.closeTo(139 + 2 / 3 + 19.5 + 39, 9) as number,
      readingsUsed: 3,
      horizonMin: 10,
    });
  });

  it('ignores sedation checks in the history', () => {
    expect(
      project(
        [
          [10, 120],
          [15, 140],
        ],
        159,
      ),
    ).toEqual(['monitoring.bp.during.rising@1']);
    expect(
      firedRules('dosing', vitals({ takenAt: atMin(20), systolicMmHg: 159 }), [
        vitals({ takenAt: atMin(10), systolicMmHg: 120 }),
        sedation(5, { takenAt: atMin(10) }),
        sedation(5, { takenAt: atMin(15) }),
      ]),
    ).toEqual([]);
  });
});

describe('evaluateReading: refuses what it cannot judge', () => {
  it.each<[string, MonitoringReading, typeof InvalidInputError | typeof MissingInputError]>([
    ['systolic not above diastolic', vitals({ systolicMmHg: 80, diastolicMmHg: 80 }), InvalidInputError],
    ['SpO2 above 100', vitals({ spo2Pct: 101 }), InvalidInputError],
    ['SpO2 of 0 (probe off)', vitals({ spo2Pct: 0 }), InvalidInputError],
    ['HR not a number', vitals({ heartRateBpm: Number.NaN }), InvalidInputError],
    ['a time without a zone', vitals({ takenAt: '2025-03-01T10:00:00' }), InvalidInputError],
    ['MOAA/S 6', sedation(6), InvalidInputError],
    ['MOAA/S 2.5', sedation(2.5), InvalidInputError],
    ['a missing SpO2', { ...vitals(), spo2Pct: undefined } as unknown as VitalReading, MissingInputError],
  ])('%s', (_name, reading, error) => {
    expect(() => evaluateReading({ phase: 'dosing', reading, recentReadings: [], ruleSet })).toThrow(error);
  });

  it('refuses an unknown phase', () => {
    const phase = 'infusing' as unknown as MonitoringPhase;
    expect(() => evaluateReading({ phase, reading: vitals(), recentReadings: [], ruleSet })).toThrow(InvalidInputError);
  });

  it('refuses a rule set with a broken supersedes reference or duplicate ids', () => {
    const [first, ...others] = ruleSet.rules;
    const broken: MonitoringRuleSet = {
      ...ruleSet,
      rules: [{ ...first!, supersedes: ['monitoring.nope'] }, ...others],
    };
    expect(() => evaluateReading({ phase: 'dosing', reading: vitals(), recentReadings: [], ruleSet: broken })).toThrow(
      InvalidInputError,
    );
    const duplicated: MonitoringRuleSet = { ...ruleSet, rules: [...ruleSet.rules, first!] };
    expect(() =>
      evaluateReading({ phase: 'dosing', reading: vitals(), recentReadings: [], ruleSet: duplicated }),
    ).toThrow(InvalidInputError);
  });

  it('applies a published new version of the rule set without code change', () => {
    const stricter: MonitoringRuleSet = {
      ...ruleSet,
      version: 2,
      rules: ruleSet.rules.map((rule) =>
        rule.id === 'monitoring.hr.during.out-of-range'
          ? {
              ...rule,
              version: 2,
              trigger: { kind: 'any-of', conditions: [{ measure: 'heartRateBpm', comparator: 'gt', value: 110 }] },
            }
          : rule,
      ),
    };
    const [alert] = evaluateReading({
      phase: 'dosing',
      reading: vitals({ heartRateBpm: 115 }),
      recentReadings: [],
      ruleSet: stricter,
    });
    expect(alert).toMatchObject({ rule: 'monitoring.hr.during.out-of-range@2', ruleSet: 'monitoring.default@2' });
  });
});
