import { describe, expect, it } from 'vitest';
import { InvalidInputError, MissingInputError } from '../errors.js';
import { evaluateCadence, type EvaluateCadenceInput } from './cadence.js';
import { defaultMonitoringRuleSet } from './default-monitoring-rules.js';
import type { CheckKind } from './monitoring-rule-set.js';
import { atMin } from './test-readings.js';

type Last = Partial<Record<CheckKind, number>>;

function cadence(
  input: Omit<EvaluateCadenceInput, 'ruleSet' | 'lastCheckAt' | 'now'> & { last: Last; nowMin: number },
) {
  const lastCheckAt: Partial<Record<CheckKind, string>> = {};
  for (const [kind, minute] of Object.entries(input.last)) {
    lastCheckAt[kind as CheckKind] = atMin(minute);
  }
  const { last: _last, nowMin, ...rest } = input;
  return evaluateCadence({ ...rest, lastCheckAt, now: atMin(nowMin), ruleSet: defaultMonitoringRuleSet });
}

const missedRules = (result: ReturnType<typeof cadence>): string[] => result.alerts.map((a) => a.rule).sort();

const all = (minute: number): Last => ({ bp: minute, sedation: minute, vitals: minute });

describe('evaluateCadence: IV and IM [T Emory]', () => {
  it.each<[string, 'iv' | 'im', 'dosing' | 'recovery', Last, number, string[]]>([
    [
      'IV dosing, 10 min after the last check: due, not missed',
      'iv',
      'dosing',
      { bp: 0, sedation: 0, vitals: 9 },
      10,
      [],
    ],
    [
      'IV dosing, just after 10 min: BP and sedation missed',
      'iv',
      'dosing',
      { bp: 0, sedation: 0, vitals: 9 },
      10.01,
      ['monitoring.cadence.iv-im.dosing@1', 'monitoring.cadence.iv-im.dosing@1'],
    ],
    ['IV dosing, monitor feed 5 min old: not yet silent', 'iv', 'dosing', { bp: 2, sedation: 2, vitals: 0 }, 5, []],
    [
      'IV dosing, monitor feed over 5 min old: silent-monitor warning',
      'iv',
      'dosing',
      { bp: 2, sedation: 2, vitals: 0 },
      5.01,
      ['monitoring.cadence.silent-monitor@1'],
    ],
    ['IM dosing has no silent-monitor rule', 'im', 'dosing', { bp: 2, sedation: 2, vitals: 0 }, 9, []],
    [
      'IM dosing, after 10 min: missed',
      'im',
      'dosing',
      { bp: 0, sedation: 0 },
      10.5,
      ['monitoring.cadence.iv-im.dosing@1', 'monitoring.cadence.iv-im.dosing@1'],
    ],
    ['IV recovery, 15 min after the last check: due', 'iv', 'recovery', all(40), 55, []],
    [
      'IV recovery, after 15 min: missed',
      'iv',
      'recovery',
      { bp: 40, sedation: 50 },
      55.01,
      ['monitoring.cadence.iv-im.recovery@1'],
    ],
    ['IV recovery has no silent-monitor rule', 'iv', 'recovery', { bp: 50, sedation: 50, vitals: 0 }, 60, []],
  ])('%s', (_name, protocolRoute, phase, last, nowMin, expected) => {
    expect(missedRules(cadence({ phase, protocolRoute, dosingStartedAt: atMin(0), last, nowMin }))).toEqual(expected);
  });

  it('anchors the first dosing check on the start of dosing, not on an older baseline', () => {
    const result = cadence({
      phase: 'dosing',
      protocolRoute: 'iv',
      dosingStartedAt: atMin(0),
      last: all(-30),
      nowMin: 5,
    });
    expect(result.alerts).toEqual([]);
    expect(result.nextCheckDueAt).toBe(atMin(10));
  });

  it('gives the board the earliest nurse check, leaving out the monitor watchdog', () => {
    const result = cadence({
      phase: 'dosing',
      protocolRoute: 'iv',
      dosingStartedAt: atMin(0),
      last: { bp: 4, sedation: 8, vitals: 9 },
      nowMin: 9,
    });
    expect(result.nextCheckDueAt).toBe(atMin(14));
    expect(result.dueChecks).toContainEqual(
      expect.objectContaining({ check: 'vitals', dueAt: atMin(14), onBoard: false }),
    );
  });

  it('describes a missed check with its due time and overdue minutes', () => {
    const [alert] = cadence({
      phase: 'recovery',
      protocolRoute: 'iv',
      dosingStartedAt: atMin(0),
      last: { bp: 40, sedation: 60 },
      nowMin: 60,
    }).alerts;
    expect(alert).toMatchObject({
      severity: 'warning',
      action: 'check-now',
      values: { overdueMin: 5 },
      source: { tag: 'T' },
    });
    expect(alert?.message).toContain(atMin(55));
  });
});

