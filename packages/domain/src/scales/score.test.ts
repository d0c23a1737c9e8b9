import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors.js';
import { scaleCatalogue } from './catalogue.js';
import { cadss6, moaas } from './clinician-scales.js';
import { gad7 } from './gad7.js';
import { isi } from './isi.js';
import { painNrs } from './pain-nrs.js';
import { pcl5 } from './pcl5.js';
import { phq9 } from './phq9.js';
import type { Scale } from './scale.js';
import { bandForTotal, scoreResponse, type ScaleAnswer } from './score.js';
import { wsas } from './wsas.js';

/** Answers that sum to `total`, filling items in order, leaving `keepZero` items at 0. */
function answersForTotal(scale: Scale, total: number, keepZero: readonly string[] = []): ScaleAnswer[] {
  const max = Math.max(...scale.answerOptions.map((o) => o.value));
  let left = total;
  const answers = scale.items.map((item) => {
    const value = keepZero.includes(item.id) ? 0 : Math.min(max, left);
    left -= value;
    return { itemId: item.id, value };
  });
  if (left !== 0) {
    throw new Error(`cannot reach ${total}`);
  }
  return answers;
}

function scored(scale: Scale, answers: readonly ScaleAnswer[]) {
  const result = scoreResponse(scale, answers);
  if (!result.complete) {
    throw new Error('expected a complete score');
  }
  return result;
}

const bandEdges: [string, Scale, number, string | undefined][] = [
  ['PHQ-9', phq9, 0, 'none-minimal'],
  ['PHQ-9', phq9, 4, 'none-minimal'],
  ['PHQ-9', phq9, 5, 'mild'],
  ['PHQ-9', phq9, 9, 'mild'],
  ['PHQ-9', phq9, 10, 'moderate'],
  ['PHQ-9', phq9, 14, 'moderate'],
  ['PHQ-9', phq9, 15, 'moderately-severe'],
  ['PHQ-9', phq9, 19, 'moderately-severe'],
  ['PHQ-9', phq9, 20, 'severe'],
  ['PHQ-9', phq9, 27, 'severe'],
  ['GAD-7', gad7, 0, 'minimal'],
  ['GAD-7', gad7, 4, 'minimal'],
  ['GAD-7', gad7, 5, 'mild'],
  ['GAD-7', gad7, 9, 'mild'],
  ['GAD-7', gad7, 10, 'moderate'],
  ['GAD-7', gad7, 14, 'moderate'],
  ['GAD-7', gad7, 15, 'severe'],
  ['GAD-7', gad7, 21, 'severe'],
  ['ISI', isi, 0, 'none'],
  ['ISI', isi, 7, 'none'],
  ['ISI', isi, 8, 'subthreshold'],
  ['ISI', isi, 14, 'subthreshold'],
  ['ISI', isi, 15, 'moderate'],
  ['ISI', isi, 21, 'moderate'],
  ['ISI', isi, 22, 'severe'],
  ['ISI', isi, 28, 'severe'],
  ['WSAS', wsas, 0, 'subclinical'],
  ['WSAS', wsas, 9, 'subclinical'],
  ['WSAS', wsas, 10, 'significant-impairment'],
  ['WSAS', wsas, 20, 'significant-impairment'],
  ['WSAS', wsas, 21, 'moderately-severe-or-worse'],
  ['WSAS', wsas, 40, 'moderately-severe-or-worse'],
  ['PCL-5', pcl5, 0, undefined],
  ['PCL-5', pcl5, 80, undefined],
  ['pain NRS', painNrs, 0, undefined],
  ['pain NRS', painNrs, 10, undefined],
  ['CADSS-6', cadss6, 0, undefined],
  ['CADSS-6', cadss6, 24, undefined],
  ['MOAA/S', moaas, 0, undefined],
  ['MOAA/S', moaas, 5, undefined],
];

describe('scoreResponse bands', () => {
  it.each(bandEdges)('%s total %i → band %s', (_name, scale, total, bandId) => {
    const result = scored(scale, answersForTotal(scale, total));
    expect(result.total).toBe(total);
    expect(result.band?.id).toBe(bandId);
    expect(bandForTotal(scale, total)?.id).toBe(bandId);
  });
});

describe('PHQ-9 item 9 suicide-risk flag', () => {
  const item9 = 'phq-9.item-9';
  it.each([1, 2, 3])('fires for item 9 = %i on a complete form', (value) => {
    const answers = answersForTotal(phq9, 0).map((a) => (a.itemId === item9 ? { ...a, value } : a));
    const result = scored(phq9, answers);
    expect(result.flags).toHaveLength(1);
    expect(result.flags[0]).toMatchObject({
      flag: 'suicide-risk',
      rule: 'scale.phq-9.flag.suicide-risk@1',
      severity: 'warning',
      observed: { itemId: item9, value },
    });
  });

  it.each([1, 2, 3])('fires for item 9 = %i even when other items are missing', (value) => {
    const result = scoreResponse(phq9, [{ itemId: item9, value }]);
    expect(result.complete).toBe(false);
    expect(result.flags.map((f) => f.flag)).toEqual(['suicide-risk']);
  });

  it.each([0, 27 - 3])('does not fire when item 9 = 0 (total %i)', (total) => {
    const result = scored(phq9, answersForTotal(phq9, total, [item9]));
    expect(result.flags).toEqual([]);
  });

  it('does not fire when item 9 is unanswered', () => {
    const answers = answersForTotal(phq9, 24, [item9]).map((a) => (a.itemId === item9 ? { ...a, value: null } : a));
    expect(scoreResponse(phq9, answers).flags).toEqual([]);
  });
});

