import type { CoursePhase } from '../course/course.js';
import { findingOf, type CourseFinding, type CourseRule } from '../course/finding.js';
import { getScale } from '../scales/catalogue.js';
import type { ScaleId } from '../scales/scale.js';
import type { DatedScore } from './history.js';
import { responseTimeline } from './timeline.js';

/** DEFAULTS.md §2: an induction with no response after 6 sessions → review continuation. */
export const inductionNoResponseRule = {
  id: 'course.induction.no-response-review',
  version: 1,
  severity: 'warning',
  sessionsBeforeReview: 6,
  source: {
    tag: 'G',
    citation: 'DEFAULTS.md §2; Sanacora G et al. JAMA Psychiatry 2017;74:399 (discontinue for lack of efficacy)',
  },
} as const satisfies CourseRule & { sessionsBeforeReview: number };

function noResponseMessage(
  sessions: number,
  baseline: DatedScore | undefined,
  latest: number | undefined,
  scaleId: ScaleId,
): string {
  const head = `${sessions} induction sessions given with no response on ${getScale(scaleId).abbreviation}`;
  if (!baseline) {
    return `${head}: there is no baseline score before the first session, so response cannot be judged. Review whether to continue.`;
  }
  if (latest === undefined) {
    return `${head}: no score recorded since the first session (baseline ${baseline.total}). Record a score and review whether to continue.`;
  }
  return `${head} (baseline ${baseline.total}, latest ${latest}). Review whether to continue.`;
}

/**
 * Warns when an induction has reached 6 sessions and no score since the first session
 * met the response rule. Missing scores do not silence it: without evidence of
 * response the review is still due.
 * @param input - course `phase`, the `scaleId` followed, the patient's `history` for it and the `sessionAts` given so far
 */
export function checkInductionResponse(input: {
  readonly phase: CoursePhase;
  readonly scaleId: ScaleId;
  readonly history: readonly DatedScore[];
  readonly sessionAts: readonly string[];
}): CourseFinding[] {
  const rule = inductionNoResponseRule;
  const sessions = input.sessionAts.length;
  if (input.phase !== 'induction' || sessions < rule.sessionsBeforeReview) {
    return [];
  }
  const timeline = responseTimeline(input);
  if (timeline.firstResponseAt !== undefined) {
    return [];
  }
  const latest = timeline.points[timeline.points.length - 1];
  const message = noResponseMessage(sessions, timeline.baseline, latest?.total, input.scaleId);
  return [
    findingOf(rule, message, {
      scaleId: input.scaleId,
      sessionsGiven: sessions,
      baselineTotal: timeline.baseline?.total ?? null,
      latestTotal: latest?.total ?? null,
      latestTakenAt: latest?.takenAt ?? null,
    }),
  ];
}
