import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors.js';
import type { CourseProtocolId } from './course.js';
import { checkSpacing } from './spacing.js';
import { spacingRules } from './spacing-rules.js';
import { localDateAtFixedOffset } from './time.js';

const utc = localDateAtFixedOffset(0);
const base = '2025-03-03T09:00:00Z';
const plus = (minutes: number): string => new Date(Date.parse(base) + minutes * 60_000).toISOString();
const H = 60;

function rulesFired(protocolId: CourseProtocolId, existing: string[], proposedAt: string, localDateOf = utc): string[] {
  return checkSpacing({ protocolId, existingSessionTimes: existing, proposedAt, localDateOf }).map(
    (f) => `${f.rule} ${f.severity}`,
  );
}

const minH48 = 'course.spacing.depression.min-48h@1 soft-stop';
const sameDay = 'course.spacing.depression.same-day@1 hard-stop';
const minH24 = 'course.spacing.pain.min-24h@1 soft-stop';

describe('checkSpacing: iv/im depression and iv-pain (DEFAULTS.md §2)', () => {
  it.each([
    ['iv-depression', 48 * H, []],
    ['iv-depression', 48 * H - 1, [minH48]],
    ['iv-depression', -(48 * H - 1), [minH48]],
    ['iv-depression', -48 * H, []],
    ['iv-depression', 24 * H, [minH48]],
    ['iv-depression', 3 * H, [minH48, sameDay]],
    ['iv-depression', 0, [minH48, sameDay]],
    ['im-depression', 48 * H - 1, [minH48]],
    ['im-depression', 48 * H, []],
    ['im-depression', 14 * H, [minH48, sameDay]],
    ['iv-pain', 24 * H, []],
    ['iv-pain', 24 * H - 1, [minH24]],
    ['iv-pain', -(24 * H - 1), [minH24]],
    ['iv-pain', 3 * H, [minH24]],
    ['in-esketamine-trd', 3 * 24 * H, []],
  ] as const)('%s, proposed %i min from a session → %j', (protocolId, offsetMin, expected) => {
    expect(rulesFired(protocolId, [base], plus(offsetMin))).toEqual(expected);
  });

  it('checks both neighbours when booking into a gap', () => {
    const findings = checkSpacing({
      protocolId: 'iv-depression',
      existingSessionTimes: [base, plus(96 * H)],
      proposedAt: plus(60 * H),
      localDateOf: utc,
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.observed).toMatchObject({ nearestSessionAt: plus(96 * H), intervalH: 36, minIntervalH: 48 });
    expect(findings[0]?.message).toMatch(/36 h before/);
  });

  it('judges "the same day" by the clinic\'s local date, not UTC', () => {
    const late = '2025-03-03T23:30:00Z';
    const nextMorning = '2025-03-04T08:00:00Z';
    expect(rulesFired('iv-depression', [late], nextMorning, utc)).toEqual([minH48]);
    expect(rulesFired('iv-depression', [late], nextMorning, localDateAtFixedOffset(60))).toEqual([minH48, sameDay]);
  });

  it('finds nothing for a first session', () => {
    expect(rulesFired('iv-depression', [], base)).toEqual([]);
  });

  it.each([
    ['a proposed time without offset', [base], '2025-03-05T09:00:00', utc],
    ['an impossible date', [base], '2025-02-30T09:00:00Z', utc],
    ['an existing time that is not a time', ['soon'], base, utc],
    ['a local-date function returning a non-date', [base], plus(60 * H), () => 'Monday'],
  ] as const)('rejects %s', (_name, existing, proposedAt, localDateOf) => {
    expect(() =>
      checkSpacing({ protocolId: 'iv-depression', existingSessionTimes: [...existing], proposedAt, localDateOf }),
    ).toThrow(InvalidInputError);
  });
});

describe('checkSpacing: esketamine label phases', () => {
  const at = (date: string, hour = 9): string => `${date}T${String(hour).padStart(2, '0')}:00:00Z`;
  const eske = 'course.spacing.esketamine.label-phase@1 soft-stop';
  // First session Monday 2025-03-03; induction twice weekly Mon/Thu for weeks 1–4.
  const induction = [
    '2025-03-03',
    '2025-03-06',
    '2025-03-10',
    '2025-03-13',
    '2025-03-17',
    '2025-03-20',
    '2025-03-24',
    '2025-03-27',
  ];

  it.each([
    ['week 1, third session in 7 days', ['2025-03-03', '2025-03-06'], '2025-03-08', [eske]],
    ['week 1, second session', ['2025-03-03'], '2025-03-06', []],
    ['week 2, Monday after Mon/Thu', ['2025-03-03', '2025-03-06'], '2025-03-10', []],
    [
      'week 1/2 boundary clustering (Sun, Mon after Thu)',
      ['2025-03-03', '2025-03-06', '2025-03-09'],
      '2025-03-10',
      [eske],
    ],
    ['week 5, first weekly session after twice-weekly induction', induction, '2025-03-31', []],
    ['week 5, second session in a week', [...induction, '2025-03-31'], '2025-04-03', [eske]],
    ['week 6, exactly 7 days later', [...induction, '2025-03-31'], '2025-04-07', []],
    ['week 6, 6 days later', [...induction, '2025-03-31'], '2025-04-06', [eske]],
    ['week 9, second in a week', ['2025-03-03', '2025-04-28'], '2025-05-01', [eske]],
    ['week 9, a week later', ['2025-03-03', '2025-04-28'], '2025-05-05', []],
    ['week 10, every two weeks', ['2025-03-03', '2025-04-28'], '2025-05-12', []],
    ['proposed before the first booked session', ['2025-03-06', '2025-03-08'], '2025-03-03', [eske]],
  ] as const)('%s → %j', (_name, existing, proposed, expected) => {
    expect(
      rulesFired(
        'in-esketamine-trd',
        existing.map((d) => at(d)),
        at(proposed),
      ),
    ).toEqual(expected);
  });

  it('soft-stops a second session on the same day even in the twice-weekly phase', () => {
    const findings = checkSpacing({
      protocolId: 'in-esketamine-trd',
      existingSessionTimes: [at('2025-03-03', 9)],
      proposedAt: at('2025-03-03', 15),
      localDateOf: utc,
    });
    expect(findings.map((f) => f.rule)).toEqual(['course.spacing.esketamine.label-phase@1']);
    expect(findings[0]?.message).toMatch(/already a session on 2025-03-03/);
  });

  it('names the week, the phase and the sessions counted', () => {
    const [finding] = checkSpacing({
      protocolId: 'in-esketamine-trd',
      existingSessionTimes: [...induction, '2025-03-31'].map((d) => at(d)),
      proposedAt: at('2025-04-03'),
      localDateOf: utc,
    });
    expect(finding?.observed).toMatchObject({
      week: 5,
      phase: 'maintenance weeks 5–8',
      maxPer7Days: 1,
      sessionsIn7Days: 2,
    });
    expect(finding?.message).toMatch(/Week 5 .*weeks 5–8: once weekly.*2025-03-31, 2025-04-03/);
  });
});

describe('spacing rules data', () => {
  it('every rule has an id, version, severity and a tagged source', () => {
    for (const rule of spacingRules) {
      expect(rule.id).toMatch(/^course\.spacing\./);
      expect(rule.version).toBeGreaterThanOrEqual(1);
      expect(rule.source.citation).toMatch(/DEFAULTS\.md §2/);
    }
    expect(JSON.parse(JSON.stringify(spacingRules))).toEqual(spacingRules);
  });
});
