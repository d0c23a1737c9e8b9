import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import type { DoseResponseRow } from './dose-response.js';
import { suggestNextDoseMgPerKg } from './dose-suggestion.js';

const rowArb: fc.Arbitrary<DoseResponseRow> = fc.record({
  sessionAt: fc.constant('2025-03-03T10:00:00.000Z'),
  doseMgPerKg: fc.constant(0.5),
  peakSystolicMmHg: fc.option(fc.integer({ min: 90, max: 220 }), { nil: undefined }),
  peakSbpRiseMmHg: fc.option(fc.integer({ min: -10, max: 80 }), { nil: undefined }),
  cadss6Total: fc.option(fc.integer({ min: 0, max: 24 }), { nil: undefined }),
  nextScore: fc.constant(undefined),
  changeSincePreviousPoints: fc.constant(undefined),
  classification: fc.option(
    fc.boolean().map((response) => ({
      scaleId: 'phq-9' as const,
      rule: 'outcome.phq-9@1',
      baselineTotal: 20,
      total: response ? 8 : 16,
      changePoints: response ? -12 : -4,
      dropPct: response ? 60 : 20,
      responseEvaluable: true,
      response,
      remission: false,
      explanation: '',
    })),
    { nil: undefined },
  ),
});

const limitsArb = fc
  .tuple(fc.integer({ min: 50, max: 300 }), fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 500 }))
  .map(([min, a, b]) => ({
    minMgPerKg: min / 1000,
    normalMaxMgPerKg: (min + a) / 1000,
    softMaxMgPerKg: (min + a + b) / 1000,
  }));

const inputArb = limitsArb.chain((limits) =>
  fc.record({
    limits: fc.constant(limits),
    currentDoseMgPerKg: fc
      .integer({ min: Math.round(limits.minMgPerKg * 1000), max: Math.round(limits.softMaxMgPerKg * 1000) })
      .map((ug) => ug / 1000),
    lastSession: rowArb,
    allowsAboveNormalRange: fc.boolean(),
  }),
);

describe('suggestNextDoseMgPerKg properties', () => {
  test.prop([inputArb])('never above the soft limit, never up by more than one step', (input) => {
    const result = suggestNextDoseMgPerKg(input);
    expect(result.suggestedDoseMgPerKg).toBeLessThanOrEqual(input.limits.softMaxMgPerKg);
    expect(Math.round((result.suggestedDoseMgPerKg - input.currentDoseMgPerKg) * 1000)).toBeLessThanOrEqual(100);
    expect(result.suggestedDoseMgPerKg).toBeGreaterThanOrEqual(input.currentDoseMgPerKg);
  });

  test.prop([inputArb])('without a physician, an increase never goes above the normal range', (input) => {
    const result = suggestNextDoseMgPerKg({ ...input, allowsAboveNormalRange: false });
    if (result.action === 'increase') {
      expect(result.suggestedDoseMgPerKg).toBeLessThanOrEqual(input.limits.normalMaxMgPerKg);
    }
  });

  test.prop([inputArb])('increases only on a recorded non-response with tolerated BP and low dissociation', (input) => {
    const result = suggestNextDoseMgPerKg(input);
    if (result.action === 'increase') {
      const s = input.lastSession;
      expect(s.classification?.response).toBe(false);
      expect(s.cadss6Total).toBeLessThanOrEqual(6);
      expect(s.peakSystolicMmHg).toBeLessThan(160);
      expect(s.peakSbpRiseMmHg).toBeLessThan(40);
    }
  });
});
