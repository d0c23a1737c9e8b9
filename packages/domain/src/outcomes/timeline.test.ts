import { describe, expect, it } from 'vitest';
import { InvalidInputError, MissingInputError } from '../errors.js';
import { baselineScore, type DatedScore } from './history.js';
import { responseTimeline } from './timeline.js';

/** Day `d` of the course at 09:00 UTC (day 0 = 2025-03-03). */
function day(d: number, hour = 9): string {
  return new Date(Date.UTC(2025, 2, 3 + d, hour)).toISOString();
}
function phq(d: number, total: number, hour = 9): DatedScore {
  return { scaleId: 'phq-9', total, takenAt: day(d, hour) };
}
const sessions = [0, 2, 4, 7, 9, 11].map((d) => day(d, 10));

describe('baselineScore', () => {
  it('is the last score before the first session, whatever the input order', () => {
    const history = [phq(3, 12), phq(-7, 22), phq(-1, 20), phq(-30, 25)];
    expect(baselineScore({ scaleId: 'phq-9', history, sessionAts: [...sessions].reverse() })).toEqual(phq(-1, 20));
  });

  it('counts a score taken the same morning before the first session', () => {
    const history = [phq(-1, 20), phq(0, 18, 9)];
    expect(baselineScore({ scaleId: 'phq-9', history, sessionAts: sessions })?.total).toBe(18);
  });

  it('does not count a score taken at the very start of the first session or after it', () => {
    const history = [phq(0, 18, 10), phq(1, 15)];
    expect(baselineScore({ scaleId: 'phq-9', history, sessionAts: sessions })).toBeUndefined();
  });

  it.each([
    ['another scale', [{ scaleId: 'gad-7', total: 5, takenAt: day(-1) }], InvalidInputError],
    ['a total out of range', [phq(-1, 30)], InvalidInputError],
    ['a time without offset', [{ scaleId: 'phq-9', total: 5, takenAt: '2025-03-02T09:00:00' }], InvalidInputError],
    ['two scores at one time', [phq(-1, 5), phq(-1, 6)], InvalidInputError],
  ] as const)('rejects %s', (_name, history, error) => {
    expect(() =>
      baselineScore({ scaleId: 'phq-9', history: history as readonly DatedScore[], sessionAts: sessions }),
    ).toThrow(error);
  });

  it('needs at least one session', () => {
    expect(() => baselineScore({ scaleId: 'phq-9', history: [phq(-1, 5)], sessionAts: [] })).toThrow(MissingInputError);
  });
});

describe('responseTimeline', () => {
  // Baseline 20. Response = PHQ-9 ≤ 10.
  const history = [
    phq(-1, 20),
    phq(1, 16), // no response
    phq(5, 10), // response (exactly 50%)
    phq(12, 8), // still responding
    phq(30, 12), // loss of response: 25 days after day 5
    phq(32, 6), // re-response after a booster
    phq(50, 11), // loss again: 18 days
    phq(53, 9), // third response, ongoing
  ];

  it('finds each response episode, its loss and its durability', () => {
    const timeline = responseTimeline({ scaleId: 'phq-9', history, sessionAts: sessions });
    expect(timeline.baseline).toEqual(phq(-1, 20));
    expect(timeline.points.map((p) => p.classification.response)).toEqual([
      false,
      true,
      true,
      false,
      true,
      false,
      true,
    ]);
    expect(timeline.episodes).toEqual([
      { respondedAt: day(5), lastConfirmedAt: day(12), lostAt: day(30), durabilityDays: 25 },
      { respondedAt: day(32), lastConfirmedAt: day(32), lostAt: day(50), durabilityDays: 18 },
      { respondedAt: day(53), lastConfirmedAt: day(53), lostAt: undefined, durabilityDays: undefined },
    ]);
    expect(timeline.firstResponseAt).toBe(day(5));
    expect(timeline.currentlyResponding).toBe(true);
  });

  it('rounds durability down to whole days', () => {
    const timeline = responseTimeline({
      scaleId: 'phq-9',
      history: [phq(-1, 20), phq(5, 10, 9), phq(8, 15, 8)],
      sessionAts: sessions,
    });
    expect(timeline.episodes[0]?.durabilityDays).toBe(2);
  });

  it('has no episodes without a response, and is not responding', () => {
    const timeline = responseTimeline({
      scaleId: 'phq-9',
      history: [phq(-1, 20), phq(3, 11), phq(6, 14)],
      sessionAts: sessions,
    });
    expect(timeline.episodes).toEqual([]);
    expect(timeline.firstResponseAt).toBeUndefined();
    expect(timeline.currentlyResponding).toBe(false);
  });

  it('classifies nothing without a baseline (never invented)', () => {
    const timeline = responseTimeline({ scaleId: 'phq-9', history: [phq(3, 2), phq(6, 1)], sessionAts: sessions });
    expect(timeline).toMatchObject({ baseline: undefined, points: [], episodes: [], currentlyResponding: false });
  });

  it("uses the scale's own rule: PCL-5 needs a 10-point drop", () => {
    const pcl = (d: number, total: number): DatedScore => ({ scaleId: 'pcl-5', total, takenAt: day(d) });
    const timeline = responseTimeline({
      scaleId: 'pcl-5',
      history: [pcl(-1, 50), pcl(3, 41), pcl(6, 40)],
      sessionAts: sessions,
    });
    expect(timeline.firstResponseAt).toBe(day(6));
  });

  it('is plain JSON data', () => {
    const timeline = responseTimeline({ scaleId: 'phq-9', history, sessionAts: sessions });
    expect(JSON.parse(JSON.stringify(timeline))).toEqual(timeline);
  });
});