describe('evaluateCadence: before start', () => {
  it('lists BP as due now, without a warning, until it is recorded', () => {
    const due = cadence({ phase: 'pre-start', protocolRoute: 'intranasal', last: {}, nowMin: 0 });
    expect(due.alerts).toEqual([]);
    expect(due.dueChecks).toEqual([
      expect.objectContaining({ rule: 'monitoring.cadence.bp-before-start@1', check: 'bp', status: 'due' }),
    ]);
    expect(due.nextCheckDueAt).toBe(atMin(0));
    const done = cadence({ phase: 'pre-start', protocolRoute: 'iv', last: { bp: -5 }, nowMin: 0 });
    expect(done.dueChecks).toEqual([]);
    expect(done.nextCheckDueAt).toBeNull();
  });
});

describe('evaluateCadence: esketamine [L]', () => {
  const esk = (phase: 'dosing' | 'recovery', last: Last, nowMin: number) =>
    cadence({ phase, protocolRoute: 'intranasal', dosingStartedAt: atMin(0), last, nowMin });

  it.each<[string, 'dosing' | 'recovery', Last, number, string[]]>([
    ['40-min check not yet missed at 45 min', 'recovery', all(-5), 45, []],
    [
      '40-min check missed after 45 min',
      'recovery',
      all(-5),
      45.01,
      ['monitoring.cadence.esketamine.40-min@1', 'monitoring.cadence.esketamine.40-min@1'],
    ],
    ['a check at 35 min satisfies the 40-min check', 'recovery', all(35), 60, []],
    [
      'a check at 34.9 min does not',
      'recovery',
      { bp: 34.9, sedation: 35 },
      60,
      ['monitoring.cadence.esketamine.40-min@1'],
    ],
    ['no 10-minute cadence or silent monitor while devices are given', 'dosing', all(-5), 30, []],
    ['before-discharge check is never reported missed here', 'recovery', all(40), 200, []],
  ])('%s', (_name, phase, last, nowMin, expected) => {
    expect(missedRules(esk(phase, last, nowMin))).toEqual(expected);
  });

  it('after the 40-min check, the board shows the before-discharge check at 120 min', () => {
    const result = esk('recovery', all(41), 60);
    expect(result.nextCheckDueAt).toBe(atMin(120));
    expect(result.dueChecks.map((d) => d.rule)).toEqual([
      'monitoring.cadence.esketamine.before-discharge@1',
      'monitoring.cadence.esketamine.before-discharge@1',
    ]);
  });

  it('a check from 105 min on satisfies the before-discharge check', () => {
    expect(esk('recovery', all(105), 110).dueChecks).toEqual([]);
    expect(esk('recovery', all(104), 110).dueChecks).toHaveLength(2);
  });
});

describe('evaluateCadence: refuses inputs it cannot time', () => {
  it('needs the start of dosing once dosing has started', () => {
    expect(() => cadence({ phase: 'dosing', protocolRoute: 'iv', last: all(0), nowMin: 5 })).toThrow(MissingInputError);
  });
  it('refuses a check recorded after now', () => {
    expect(() =>
      cadence({ phase: 'dosing', protocolRoute: 'iv', dosingStartedAt: atMin(0), last: all(6), nowMin: 5 }),
    ).toThrow(InvalidInputError);
  });
  it('refuses dosing that starts after now', () => {
    expect(() =>
      cadence({ phase: 'dosing', protocolRoute: 'iv', dosingStartedAt: atMin(10), last: {}, nowMin: 5 }),
    ).toThrow(InvalidInputError);
  });
});
