import { parseInstantMs } from '../course/time.js';
import { InvalidInputError, assertNoFaults, type FieldFault } from '../errors.js';
import type { OutcomeRuleSource } from './response-rules.js';

/**
 * Care-plan goals agreed with the patient for a course: functional goals for pain (walking,
 * work, sleep), daily function for mood. Each is rated 0–10 by the patient (10 = fully
 * achieved), with the rating at agreement and a target above it. Chairside policy [P]: a
 * simple personal rating beside the standard scales, in the spirit of goal attainment scaling.
 */
export const GoalArea = {
  Mood: 'mood',
  DailyFunction: 'daily-function',
  Work: 'work',
  Walking: 'walking',
  Sleep: 'sleep',
  Social: 'social',
  Other: 'other',
} as const;
export type GoalArea = (typeof GoalArea)[keyof typeof GoalArea];
export const allGoalAreas: readonly GoalArea[] = Object.values(GoalArea);

export const goalAreaLabel: Readonly<Record<GoalArea, string>> = {
  mood: 'Mood',
  'daily-function': 'Daily function',
  work: 'Work or study',
  walking: 'Walking and mobility',
  sleep: 'Sleep',
  social: 'Family and social life',
  other: 'Other',
};

export const goalRatingRange = { min: 0, max: 10 } as const;

export const carePlanGoalRule = {
  id: 'outcome.care-plan-goal',
  version: 1,
  source: {
    tag: 'P',
    citation:
      'Chairside policy: personal goals rated 0–10 (10 = fully achieved), met when the latest rating reaches the target',
  } satisfies OutcomeRuleSource,
} as const;

function isRating(value: number): boolean {
  return Number.isInteger(value) && value >= goalRatingRange.min && value <= goalRatingRange.max;
}

/**
 * Checks a new goal: known area, a description, whole-number ratings 0–10 and a target above
 * the rating at agreement (a goal is an improvement).
 * @throws InvalidInputError naming every field at fault
 */
export function validateGoal(input: {
  readonly area: string;
  readonly description: string;
  readonly baselineRating: number;
  readonly targetRating: number;
}): void {
  const faults: FieldFault[] = [];
  if (!(allGoalAreas as readonly string[]).includes(input.area)) {
    faults.push({ field: 'area', message: `Area must be one of ${allGoalAreas.join(', ')}` });
  }
  if (input.description.trim() === '') {
    faults.push({ field: 'description', message: 'Describe the goal in the patient’s words' });
  }
  if (!isRating(input.baselineRating)) {
    faults.push({ field: 'baselineRating', message: 'The rating now must be a whole number 0–10' });
  }
  if (!isRating(input.targetRating)) {
    faults.push({ field: 'targetRating', message: 'The target must be a whole number 0–10' });
  } else if (isRating(input.baselineRating) && input.targetRating <= input.baselineRating) {
    faults.push({ field: 'targetRating', message: 'The target must be above the rating now' });
  }
  assertNoFaults(faults, 'The goal is not valid');
}

/** @throws InvalidInputError unless the rating is a whole number 0–10 */
export function assertGoalRating(rating: number, field = 'rating'): void {
  if (!isRating(rating)) {
    throw InvalidInputError.forField(field, 'A goal rating is a whole number 0–10');
  }
}

export interface GoalRatingPoint {
  readonly rating: number;
  readonly ratedAt: string;
}

export interface GoalProgress {
  readonly latest: GoalRatingPoint | undefined;
  /** Latest rating reaches the target. */
  readonly met: boolean;
  /** Share of the way from the rating at agreement to the target, 0–100 (below 0 when worse); undefined before any rating. */
  readonly progressPct: number | undefined;
  readonly rule: string;
}

/**
 * Where a goal stands: its latest rating against the target.
 * @param goal - rating at agreement and target (validated)
 * @param ratings - the goal's ratings in any order
 * @throws InvalidInputError for a rating outside 0–10 or a bad time
 */
export function goalProgress(
  goal: { readonly baselineRating: number; readonly targetRating: number },
  ratings: readonly GoalRatingPoint[],
): GoalProgress {
  validateGoal({ area: 'other', description: 'x', ...goal });
  const timed = ratings.map((r, index) => {
    assertGoalRating(r.rating, `ratings/${String(index)}/rating`);
    return { ...r, ms: parseInstantMs(r.ratedAt, `ratings/${String(index)}/ratedAt`) };
  });
  timed.sort((a, b) => a.ms - b.ms);
  const last = timed[timed.length - 1];
  const rule = `${carePlanGoalRule.id}@${String(carePlanGoalRule.version)}`;
  if (!last) {
    return { latest: undefined, met: false, progressPct: undefined, rule };
  }
  const span = goal.targetRating - goal.baselineRating;
  return {
    latest: { rating: last.rating, ratedAt: last.ratedAt },
    met: last.rating >= goal.targetRating,
    progressPct: Math.round(((last.rating - goal.baselineRating) * 100) / span),
    rule,
  };
}
