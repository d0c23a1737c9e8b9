import { describe, expect, it } from 'vitest';
import type { QuestionnaireResponseRecord } from '../ports.js';
import { buildScaleOutcome, responseAtMost } from './scale-outcome.js';
import { getOutcomeRule } from '@chairside/domain';

const phq = (takenAt: string, total: number | null): QuestionnaireResponseRecord => ({
  id: `00000000-0000-4000-8000-${String(Math.abs(takenAt.length * 7919 + (total ?? 99))).padStart(12, '0')}`,
  patientId: 'p',
  scaleId: 'phq-9',
  scaleVersion: 1,
  answers: [],
  complete: total !== null,
  missingItems: total === null ? ['phq-9.item-4'] : [],
  total,
  bandId: null,
  bandLabel: null,
  flags: [],
  enteredByUserId: 'u',
  enteredByUsername: 'nurse',
  enteredByRole: 'nurse',
  assignmentId: null,
  takenAt,
  recordedAt: takenAt,
});

const history = [
  phq('2026-09-01T10:00:00.000Z', 20),
  phq('2026-09-15T10:00:00.000Z', 9),
  phq('2026-10-01T10:00:00.000Z', 14),
  phq('2026-10-10T10:00:00.000Z', 8),
  phq('2026-10-12T10:00:00.000Z', null),
];

describe('buildScaleOutcome', () => {
  it('without sessions: shows the scores and the remission line, never invents a baseline', () => {
    const outcome = buildScaleOutcome('phq-9', history, []);
    expect(outcome.scores.map((s) => s.total)).toEqual([20, 9, 14, 8]);
    expect(outcome.incompleteCount).toBe(1);
    expect(outcome.timeline).toBeNull();
    expect(outcome.responseAtMost).toBeNull();
    expect(outcome.remissionAtMost).toBe(4);
    expect(outcome.note).toContain('No treatment session has taken place yet');
  });

  it('with session dates: baseline, response line, durability and a booster suggestion', () => {
    const outcome = buildScaleOutcome('phq-9', history, ['2026-09-02T10:00:00.000Z', '2026-10-05T10:00:00.000Z']);
    expect(outcome.timeline?.baseline?.total).toBe(20);
    expect(outcome.responseAtMost).toBe(10);
    expect(outcome.timeline?.episodes[0]?.durabilityDays).toBe(16);
    expect(outcome.timeline?.currentlyResponding).toBe(true);
    expect(outcome.booster?.suggested).toBe(true);
  });

  it.each([
    [20, 10],
    [9, 4],
    [1, 0],
    [0, null],
  ])('PHQ-9 baseline %i: response at a total of %s or less (≥50%% drop)', (baseline, expected) => {
    expect(responseAtMost(getOutcomeRule('phq-9'), baseline)).toBe(expected);
  });

  it('PCL-5 response is a 10-point drop', () => {
    expect(responseAtMost(getOutcomeRule('pcl-5'), 45)).toBe(35);
    expect(responseAtMost(getOutcomeRule('pcl-5'), 5)).toBeNull();
  });
});
