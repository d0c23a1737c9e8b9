import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors.js';
import { atMin, vitals } from '../monitoring/test-readings.js';
import { evaluateStartReadiness, type PreChecks, type StartReadinessInput } from './start-readiness.js';
import { npoRuleEsketamine } from './start-requirements.js';
import { readyPreChecks, readyReadiness } from './test-session-fixtures.js';

const ready = readyReadiness;

const unmetIds = (input: StartReadinessInput): string[] => evaluateStartReadiness(input).unmet.map((u) => u.id);
const withChecks = (change: Partial<PreChecks>): StartReadinessInput => ({
  ...ready,
  preChecks: { ...readyPreChecks, ...change },
});

describe('evaluateStartReadiness', () => {
  it('is ready when everything is in order', () => {
    expect(evaluateStartReadiness(ready)).toEqual({ ready: true, unmet: [], baselineAlerts: [] });
  });

  it.each<[string, StartReadinessInput, string[]]>([
    ['no screening', { ...ready, screening: null }, ['session.start.screening-signed-eligible']],
    [
      'screening not signed',
      { ...ready, screening: { ...ready.screening!, signedAt: null, signedBy: null } },
      ['session.start.screening-signed-eligible'],
    ],
    [
      'screening needs review',
      { ...ready, screening: { ...ready.screening!, decision: 'needs-review' } },
      ['session.start.screening-signed-eligible'],
    ],
    [
      'screening for another protocol',
      { ...ready, screening: { ...ready.screening!, protocolId: 'iv-pain' } },
      ['session.start.screening-signed-eligible'],
    ],
    ['consent not valid', { ...ready, consentValid: false }, ['session.start.consent-valid']],
    ['no dose plan', { ...ready, dosePlan: null }, ['session.start.dose-plan-within-limits']],
    [
      'dose plan hard-stop',
      { ...ready, dosePlan: { limitStatus: 'hard-stop', coSignedBy: 'dr-lee' } },
      ['session.start.dose-plan-within-limits'],
    ],
    [
      'dose plan soft-stop unsigned',
      { ...ready, dosePlan: { limitStatus: 'soft-stop', coSignedBy: null } },
      ['session.start.dose-plan-within-limits'],
    ],
    ['dose plan soft-stop co-signed', { ...ready, dosePlan: { limitStatus: 'soft-stop', coSignedBy: 'dr-lee' } }, []],
    ['identity not confirmed', withChecks({ identityConfirmed: false }), ['session.start.identity-confirmed']],
    ['IV: food exactly 6 h ago', withChecks({ lastSolidsAt: atMin(-360) }), []],
    ['IV: food 5 h 59 min ago', withChecks({ lastSolidsAt: atMin(-359) }), ['session.start.npo-solids']],
    ['IV: clear liquids exactly 2 h ago', withChecks({ lastLiquidsAt: atMin(-120) }), []],
    ['IV: clear liquids 119 min ago', withChecks({ lastLiquidsAt: atMin(-119) }), ['session.start.npo-liquids']],
    [
      'NPO times not asked',
      withChecks({ lastSolidsAt: null, lastLiquidsAt: null }),
      ['session.start.npo-solids', 'session.start.npo-liquids'],
    ],
    ['no escort', withChecks({ escort: null }), ['session.start.escort']],
    ['escort without phone', withChecks({ escort: { name: 'Sam', phone: '' } }), ['session.start.escort']],
    [
      'a hold not confirmed',
      withChecks({ medicationHolds: [{ medication: 'lamotrigine', confirmed: false }] }),
      ['session.start.medication-holds-confirmed'],
    ],
    [
      'pregnancy test not done',
      withChecks({ pregnancyTest: { required: true, result: null } }),
      ['session.start.pregnancy-test-negative'],
    ],
    [
      'pregnancy test positive',
      withChecks({ pregnancyTest: { required: true, result: 'positive' } }),
      ['session.start.pregnancy-test-negative'],
    ],
    ['pregnancy test not required', withChecks({ pregnancyTest: { required: false, result: null } }), []],
    ['REMS enrolment ignored for IV', withChecks({ remsPatientEnrolled: false }), []],
    ['no baseline vitals', withChecks({ baselineVitals: null }), ['session.start.baseline-vitals']],
    ['baseline 140/90 is fine', withChecks({ baselineVitals: vitals({ systolicMmHg: 140, diastolicMmHg: 90 }) }), []],
    [
      'baseline 141/90 needs the prescriber',
      withChecks({ baselineVitals: vitals({ systolicMmHg: 141 }) }),
      ['session.start.baseline-vitals'],
    ],
    [
      'baseline 141/90 acknowledged',
      withChecks({ baselineVitals: vitals({ systolicMmHg: 141 }), baselineSoftStopAcknowledgedBy: 'dr-lee' }),
      [],
    ],
    [
      'baseline 181 systolic: hard-stop even if acknowledged',
      withChecks({ baselineVitals: vitals({ systolicMmHg: 181 }), baselineSoftStopAcknowledgedBy: 'dr-lee' }),
      ['session.start.baseline-vitals'],
    ],
    [
      'baseline SpO2 91%: hard-stop',
      withChecks({ baselineVitals: vitals({ spo2Pct: 91 }) }),
      ['session.start.baseline-vitals'],
    ],
    ['baseline SpO2 93%: a warning does not block', withChecks({ baselineVitals: vitals({ spo2Pct: 93 }) }), []],
  ])('%s', (_name, input, expected) => {
    expect(unmetIds(input)).toEqual(expected);
  });

  it('esketamine: 2 h food, 30 min any liquids, REMS enrolment', () => {
    const esk: StartReadinessInput = {
      ...ready,
      protocolId: 'in-esketamine-trd',
      route: 'intranasal',
      screening: { ...ready.screening!, protocolId: 'in-esketamine-trd' },
      npoRule: npoRuleEsketamine,
      preChecks: { ...readyPreChecks, lastSolidsAt: atMin(-120), lastLiquidsAt: atMin(-30), remsPatientEnrolled: true },
    };
    expect(unmetIds(esk)).toEqual([]);
    const early = {
      ...esk,
      preChecks: { ...esk.preChecks, lastSolidsAt: atMin(-119), lastLiquidsAt: atMin(-29), remsPatientEnrolled: null },
    };
    const result = evaluateStartReadiness(early);
    expect(result.unmet.map((u) => u.id)).toEqual([
      'session.start.npo-solids',
      'session.start.npo-liquids',
      'session.start.rems-patient-enrolled',
    ]);
    expect(result.unmet[0]).toMatchObject({
      rule: 'session.npo.esketamine-label@1',
      source: { tag: 'L' },
      values: { fastedMin: 119, requiredMin: 120 },
    });
    expect(result.unmet[1]?.message).toContain('any liquids');
  });

  it('returns the baseline alerts, warnings included, for the record', () => {
    const result = evaluateStartReadiness(
      withChecks({ baselineVitals: vitals({ systolicMmHg: 150 }), baselineSoftStopAcknowledgedBy: 'dr-lee' }),
    );
    expect(result.ready).toBe(true);
    expect(result.baselineAlerts.map((a) => a.rule)).toEqual(['monitoring.bp.pre-start.elevated@1']);
  });

  it.each<[string, Partial<PreChecks>]>([
    ['a meal after now', { lastSolidsAt: atMin(1) }],
    ['baseline vitals after now', { baselineVitals: vitals({ takenAt: atMin(1) }) }],
    ['an implausible baseline', { baselineVitals: vitals({ spo2Pct: 101 }) }],
  ])('throws on %s', (_name, change) => {
    expect(() => evaluateStartReadiness(withChecks(change))).toThrow(InvalidInputError);
  });
});
