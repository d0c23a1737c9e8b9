import { describe, expect, it } from 'vitest';
import { allScaleIds, isScaleId } from './scale.js';
import { getScale, scaleCatalogue } from './catalogue.js';
import { cadss6ItemNumbers } from './clinician-scales.js';
import { pcl5Cluster } from './pcl5.js';

const scales = Object.values(scaleCatalogue);

describe('scale catalogue data', () => {
  it('has every scale id, keyed by its own id', () => {
    expect(Object.keys(scaleCatalogue).sort()).toEqual([...allScaleIds].sort());
    for (const id of allScaleIds) {
      expect(getScale(id).id).toBe(id);
    }
    expect(isScaleId('phq-9')).toBe(true);
    expect(isScaleId('madrs')).toBe(false);
  });

  it.each(scales.map((s) => [s.abbreviation, s] as const))(
    '%s: range equals item count × option range',
    (_n, scale) => {
      const values = scale.answerOptions.map((o) => o.value);
      expect(scale.totalRange).toEqual({
        min: Math.min(...values) * scale.items.length,
        max: Math.max(...values) * scale.items.length,
      });
      expect(new Set(scale.items.map((i) => i.id)).size).toBe(scale.items.length);
    },
  );

  it.each(scales.filter((s) => s.bands.length > 0).map((s) => [s.abbreviation, s] as const))(
    '%s: bands cover the range without gap or overlap',
    (_n, scale) => {
      let next = scale.totalRange.min;
      for (const band of scale.bands) {
        expect(band.minTotal).toBe(next);
        expect(band.maxTotal).toBeGreaterThanOrEqual(band.minTotal);
        next = band.maxTotal + 1;
      }
      expect(next - 1).toBe(scale.totalRange.max);
    },
  );

  it('matches the published structure of each scale', () => {
    const shape = Object.fromEntries(scales.map((s) => [s.id, [s.items.length, s.totalRange.max]]));
    expect(shape).toEqual({
      'phq-9': [9, 27],
      'gad-7': [7, 21],
      'pcl-5': [20, 80],
      'pain-nrs': [1, 10],
      isi: [7, 28],
      wsas: [5, 40],
      'cadss-6': [6, 24],
      'moaa-s': [1, 5],
      'check-in': [4, 8],
    });
    expect(getScale('cadss-6').items.map((i) => i.number)).toEqual([...cadss6ItemNumbers]);
    expect(cadss6ItemNumbers).toEqual([1, 2, 6, 7, 15, 22]);
  });

  it('carries the LOINC codes REFERENCE.md §9.3 gives, and no others', () => {
    const phq9 = getScale('phq-9');
    expect([phq9.panelLoinc, phq9.totalLoinc]).toEqual(['44249-1', '44261-6']);
    expect(phq9.items.map((i) => i.loincCode)).toEqual([
      '44250-9',
      '44255-8',
      '44259-0',
      '44254-1',
      '44251-7',
      '44258-2',
      '44252-5',
      '44253-3',
      '44260-8',
    ]);
    expect(phq9.answerOptions.map((o) => o.loincAnswerCode)).toEqual(['LA6568-5', 'LA6569-3', 'LA6570-1', 'LA6571-9']);
    const gad7 = getScale('gad-7');
    expect([gad7.panelLoinc, gad7.totalLoinc]).toEqual(['69737-5', '70274-6']);
    expect(gad7.items.every((i) => i.loincCode === undefined)).toBe(true);
    for (const id of ['pcl-5', 'pain-nrs', 'isi', 'wsas', 'cadss-6', 'moaa-s'] as const) {
      const scale = getScale(id);
      expect([scale.panelLoinc, scale.totalLoinc]).toEqual([undefined, undefined]);
      expect(scale.items.every((i) => i.loincCode === undefined)).toBe(true);
    }
  });

  it('carries item text only where the licence allows it', () => {
    for (const scale of scales) {
      const verbatim = scale.items.some((i) => i.textIsVerbatim);
      expect(verbatim).toBe(scale.id === 'phq-9' || scale.id === 'gad-7' || scale.id === 'check-in');
    }
    const isi = getScale('isi');
    expect(isi.licence.status).toBe('permission-required');
    expect(isi.licence.itemTextIncluded).toBe(false);
    expect(isi.items.map((i) => i.label)).toEqual([
      'Item 1',
      'Item 2',
      'Item 3',
      'Item 4',
      'Item 5',
      'Item 6',
      'Item 7',
    ]);
    expect(isi.answerOptions.map((o) => o.label)).toEqual(['0', '1', '2', '3', '4']);
  });

  it('assigns PCL-5 clusters B 1–5, C 6–7, D 8–14, E 15–20', () => {
    expect([1, 5, 6, 7, 8, 14, 15, 20].map(pcl5Cluster)).toEqual(['B', 'B', 'C', 'C', 'D', 'D', 'E', 'E']);
    expect(
      getScale('pcl-5')
        .items.map((i) => i.cluster)
        .join(''),
    ).toBe('BBBBBCCDDDDDDDEEEEEE');
  });

  it('is plain JSON data', () => {
    for (const scale of scales) {
      // toEqual treats an undefined property as absent, which is what JSON does with it.
      expect(JSON.parse(JSON.stringify(scale))).toEqual(scale);
    }
  });
});
