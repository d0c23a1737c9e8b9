import { msPerDay } from '../course/time.js';
import type { ScaleId } from '../scales/scale.js';
import { classifyScore, type ScoreClassification } from './classify.js';
import { firstSessionMs, orderHistory, toDatedScore, type DatedScore, type TimedScore } from './history.js';
import { getOutcomeRule } from './response-rules.js';

/** One score after the course started, classified against the baseline. */
export interface TimelinePoint {
  readonly takenAt: string;
  readonly total: number;
  readonly classification: ScoreClassification;
}

/**
 * A stretch of response: from the first score meeting the response rule to the first
 * later score that no longer does (loss of response, DEFAULTS.md §6).
 */
export interface ResponseEpisode {
  readonly respondedAt: string;
  /** The last score of the episode that still met the response rule. */
  readonly lastConfirmedAt: string;
  /** Undefined while the response lasts. */
  readonly lostAt: string | undefined;
  /** Whole days from `respondedAt` to `lostAt` (rounded down); undefined while the response lasts. */
  readonly durabilityDays: number | undefined;
}

export interface ResponseTimeline {
  readonly scaleId: ScaleId;
  readonly rule: string;
  /** Undefined when no score precedes the first session: nothing is then classified. */
  readonly baseline: DatedScore | undefined;
  readonly points: readonly TimelinePoint[];
  readonly episodes: readonly ResponseEpisode[];
  readonly firstResponseAt: string | undefined;
  readonly currentlyResponding: boolean;
}

interface OpenEpisode {
  respondedAt: string;
  respondedMs: number;
  lastConfirmedAt: string;
}

function buildEpisodes(points: readonly (TimelinePoint & { readonly takenMs: number })[]): ResponseEpisode[] {
  const episodes: ResponseEpisode[] = [];
  let open: OpenEpisode | undefined;
  for (const point of points) {
    if (point.classification.response) {
      open = open
        ? { ...open, lastConfirmedAt: point.takenAt }
        : { respondedAt: point.takenAt, respondedMs: point.takenMs, lastConfirmedAt: point.takenAt };
    } else if (open) {
      const durabilityDays = Math.floor((point.takenMs - open.respondedMs) / msPerDay);
      episodes.push({
        respondedAt: open.respondedAt,
        lastConfirmedAt: open.lastConfirmedAt,
        lostAt: point.takenAt,
        durabilityDays,
      });
      open = undefined;
    }
  }
  if (open) {
    episodes.push({
      respondedAt: open.respondedAt,
      lastConfirmedAt: open.lastConfirmedAt,
      lostAt: undefined,
      durabilityDays: undefined,
    });
  }
  return episodes;
}

/**
 * The course of response for one scale: baseline, each later score classified, and the
 * response episodes (first response, loss of response, durability; a new episode when
 * the patient responds again, e.g. after boosters).
 * @param input - `scaleId` (one with a response rule), the patient's `history` for it and the course's `sessionAts`
 * @throws InvalidInputError for a scale without a response rule or an invalid history
 */
export function responseTimeline(input: {
  readonly scaleId: ScaleId;
  readonly history: readonly DatedScore[];
  readonly sessionAts: readonly string[];
}): ResponseTimeline {
  const rule = getOutcomeRule(input.scaleId);
  const ordered = orderHistory(input.scaleId, input.history);
  const startMs = firstSessionMs(input.sessionAts);
  const before = ordered.filter((score) => score.takenMs < startMs);
  const baselineTimed: TimedScore | undefined = before[before.length - 1];
  const ruleRef = `${rule.id}@${rule.version}`;
  if (!baselineTimed) {
    return {
      scaleId: input.scaleId,
      rule: ruleRef,
      baseline: undefined,
      points: [],
      episodes: [],
      firstResponseAt: undefined,
      currentlyResponding: false,
    };
  }
  const points = ordered
    .filter((score) => score.takenMs > startMs)
    .map((score) => ({
      takenAt: score.takenAt,
      takenMs: score.takenMs,
      total: score.total,
      classification: classifyScore(input.scaleId, baselineTimed.total, score.total),
    }));
  const episodes = buildEpisodes(points);
  const last = episodes[episodes.length - 1];
  return {
    scaleId: input.scaleId,
    rule: ruleRef,
    baseline: toDatedScore(baselineTimed),
    points: points.map(({ takenAt, total, classification }) => ({ takenAt, total, classification })),
    episodes,
    firstResponseAt: episodes[0]?.respondedAt,
    currentlyResponding: last !== undefined && last.lostAt === undefined,
  };
}
