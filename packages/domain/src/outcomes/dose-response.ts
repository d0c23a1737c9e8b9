import { InvalidInputError } from '../errors.js';
import { parseInstantMs } from '../course/time.js';
import { getScale } from '../scales/catalogue.js';
import { assertTotalInRange } from '../scales/score.js';
import type { ScaleId } from '../scales/scale.js';
import { classifyScore, type ScoreClassification } from './classify.js';
import { firstSessionMs, orderHistory, type DatedScore, type TimedScore } from './history.js';

/** What one session gave and how the patient tolerated it. Unrecorded values stay undefined. */
export interface DoseSessionRecord {
  readonly sessionAt: string;
  readonly doseMgPerKg: number;
  readonly preSystolicMmHg: number | undefined;
  readonly peakSystolicMmHg: number | undefined;
  readonly cadss6Total: number | undefined;
}

export interface DoseResponseRow {
  readonly sessionAt: string;
  readonly doseMgPerKg: number;
  readonly peakSystolicMmHg: number | undefined;
  /** Peak minus pre-session systolic; undefined unless both were recorded. */
  readonly peakSbpRiseMmHg: number | undefined;
  readonly cadss6Total: number | undefined;
  /** First score after this session and before the next one. */
  readonly nextScore: DatedScore | undefined;
  /** Next score minus the last score before this session (negative is improvement). */
  readonly changeSincePreviousPoints: number | undefined;
  /** Next score against the course baseline; undefined without a baseline or a next score. */
  readonly classification: ScoreClassification | undefined;
}

function validateRecord(record: DoseSessionRecord, index: number): number {
  const at = parseInstantMs(record.sessionAt, `sessions/${index}/sessionAt`);
  const checks: [string, number | undefined, number, number][] = [
    ['doseMgPerKg', record.doseMgPerKg, 0.000001, 20],
    ['preSystolicMmHg', record.preSystolicMmHg, 40, 300],
    ['peakSystolicMmHg', record.peakSystolicMmHg, 40, 300],
  ];
  for (const [field, value, min, max] of checks) {
    if (value !== undefined && !(Number.isFinite(value) && value >= min && value <= max)) {
      throw InvalidInputError.forField(`sessions/${index}/${field}`, `${field} ${value} is outside ${min}–${max}`);
    }
  }
  if (record.cadss6Total !== undefined) {
    assertTotalInRange(getScale('cadss-6'), record.cadss6Total, `sessions/${index}/cadss6Total`);
  }
  return at;
}

function lastBefore(scores: readonly TimedScore[], ms: number): TimedScore | undefined {
  return scores.filter((s) => s.takenMs < ms).at(-1);
}

/**
 * One row per session: dose, blood-pressure rise, dissociation and what the outcome
 * scale did next, for the physician's dose–response review.
 * @param input - the outcome `scaleId`, the patient's `history` for it and the course `sessions`
 */
export function buildDoseResponseRows(input: {
  readonly scaleId: ScaleId;
  readonly history: readonly DatedScore[];
  readonly sessions: readonly DoseSessionRecord[];
}): DoseResponseRow[] {
  const scores = orderHistory(input.scaleId, input.history);
  const sessions = input.sessions
    .map((record, index) => ({ record, ms: validateRecord(record, index) }))
    .sort((a, b) => a.ms - b.ms);
  const baseline =
    sessions.length > 0 ? lastBefore(scores, firstSessionMs(sessions.map((s) => s.record.sessionAt))) : undefined;
  return sessions.map(({ record, ms }, index) => {
    const nextSessionMs = sessions[index + 1]?.ms ?? Number.POSITIVE_INFINITY;
    const next = scores.find((s) => s.takenMs > ms && s.takenMs < nextSessionMs);
    const previous = lastBefore(scores, ms);
    const rise =
      record.preSystolicMmHg !== undefined && record.peakSystolicMmHg !== undefined
        ? record.peakSystolicMmHg - record.preSystolicMmHg
        : undefined;
    return {
      sessionAt: record.sessionAt,
      doseMgPerKg: record.doseMgPerKg,
      peakSystolicMmHg: record.peakSystolicMmHg,
      peakSbpRiseMmHg: rise,
      cadss6Total: record.cadss6Total,
      nextScore: next ? { scaleId: next.scaleId, total: next.total, takenAt: next.takenAt } : undefined,
      changeSincePreviousPoints: next && previous ? next.total - previous.total : undefined,
      classification: next && baseline ? classifyScore(input.scaleId, baseline.total, next.total) : undefined,
    };
  });
}
