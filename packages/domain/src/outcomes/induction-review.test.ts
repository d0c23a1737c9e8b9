import { describe, expect, it } from 'vitest';
import type { DatedScore } from './history.js';
import { checkInductionResponse } from './induction-review.js';

function day(d: number, hour = 9): string {
  return new Date(Date.UTC(2025, 2, 3 + d, hour)).toISOString();
}
function phq(d: number, total: number): DatedScore {
  return { scaleId: 'phq-9', total, takenAt: day(d) };
}
const sessionsUpTo = (n: number) => [0, 2, 4, 7, 9, 11, 14, 16].slice(0, n).map((d) => day(d, 10));

describe('checkInductionResponse (DEFAULTS.md §2, Sanacora 2017)', () => {
  const noResponse = [phq(-1, 20), phq(5, 14), phq(12, 11)];
  it.each([
    ['5 sessions, no response', 'induction', 5, noResponse, false],
    ['6 sessions, no response', 'induction', 6, noResponse, true],
    ['7 sessions, no response', 'induction', 7, noResponse, true],
    ['6 sessions, response once (lost later)', 'induction', 6, [phq(-1, 20), phq(5, 10), phq(12, 11)], false],
    ['6 sessions, response at the end', 'induction', 6, [phq(-1, 20), phq(12, 9)], false],
    ['6 sessions in maintenance', 'maintenance', 6, noResponse, false],
    ['6 sessions, no baseline', 'induction', 6, [phq(5, 3)], true],
    ['6 sessions, no score since the start', 'induction', 6, [phq(-1, 20)], true],
  ] as const)('%s → warning %s', (_name, phase, sessions, history, fires) => {
    const findings = checkInductionResponse({ phase, scaleId: 'phq-9', history, sessionAts: sessionsUpTo(sessions) });
    expect(findings).toHaveLength(fires ? 1 : 0);
    if (fires) {
      expect(findings[0]).toMatchObject({
        rule: 'course.induction.no-response-review@1',
        severity: 'warning',
        observed: { sessionsGiven: sessions },
        source: { tag: 'G' },
      });
    }
  });

  it('says why response could not be judged', () => {
    const noBaseline = checkInductionResponse({
      phase: 'induction',
      scaleId: 'phq-9',
      history: [phq(5, 3)],
      sessionAts: sessionsUpTo(6),
    });
    expect(noBaseline[0]?.message).toMatch(/no baseline/);
    const noScore = checkInductionResponse({
      phase: 'induction',
      scaleId: 'phq-9',
      history: [phq(-1, 20)],
      sessionAts: sessionsUpTo(6),
    });
    expect(noScore[0]?.message).toMatch(/no score recorded/);
    const scored = checkInductionResponse({
      phase: 'induction',
      scaleId: 'phq-9',
      history: noResponse,
      sessionAts: sessionsUpTo(6),
    });
    expect(scored[0]?.message).toMatch(/baseline 20, latest 11/);
    expect(scored[0]?.observed).toMatchObject({ baselineTotal: 20, latestTotal: 11 });
  });
});
