import type { CourseProtocolId } from '../course/course.js';
import { parseInstantMs } from '../course/time.js';
import { InvalidInputError } from '../errors.js';
import type { DatedScore } from './history.js';
import type { OutcomeRuleSource, OutcomeScaleId } from './response-rules.js';
import { responseTimeline } from './timeline.js';

/**
 * The scale a clinic's response and remission rates are counted on, per protocol: the
 * depression protocols on PHQ-9, the pain protocol on the pain NRS (DEFAULTS.md §6 gives
 * each scale's rule; which scale is primary for a protocol is Chairside policy [P]).
 */
export const primaryOutcomeScale: Readonly<Record<CourseProtocolId, OutcomeScaleId>> = {
  'iv-depression': 'phq-9',
  'im-depression': 'phq-9',
  'in-esketamine-trd': 'phq-9',
  'iv-pain': 'pain-nrs',
};

export const clinicOutcomeRateRule = {
  id: 'outcome.clinic-rate',
  version: 1,
  source: {
    tag: 'P',
    citation:
      "DEFAULTS.md §6 rules applied to each course's last score in the period (baseline = last score before the course's first session); Chairside policy",
  } satisfies OutcomeRuleSource,
} as const;

/** Why a course does or does not count towards a rate. */
export type CourseOutcomeStatus = 'no-sessions' | 'no-baseline' | 'no-score-in-period' | 'evaluated';

export interface CourseOutcomeInPeriod {
  readonly status: CourseOutcomeStatus;
  readonly baselineTotal: number | undefined;
  /** The last score after the first session and inside the period. */
  readonly lastScore: DatedScore | undefined;
  readonly response: boolean;
  readonly remission: boolean;
}

function periodMs(from: string, to: string): { fromMs: number; toMs: number } {
  const fromMs = parseInstantMs(from, 'from');
  const toMs = parseInstantMs(to, 'to');
  if (toMs < fromMs) {
    throw InvalidInputError.forField('to', 'The period ends before it starts');
  }
  return { fromMs, toMs };
}

/**
 * Where one course stands at the end of a period: its last score after the first session and
 * within [from, to], classified against its baseline (DEFAULTS.md §6). A course without a
 * session, without a baseline or without a score in the period is not counted — never guessed.
 * @param input - the course's primary `scaleId`, the patient's `history` on it, the course's `sessionAts`, the period
 * @throws InvalidInputError for a bad history or period
 */
export function courseOutcomeInPeriod(input: {
  readonly scaleId: OutcomeScaleId;
  readonly history: readonly DatedScore[];
  readonly sessionAts: readonly string[];
  readonly from: string;
  readonly to: string;
}): CourseOutcomeInPeriod {
  const { fromMs, toMs } = periodMs(input.from, input.to);
  const none = { baselineTotal: undefined, lastScore: undefined, response: false, remission: false };
  if (input.sessionAts.length === 0) {
    return { status: 'no-sessions', ...none };
  }
  const timeline = responseTimeline({ scaleId: input.scaleId, history: input.history, sessionAts: input.sessionAts });
  if (!timeline.baseline) {
    return { status: 'no-baseline', ...none };
  }
  const inPeriod = timeline.points.filter((p) => {
    const ms = Date.parse(p.takenAt);
    return ms >= fromMs && ms <= toMs;
  });
  const last = inPeriod[inPeriod.length - 1];
  if (!last) {
    return { status: 'no-score-in-period', ...none, baselineTotal: timeline.baseline.total };
  }
  return {
    status: 'evaluated',
    baselineTotal: timeline.baseline.total,
    lastScore: { scaleId: input.scaleId, total: last.total, takenAt: last.takenAt },
    response: last.classification.response,
    remission: last.classification.remission,
  };
}

export interface OutcomeRates {
  /** Courses with a baseline and a score in the period: the denominator. */
  readonly evaluated: number;
  readonly notEvaluable: number;
  readonly responders: number;
  readonly remitters: number;
  /** Percent with one decimal; null when no course could be evaluated (never 0 by default). */
  readonly responseRatePct: number | null;
  readonly remissionRatePct: number | null;
}

/** Percent with one decimal, or null for an empty denominator. */
export function ratePct(numerator: number, denominator: number): number | null {
  if (!Number.isInteger(numerator) || !Number.isInteger(denominator) || numerator < 0 || numerator > denominator) {
    throw InvalidInputError.forField('numerator', 'A rate needs whole counts with 0 ≤ numerator ≤ denominator');
  }
  return denominator === 0 ? null : Math.round((numerator * 1000) / denominator) / 10;
}

/** Response and remission rates over a set of courses (one protocol's). */
export function summariseOutcomeRates(courses: readonly CourseOutcomeInPeriod[]): OutcomeRates {
  const evaluated = courses.filter((c) => c.status === 'evaluated');
  const responders = evaluated.filter((c) => c.response).length;
  const remitters = evaluated.filter((c) => c.remission).length;
  return {
    evaluated: evaluated.length,
    notEvaluable: courses.length - evaluated.length,
    responders,
    remitters,
    responseRatePct: ratePct(responders, evaluated.length),
    remissionRatePct: ratePct(remitters, evaluated.length),
  };
}
