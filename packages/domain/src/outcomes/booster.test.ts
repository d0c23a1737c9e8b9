import { describe, expect, it } from 'vitest';
import { InvalidInputError, MissingInputError } from '../errors.js';
import { suggestNextBooster } from './booster.js';
import type { DatedScore } from './history.js';
import { responseTimeline } from './timeline.js';

function day(d: number, hour = 9): string {
  return new Date(Date.UTC(2025, 2, 3 + d, hour)).toISOString();
}
function phq(d: number, total: number): DatedScore {
  return { scaleId: 'phq-9', total, takenAt: day(d) };
}
const sessions = [0, 2, 4, 7, 9, 11].map((d) => day(d, 10));
const timelineOf = (history: DatedScore[], extraSessions: number[] = []) =>
  responseTimeline({ scaleId: 'phq-9', history, sessionAts: [...sessions, ...extraSessions.map((d) => day(d, 10))] });

describe('suggestNextBooster', () => {
  it('suggests nothing without a past loss of response', () => {
    const timeline = timelineOf([phq(-1, 20), phq(5, 8), phq(20, 6)]);
    expect(suggestNextBooster({ timeline, lastSessionAt: day(11, 10) })).toMatchObject({
      suggested: false,
      reason: 'no-durability-history',
    });
  });

  it('suggests nothing when there is no score history at all', () => {
    const timeline = timelineOf([]);
    expect(suggestNextBooster({ timeline, lastSessionAt: day(11, 10) })).toMatchObject({ suggested: false });
  });

  it('suggests nothing when the patient is not responding now', () => {
    const timeline = timelineOf([phq(-1, 20), phq(5, 10), phq(30, 12)]);
    expect(suggestNextBooster({ timeline, lastSessionAt: day(11, 10) })).toMatchObject({
      suggested: false,
      reason: 'not-currently-responding',
    });
  });

  it('suggests median durability minus 3 days after the later of response start and last session', () => {
    // Durabilities 25 and 18 → median 21 (rounded down from 21.5). Booster on day 51, response again day 53.
    const history = [phq(-1, 20), phq(5, 10), phq(30, 12), phq(32, 6), phq(50, 11), phq(53, 9)];
    const result = suggestNextBooster({ timeline: timelineOf(history, [31, 51]), lastSessionAt: day(51, 10) });
    expect(result).toMatchObject({
      suggested: true,
      rule: 'outcome.booster.before-expected-loss@1',
      suggestedAt: day(53 + 21 - 3),
      expectedLossAt: day(53 + 21),
      basis: { durabilitiesDays: [25, 18], medianDurabilityDays: 21, anchorAt: day(53), floorApplied: false },
    });
  });

  it('anchors on the last session when a booster was given while the response still held', () => {
    const history = [phq(-1, 20), phq(5, 10), phq(25, 12), phq(27, 8)];
    // Durability 20 days. Response again day 27; a booster given day 40, still responding.
    const result = suggestNextBooster({ timeline: timelineOf(history, [26, 40]), lastSessionAt: day(40, 10) });
    expect(result).toMatchObject({ suggested: true, expectedLossAt: day(60, 10), suggestedAt: day(57, 10) });
  });

  it('never suggests sooner than 7 days after the last session, and says so', () => {
    // Durability only 4 days: expected loss day 16, minus 3 = day 13 < day 12 + 7.
    const history = [phq(-1, 20), phq(5, 10), phq(9, 12), phq(12, 9)];
    const result = suggestNextBooster({ timeline: timelineOf(history), lastSessionAt: day(12, 8) });
    expect(result).toMatchObject({ suggested: true, suggestedAt: day(19, 8), basis: { floorApplied: true } });
    expect(result.suggested && result.reasoning).toMatch(/physician to review/);
  });

  it('uses the middle value of an odd number of durabilities', () => {
    const history = [
      phq(-1, 20),
      phq(5, 10),
      phq(15, 12),
      phq(16, 9),
      phq(46, 12),
      phq(47, 9),
      phq(60, 12),
      phq(61, 9),
    ];
    // Durabilities 10, 30, 13 → median 13.
    const result = suggestNextBooster({ timeline: timelineOf(history), lastSessionAt: day(11, 10) });
    expect(result).toMatchObject({ suggested: true, basis: { medianDurabilityDays: 13 }, expectedLossAt: day(74) });
  });

  it('rejects a missing or malformed last session time', () => {
    const timeline = timelineOf([phq(-1, 20)]);
    expect(() => suggestNextBooster({ timeline, lastSessionAt: '' })).toThrow(MissingInputError);
    expect(() => suggestNextBooster({ timeline, lastSessionAt: '2025-03-03' })).toThrow(InvalidInputError);
  });
});
