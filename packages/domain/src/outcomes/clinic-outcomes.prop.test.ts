import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { courseOutcomeInPeriod, ratePct, summariseOutcomeRates } from './clinic-outcomes.js';

const day = (d: number): string => new Date(Date.UTC(2026, 0, 1) + d * 3_600_000 * 24).toISOString();

const courseArb = fc.record({
  baseline: fc.option(fc.integer({ min: 0, max: 27 }), { nil: undefined }),
  later: fc.uniqueArray(fc.record({ d: fc.integer({ min: 1, max: 60 }), total: fc.integer({ min: 0, max: 27 }) }), {
    selector: (s) => s.d,
    maxLength: 8,
  }),
});

describe('clinic outcome rates properties', () => {
  test.prop([fc.array(courseArb, { maxLength: 12 }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 })])(
    'rates stay within 0–100 and count only evaluated courses; the verdict is the last score in the period',
    (courses, start, span) => {
      const from = day(start);
      const to = day(start + span);
      const outcomes = courses.map((c) =>
        courseOutcomeInPeriod({
          scaleId: 'phq-9',
          history: [
            ...(c.baseline === undefined ? [] : [{ scaleId: 'phq-9' as const, total: c.baseline, takenAt: day(-1) }]),
            ...c.later.map((s) => ({ scaleId: 'phq-9' as const, total: s.total, takenAt: day(s.d) })),
          ],
          sessionAts: [day(0)],
          from,
          to,
        }),
      );
      const rates = summariseOutcomeRates(outcomes);
      expect(rates.evaluated + rates.notEvaluable).toBe(courses.length);
      expect(rates.responders).toBeLessThanOrEqual(rates.evaluated);
      expect(rates.remitters).toBeLessThanOrEqual(rates.evaluated);
      for (const pct of [rates.responseRatePct, rates.remissionRatePct]) {
        expect(pct === null ? rates.evaluated === 0 : pct >= 0 && pct <= 100).toBe(true);
      }
      outcomes.forEach((o, i) => {
        const c = courses[i];
        const inPeriod = (c?.later ?? []).filter((s) => s.d >= start && s.d <= start + span).sort((a, b) => a.d - b.d);
        if (o.status === 'evaluated') {
          expect(o.lastScore?.total).toBe(inPeriod[inPeriod.length - 1]?.total);
        } else if (c?.baseline !== undefined) {
          expect(inPeriod).toHaveLength(0);
        }
      });
    },
  );

  test.prop([fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 500 })])('ratePct is within 0–100', (a, b) => {
    const [n, d] = a <= b ? [a, b] : [b, a];
    const pct = ratePct(n, d);
    expect(pct === null ? d === 0 : pct >= 0 && pct <= 100).toBe(true);
  });
});