describe('PCL-5 probable PTSD flag', () => {
  it.each([
    [32, false],
    [33, true],
    [80, true],
    [0, false],
  ])('total %i → fires %s', (total, fires) => {
    const result = scored(pcl5, answersForTotal(pcl5, total));
    expect(result.flags.map((f) => f.flag)).toEqual(fires ? ['probable-ptsd'] : []);
    if (fires) {
      expect(result.flags[0]?.observed).toEqual({ total });
    }
  });

  it('is not raised on an incomplete form, whatever the partial sum', () => {
    const answers = answersForTotal(pcl5, 76).slice(0, 19);
    const result = scoreResponse(pcl5, answers);
    expect(result).toMatchObject({ complete: false, missingItems: ['pcl-5.item-20'], flags: [] });
  });
});

describe('incomplete forms are not scored', () => {
  it.each(Object.values(scaleCatalogue).map((scale) => [scale.abbreviation, scale] as const))(
    '%s with one item unanswered lists it as missing',
    (_name, scale) => {
      const answers = answersForTotal(scale, 0);
      const last = scale.items[scale.items.length - 1]!.id;
      const withNull = scoreResponse(
        scale,
        answers.map((a) => (a.itemId === last ? { ...a, value: null } : a)),
      );
      const withAbsent = scoreResponse(scale, answers.slice(0, -1));
      for (const result of [withNull, withAbsent]) {
        expect(result.complete).toBe(false);
        expect(result).not.toHaveProperty('total');
        expect(result).toMatchObject({ missingItems: [last] });
      }
    },
  );

  it('an empty form lists every item', () => {
    expect(scoreResponse(isi, [])).toMatchObject({ complete: false, missingItems: isi.items.map((i) => i.id) });
  });
});

describe('invalid answers throw InvalidInputError naming the item', () => {
  const cases: [string, Scale, ScaleAnswer[], string, RegExp][] = [
    ['above range', phq9, [{ itemId: 'phq-9.item-3', value: 4 }], 'answers/0/value', /phq-9\.item-3/],
    ['below range', gad7, [{ itemId: 'gad-7.item-1', value: -1 }], 'answers/0/value', /gad-7\.item-1/],
    ['not whole', isi, [{ itemId: 'isi.item-2', value: 1.5 }], 'answers/0/value', /isi\.item-2/],
    ['NaN', painNrs, [{ itemId: 'pain-nrs.item-1', value: Number.NaN }], 'answers/0/value', /pain-nrs\.item-1/],
    ['pain NRS 11', painNrs, [{ itemId: 'pain-nrs.item-1', value: 11 }], 'answers/0/value', /pain-nrs\.item-1/],
    ['MOAA/S 6', moaas, [{ itemId: 'moaa-s.item-1', value: 6 }], 'answers/0/value', /moaa-s\.item-1/],
    ['WSAS 9', wsas, [{ itemId: 'wsas.item-5', value: 9 }], 'answers/0/value', /wsas\.item-5/],
    ['unknown item', phq9, [{ itemId: 'phq-9.item-10', value: 0 }], 'answers/0/itemId', /phq-9\.item-10/],
    ['other scale item', cadss6, [{ itemId: 'cadss-6.item-3', value: 0 }], 'answers/0/itemId', /cadss-6\.item-3/],
    [
      'duplicate',
      gad7,
      [
        { itemId: 'gad-7.item-2', value: 1 },
        { itemId: 'gad-7.item-2', value: 2 },
      ],
      'answers/1/itemId',
      /gad-7\.item-2/,
    ],
  ];
  it.each(cases)('%s', (_name, scale, answers, field, message) => {
    const thrown = (() => {
      try {
        scoreResponse(scale, answers);
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(thrown).toBeInstanceOf(InvalidInputError);
    const fault = (thrown as InvalidInputError).details.fields?.[0];
    expect(fault?.field).toBe(field);
    expect(fault?.message).toMatch(message);
  });

  it('rejects more answers than items', () => {
    const answers = [...answersForTotal(painNrs, 3), { itemId: 'pain-nrs.item-1', value: 3 }];
    expect(() => scoreResponse(painNrs, answers)).toThrow(/2 answers given for 1 items/);
  });

  it.each([
    [phq9, 28],
    [phq9, -1],
    [isi, 3.5],
  ] as const)('bandForTotal rejects %s total %s', (scale, total) => {
    expect(() => bandForTotal(scale, total)).toThrow(InvalidInputError);
  });
});
