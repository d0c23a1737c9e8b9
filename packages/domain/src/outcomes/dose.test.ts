import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors.js';
import { buildDoseResponseRows, type DoseResponseRow, type DoseSessionRecord } from './dose-response.js';
import { suggestNextDoseMgPerKg, type DoseLimitsMgPerKg } from './dose-suggestion.js';
import type { DatedScore } from './history.js';

function day(d: number, hour = 9): string {
  return new Date(Date.UTC(2025, 2, 3 + d, hour)).toISOString();
}
function phq(d: number, total: number): DatedScore {
  return { scaleId: 'phq-9', total, takenAt: day(d) };
}
function session(d: number, doseMgPerKg: number, pre?: number, peak?: number, cadss?: number): DoseSessionRecord {
  return { sessionAt: day(d, 10), doseMgPerKg, preSystolicMmHg: pre, peakSystolicMmHg: peak, cadss6Total: cadss };
}

describe('buildDoseResponseRows', () => {
  const rows = buildDoseResponseRows({
    scaleId: 'phq-9',
    history: [phq(-1, 20), phq(1, 18), phq(3, 9), { scaleId: 'phq-9', total: 8, takenAt: day(3, 20) }],
    sessions: [session(2, 0.5, 120, 150, 4), session(0, 0.5, 118, 140, 2), session(4, 0.6)],
  });

  it('orders sessions and takes the first score before the next session', () => {
    expect(rows.map((r) => r.sessionAt)).toEqual([day(0, 10), day(2, 10), day(4, 10)]);
    expect(rows.map((r) => r.nextScore?.total)).toEqual([18, 9, undefined]);
  });

  it('computes BP rise, change since the previous score and classification against baseline', () => {
    expect(rows[0]).toMatchObject({ peakSbpRiseMmHg: 22, cadss6Total: 2, changeSincePreviousPoints: -2 });
    expect(rows[0]?.classification?.response).toBe(false);
    expect(rows[1]).toMatchObject({ peakSbpRiseMmHg: 30, changeSincePreviousPoints: -9 });
    expect(rows[1]?.classification).toMatchObject({ baselineTotal: 20, total: 9, response: true });
    expect(rows[2]).toMatchObject({ peakSbpRiseMmHg: undefined, classification: undefined });
  });

  it.each([
    ['a zero dose', session(0, 0)],
    ['an absurd SBP', session(0, 0.5, 120, 400)],
    ['a CADSS-6 above 24', session(0, 0.5, 120, 140, 25)],
  ])('rejects %s', (_name, record) => {
    expect(() => buildDoseResponseRows({ scaleId: 'phq-9', history: [], sessions: [record] })).toThrow(
      InvalidInputError,
    );
  });
});

const limits: DoseLimitsMgPerKg = { minMgPerKg: 0.1, normalMaxMgPerKg: 0.75, softMaxMgPerKg: 1.0 };
function row(overrides: Partial<DoseResponseRow> & { response?: boolean }): DoseResponseRow {
  const { response = false, ...rest } = overrides;
  return {
    sessionAt: day(0, 10),
    doseMgPerKg: 0.5,
    peakSystolicMmHg: 150,
    peakSbpRiseMmHg: 20,
    cadss6Total: 3,
    nextScore: phq(1, 15),
    changeSincePreviousPoints: -5,
    classification: {
      scaleId: 'phq-9',
      rule: 'outcome.phq-9@1',
      baselineTotal: 20,
      total: response ? 10 : 15,
      changePoints: response ? -10 : -5,
      dropPct: response ? 50 : 25,
      responseEvaluable: true,
      response,
      remission: false,
      explanation: 'test',
    },
    ...rest,
  };
}

describe('suggestNextDoseMgPerKg', () => {
  it.each([
    ['no response, low dissociation, BP tolerated', 0.5, row({}), false, 'increase', 0.6],
    ['responded', 0.5, row({ response: true }), false, 'keep', 0.5],
    ['no score after the session', 0.5, row({ classification: undefined }), false, 'keep', 0.5],
    ['CADSS-6 not recorded', 0.5, row({ cadss6Total: undefined }), false, 'keep', 0.5],
    ['BP not recorded', 0.5, row({ peakSbpRiseMmHg: undefined }), false, 'keep', 0.5],
    ['CADSS-6 6 (still low)', 0.5, row({ cadss6Total: 6 }), false, 'increase', 0.6],
    ['CADSS-6 7', 0.5, row({ cadss6Total: 7 }), false, 'keep', 0.5],
    ['peak SBP 159', 0.5, row({ peakSystolicMmHg: 159 }), false, 'increase', 0.6],
    ['peak SBP 160', 0.5, row({ peakSystolicMmHg: 160 }), false, 'keep', 0.5],
    ['SBP rise 39', 0.5, row({ peakSbpRiseMmHg: 39 }), false, 'increase', 0.6],
    ['SBP rise 40', 0.5, row({ peakSbpRiseMmHg: 40 }), false, 'keep', 0.5],
    ['0.7 capped at the normal max', 0.7, row({}), false, 'increase', 0.75],
    ['0.75 at the normal max, no physician', 0.75, row({}), false, 'keep', 0.75],
    ['0.75 with a physician allowing more', 0.75, row({}), true, 'increase', 0.85],
    ['0.95 capped at the soft limit', 0.95, row({}), true, 'increase', 1.0],
    ['1.0 at the soft limit', 1.0, row({}), true, 'keep', 1.0],
  ] as const)('%s → %s %s mg/kg', (_name, current, lastSession, allows, action, dose) => {
    const result = suggestNextDoseMgPerKg({
      currentDoseMgPerKg: current,
      limits,
      lastSession,
      allowsAboveNormalRange: allows,
    });
    expect(result).toMatchObject({
      action,
      suggestedDoseMgPerKg: dose,
      requiresPhysicianDecision: true,
      rule: 'outcome.dose-titration@1',
    });
    expect(result.reasoning.length).toBeGreaterThan(20);
  });

  it('marks a suggestion above the normal range', () => {
    const result = suggestNextDoseMgPerKg({
      currentDoseMgPerKg: 0.75,
      limits,
      lastSession: row({}),
      allowsAboveNormalRange: true,
    });
    expect(result.aboveNormalRange).toBe(true);
    expect(result.reasoning).toMatch(/above the normal range/);
  });

  it.each([
    ['a current dose above the soft limit', 1.1, limits],
    ['a current dose below the minimum', 0.05, limits],
    ['NaN dose', Number.NaN, limits],
    ['limits out of order', 0.5, { minMgPerKg: 0.1, normalMaxMgPerKg: 1.2, softMaxMgPerKg: 1.0 }],
  ])('rejects %s', (_name, current, badLimits) => {
    expect(() =>
      suggestNextDoseMgPerKg({
        currentDoseMgPerKg: current,
        limits: badLimits,
        lastSession: row({}),
        allowsAboveNormalRange: false,
      }),
    ).toThrow(InvalidInputError);
  });
});
