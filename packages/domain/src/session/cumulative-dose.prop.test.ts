import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { cumulativeDoseMg, type RateEvent } from './cumulative-dose.js';

const baseMs = Date.UTC(2025, 2, 1, 10, 0, 0);
/** Whole seconds keep every event on an exact millisecond, so splitting cannot move a boundary. */
const atSec = (seconds: number): string => new Date(baseMs + seconds * 1000).toISOString();

/** A schedule built from segments: each runs at a rate or is paused, for a duration, with an optional bolus at its start. */
const segment = fc.record({
  durationSec: fc.integer({ min: 2, max: 3600 }),
  rateMlPerHour: fc.double({ min: 0, max: 500, noNaN: true }),
  paused: fc.boolean(),
  bolusMl: fc.option(fc.double({ min: 0.1, max: 20, noNaN: true }), { nil: null }),
});
type Segment = typeof segment extends fc.Arbitrary<infer T> ? T : never;

/** Turns segments into pump events; the first segment always runs, so pause/resume are legal. */
function toHistory(segments: readonly Segment[]): { history: RateEvent[]; endSec: number } {
  const history: RateEvent[] = [];
  let second = 0;
  let paused = false;
  segments.forEach((seg, index) => {
    const at = atSec(second);
    const pauseHere = index > 0 && seg.paused;
    if (pauseHere && !paused) {
      history.push({ kind: 'pause', at });
    }
    history.push({ kind: 'rate', at, rateMlPerHour: seg.rateMlPerHour });
    if (!pauseHere && paused) {
      history.push({ kind: 'resume', at });
    }
    paused = pauseHere;
    if (seg.bolusMl !== null) {
      history.push({ kind: 'bolus', at, volumeMl: seg.bolusMl });
    }
    second += seg.durationSec;
  });
  history.push({ kind: 'stop', at: atSec(second) });
  return { history, endSec: second };
}

/** The expected dose, computed independently of the implementation: Σ rate × duration + Σ boluses. */
function expectedMg(segments: readonly Segment[], concentrationMgPerMl: number): number {
  return segments.reduce((sum, seg, index) => {
    const flowing = index === 0 || !seg.paused ? (seg.rateMlPerHour * seg.durationSec) / 3600 : 0;
    return sum + (flowing + (seg.bolusMl ?? 0)) * concentrationMgPerMl;
  }, 0);
}

const segments = fc.array(segment, { minLength: 1, maxLength: 8 });
const concentration = fc.double({ min: 0.1, max: 50, noNaN: true });
const relClose = (a: number, b: number): void => {
  expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(a), Math.abs(b)));
};

describe('cumulativeDoseMg properties', () => {
  test.prop([segments, concentration])('equals the sum of its segments', (segs, conc) => {
    const { history, endSec } = toHistory(segs);
    relClose(cumulativeDoseMg(history, conc, atSec(endSec + 1800)), expectedMg(segs, conc));
  });

  test.prop([segments, concentration, fc.integer({ min: -600, max: 30_000 }), fc.integer({ min: 0, max: 6000 })])(
    'is never negative and never decreases in time',
    (segs, conc, t1, extra) => {
      const { history } = toHistory(segs);
      const early = cumulativeDoseMg(history, conc, atSec(t1));
      const late = cumulativeDoseMg(history, conc, atSec(t1 + extra));
      expect(early).toBeGreaterThanOrEqual(0);
      expect(late).toBeGreaterThanOrEqual(early);
    },
  );

  test.prop([segments, concentration, fc.double({ min: 0, max: 1, noNaN: true })])(
    'stays flat while paused',
    (segs, conc, fraction) => {
      const { history } = toHistory(segs);
      let start = 0;
      for (const [index, seg] of segs.entries()) {
        if (index > 0 && seg.paused) {
          // Just after the pause begins (any bolus at that instant is already counted) vs later in the pause.
          const a = cumulativeDoseMg(history, conc, atSec(start));
          const b = cumulativeDoseMg(history, conc, atSec(start + Math.floor((seg.durationSec - 1) * fraction)));
          expect(b).toBe(a);
        }
        start += seg.durationSec;
      }
    },
  );

  test.prop([segments, concentration, fc.nat(), fc.double({ min: 0, max: 1, noNaN: true })])(
    'is unchanged by splitting a segment in two',
    (segs, conc, pick, fraction) => {
      const index = pick % segs.length;
      const seg = segs[index];
      if (seg === undefined) {
        return;
      }
      const firstSec = 1 + Math.floor((seg.durationSec - 2) * fraction);
      const first = { ...seg, durationSec: firstSec };
      const second = { ...seg, durationSec: seg.durationSec - firstSec, bolusMl: null };
      // The second half repeats the rate and the paused flag: a no-op event mid-segment.
      const split = [
        ...segs.slice(0, index),
        first,
        { ...second, paused: index === 0 ? false : seg.paused },
        ...segs.slice(index + 1),
      ];
      const whole = toHistory(segs);
      const halves = toHistory(split);
      relClose(
        cumulativeDoseMg(halves.history, conc, atSec(halves.endSec + 300)),
        cumulativeDoseMg(whole.history, conc, atSec(whole.endSec + 300)),
      );
    },
  );
});
