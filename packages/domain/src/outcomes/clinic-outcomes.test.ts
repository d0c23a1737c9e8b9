import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors.js';
import { courseOutcomeInPeriod, primaryOutcomeScale, ratePct, summariseOutcomeRates } from './clinic-outcomes.js';
import type { DatedScore } from './history.js';

const day = (d: number, hour = 9): string => new Date(Date.UTC(2026, 0, 1 + d, hour)).toISOString();
const phq = (d: number, total: number): DatedScore => ({ scaleId: 'phq-9', total, takenAt: day(d) });
const sessions = [0, 2, 4].map((d) => day(d, 12));
const period = { from: day(10, 0), to: day(40, 0) };

describe('courseOutcomeInPeriod (DEFAULTS.md §6 on the last score in the period)', () => {
  it('does not count a course without sessions, without a baseline or without a score in the period', () => {
    expect(courseOutcomeInPeriod({ scaleId: 'phq-9', history: [phq(-1, 20)], sessionAts: [], ...period }).status).toBe(
      'no-sessions',
    );
    expect(
      courseOutcomeInPeriod({ scaleId: 'phq-9', history: [phq(12, 4)], sessionAts: sessions, ...period }).status,
    ).toBe('no-baseline');
    const outside = courseOutcomeInPeriod({
      scaleId: 'phq-9',
      history: [phq(-1, 20), phq(5, 8), phq(41, 2)],
      sessionAts: sessions,
      ...period,
    });
    expect(outside).toMatchObject({ status: 'no-score-in-period', baselineTotal: 20, response: false });
  });

  it('judges the last score inside the period: response at exactly 50% drop, remission below 5', () => {
    const edge = courseOutcomeInPeriod({
      scaleId: 'phq-9',
      history: [phq(-1, 20), phq(11, 4), phq(20, 10)],
      sessionAts: sessions,
      ...period,
    });
    expect(edge).toMatchObject({ status: 'evaluated', response: true, remission: false, baselineTotal: 20 });
    expect(edge.lastScore?.total).toBe(10);
    const justMissed = courseOutcomeInPeriod({
      scaleId: 'phq-9',
      history: [phq(-1, 20), phq(20, 11)],
      sessionAts: sessions,
      ...period,
    });
    expect(justMissed).toMatchObject({ response: false, remission: false });
    const remitted = courseOutcomeInPeriod({
      scaleId: 'phq-9',
      history: [phq(-1, 20), phq(20, 4)],
      sessionAts: sessions,
      ...period,
    });
    expect(remitted).toMatchObject({ response: true, remission: true });
  });

  it('counts scores on the period edges and refuses a period that ends before it starts', () => {
    const onEdge = courseOutcomeInPeriod({
      scaleId: 'phq-9',
      history: [phq(-1, 20), { scaleId: 'phq-9', total: 3, takenAt: period.to }],
      sessionAts: sessions,
      ...period,
    });
    expect(onEdge.status).toBe('evaluated');
    expect(() =>
      courseOutcomeInPeriod({ scaleId: 'phq-9', history: [], sessionAts: sessions, from: period.to, to: period.from }),
    ).toThrow(InvalidInputError);
  });

  it('uses the pain NRS for the pain protocol (≥30% drop, remission ≤3)', () => {
    expect(primaryOutcomeScale['iv-pain']).toBe('pain-nrs');
    const pain = (d: number, total: number): DatedScore => ({ scaleId: 'pain-nrs', total, takenAt: day(d) });
    const result = courseOutcomeInPeriod({
      scaleId: 'pain-nrs',
      history: [pain(-1, 10), pain(15, 7)],
      sessionAts: sessions,
      ...period,
    });
    expect(result).toMatchObject({ response: true, remission: false });
  });
});

describe('summariseOutcomeRates', () => {
  it('gives null rates, not 0 %, when nothing could be evaluated', () => {
    expect(summariseOutcomeRates([])).toMatchObject({ evaluated: 0, responseRatePct: null, remissionRatePct: null });
  });

  it('counts responders and remitters among evaluated courses only', () => {
    const base = { baselineTotal: 20, lastScore: undefined };
    const rates = summariseOutcomeRates([
      { ...base, status: 'evaluated', response: true, remission: true },
      { ...base, status: 'evaluated', response: true, remission: false },
      { ...base, status: 'evaluated', response: false, remission: false },
      { ...base, status: 'no-baseline', response: false, remission: false },
    ]);
    expect(rates).toEqual({
      evaluated: 3,
      notEvaluable: 1,
      responders: 2,
      remitters: 1,
      responseRatePct: 66.7,
      remissionRatePct: 33.3,
    });
  });

  it('ratePct refuses impossible counts', () => {
    expect(ratePct(1, 8)).toBe(12.5);
    expect(() => ratePct(3, 2)).toThrow(InvalidInputError);
    expect(() => ratePct(-1, 2)).toThrow(InvalidInputError);
  });
});
