import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors.js';
import { classifyScore } from './classify.js';
import { getOutcomeRule, isOutcomeScaleId, type OutcomeScaleId } from './response-rules.js';

// [scale, baseline, total, response, remission]: each edge from DEFAULTS.md §6, both sides.
const cases: [OutcomeScaleId, number, number, boolean, boolean][] = [
  ['phq-9', 20, 10, true, false], // exactly 50%
  ['phq-9', 20, 11, false, false], // 45%
  ['phq-9', 15, 7, true, false], // 53.3%
  ['phq-9', 15, 8, false, false], // 46.7%: just short
  ['phq-9', 9, 4, true, true], // remission edge below 5
  ['phq-9', 9, 5, false, false], // 5 is not remission; 44.4% not response
  ['phq-9', 27, 0, true, true],
  ['gad-7', 10, 5, true, false],
  ['gad-7', 10, 6, false, false],
  ['gad-7', 11, 5, true, false], // 54.5%
  ['gad-7', 11, 6, false, false], // 45.5%
  ['gad-7', 8, 4, true, true],
  ['pcl-5', 50, 40, true, false], // 10-point drop
  ['pcl-5', 50, 41, false, false], // 9-point drop
  ['pcl-5', 42, 32, true, true], // remission <33
  ['pcl-5', 42, 33, false, false],
  ['pcl-5', 20, 12, false, true], // below the cut-point without a 10-point drop
  ['pain-nrs', 10, 7, true, false], // exactly 30%
  ['pain-nrs', 10, 8, false, false],
  ['pain-nrs', 7, 4, true, false], // 42.9%, 4 is not ≤3
  ['pain-nrs', 7, 5, false, false], // 28.6%
  ['pain-nrs', 5, 3, true, true], // 40%, ≤3 remission
  ['pain-nrs', 4, 3, false, true], // 25%, remission ≤3 reached
  ['isi', 20, 12, true, false], // 8-point drop
  ['isi', 20, 13, false, false],
  ['isi', 15, 7, true, true], // remission <8
  ['isi', 15, 8, false, false],
];

describe('classifyScore (DEFAULTS.md §6)', () => {
  it.each(cases)('%s baseline %i → %i: response %s, remission %s', (scaleId, baseline, total, response, remission) => {
    const result = classifyScore(scaleId, baseline, total);
    expect({ response: result.response, remission: result.remission }).toEqual({ response, remission });
    expect(result.changePoints).toBe(total - baseline);
    expect(result.rule).toBe(`outcome.${scaleId}@1`);
  });

  it('reports the drop in percent with one decimal', () => {
    expect(classifyScore('phq-9', 15, 8).dropPct).toBe(46.7);
    expect(classifyScore('phq-9', 15, 18).dropPct).toBe(-20);
  });

  it('cannot judge a relative response from a baseline of 0, but can judge remission', () => {
    const result = classifyScore('phq-9', 0, 0);
    expect(result).toMatchObject({ responseEvaluable: false, response: false, remission: true, dropPct: undefined });
    expect(result.explanation).toMatch(/baseline 0/);
    expect(classifyScore('pcl-5', 0, 0).responseEvaluable).toBe(true);
  });

  it.each([
    ['wsas', 10, 5],
    ['cadss-6', 10, 5],
    ['moaa-s', 5, 5],
  ] as const)('throws for %s, which has no response rule', (scaleId, baseline, total) => {
    expect(() => classifyScore(scaleId, baseline, total)).toThrow(InvalidInputError);
    expect(isOutcomeScaleId(scaleId)).toBe(false);
  });

  it.each([
    ['phq-9', 28, 10, 'baselineTotal'],
    ['phq-9', 10, -1, 'total'],
    ['pain-nrs', 8, 2.5, 'total'],
    ['isi', Number.NaN, 3, 'baselineTotal'],
  ] as const)('rejects %s totals out of range (%s → %s)', (scaleId, baseline, total, field) => {
    try {
      classifyScore(scaleId, baseline, total);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).details.fields?.[0]?.field).toBe(field);
    }
  });

  it('names the rule data exactly as DEFAULTS.md §6', () => {
    expect(getOutcomeRule('phq-9')).toMatchObject({
      response: { minDropPct: 50 },
      remission: { kind: 'below', threshold: 5 },
    });
    expect(getOutcomeRule('pain-nrs')).toMatchObject({
      response: { minDropPct: 30 },
      remission: { kind: 'at-most', threshold: 3 },
    });
    expect(getOutcomeRule('isi')).toMatchObject({
      response: { minDropPoints: 8 },
      remission: { kind: 'below', threshold: 8 },
    });
  });
});
