import { InvalidInputError, MissingInputError } from '../errors.js';
import { parseInstantMs } from '../course/time.js';
import { getScale } from '../scales/catalogue.js';
import { assertTotalInRange } from '../scales/score.js';
import type { ScaleId } from '../scales/scale.js';

/** One complete, scored form: the total and when the patient answered it. */
export interface DatedScore {
  readonly scaleId: ScaleId;
  readonly total: number;
  readonly takenAt: string;
}

/** A score with its parsed time, for ordering. */
export interface TimedScore extends DatedScore {
  readonly takenMs: number;
}

/**
 * Checks a score history for one scale and returns it in time order.
 * @param scaleId - the scale every score must belong to
 * @param history - scores in any order
 * @throws InvalidInputError for another scale's score, a total outside the range, a bad time or two scores at the same time
 */
export function orderHistory(scaleId: ScaleId, history: readonly DatedScore[]): TimedScore[] {
  const scale = getScale(scaleId);
  const timed = history.map((score, index) => {
    if (score.scaleId !== scaleId) {
      throw InvalidInputError.forField(
        `history/${index}/scaleId`,
        `Expected ${scaleId} scores only, got ${score.scaleId}`,
      );
    }
    assertTotalInRange(scale, score.total, `history/${index}/total`);
    return { ...score, takenMs: parseInstantMs(score.takenAt, `history/${index}/takenAt`) };
  });
  timed.sort((a, b) => a.takenMs - b.takenMs);
  for (let i = 1; i < timed.length; i += 1) {
    if (timed[i]?.takenMs === timed[i - 1]?.takenMs) {
      throw InvalidInputError.forField(
        'history',
        `Two ${scaleId} scores at the same time (${timed[i]?.takenAt ?? ''})`,
      );
    }
  }
  return timed;
}

/**
 * The start of the course: the earliest session time.
 * @param sessionAts - session start times of the course (any order)
 * @throws MissingInputError when there is no session
 */
export function firstSessionMs(sessionAts: readonly string[]): number {
  if (sessionAts.length === 0) {
    throw MissingInputError.forField('sessionAts', 'The course has no session: its start is unknown');
  }
  return Math.min(...sessionAts.map((at, index) => parseInstantMs(at, `sessionAts/${index}`)));
}

/** Drops the parsed time, so results stay plain data. */
export function toDatedScore(score: TimedScore): DatedScore {
  return { scaleId: score.scaleId, total: score.total, takenAt: score.takenAt };
}

/**
 * Baseline = the last score before the first session of the course (DEFAULTS.md §6).
 * A score taken at the very instant of the first session does not count. Undefined
 * when no score precedes the course: a baseline is never invented.
 * @param input - `scaleId`, the patient's `history` for that scale and the course's `sessionAts`
 */
export function baselineScore(input: {
  readonly scaleId: ScaleId;
  readonly history: readonly DatedScore[];
  readonly sessionAts: readonly string[];
}): DatedScore | undefined {
  const ordered = orderHistory(input.scaleId, input.history);
  const startMs = firstSessionMs(input.sessionAts);
  const before = ordered.filter((score) => score.takenMs < startMs);
  const last = before[before.length - 1];
  return last ? toDatedScore(last) : undefined;
}
