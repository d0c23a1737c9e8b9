import {
  InvalidInputError,
  NotFoundError,
  assertGoalRating,
  carePlanGoalRule,
  goalProgress,
  validateGoal,
  type GoalArea,
  type GoalProgress,
} from '@chairside/domain';
import { requireActor } from '../context.js';
import type { Actor, AppDeps, RequestContext, Stores } from '../ports.js';
import { requirePatient } from '../scheduling/booking-errors.js';
import type { CarePlanGoalRecord, GoalRatingRecord } from './care-plan-ports.js';

export interface GoalWithRatings {
  readonly goal: CarePlanGoalRecord;
  readonly ratings: readonly GoalRatingRecord[];
  readonly progress: GoalProgress;
}

export interface NewGoalInput {
  readonly area: string;
  readonly description: string;
  readonly baselineRating: number;
  readonly targetRating: number;
}

/** A goal agreed with the patient for an active course (physician or nurse). */
export async function addGoal(
  deps: AppDeps,
  ctx: RequestContext,
  courseId: string,
  input: NewGoalInput,
): Promise<CarePlanGoalRecord> {
  const actor = requireActor(ctx);
  validateGoal(input);
  return deps.tx.run(async (s) => {
    const course = await s.courses.findById(courseId);
    if (!course) {
      throw new NotFoundError('No course with this id');
    }
    if (course.status !== 'active') {
      throw InvalidInputError.forField(
        'courseId',
        `The course is ${course.status}; goals are agreed for an active one`,
      );
    }
    const goal: CarePlanGoalRecord = {
      id: deps.ids.uuid(),
      courseId,
      patientId: course.patientId,
      area: input.area as GoalArea, // checked by validateGoal
      description: input.description.trim(),
      baselineRating: input.baselineRating,
      targetRating: input.targetRating,
      createdAt: deps.clock.now().toISOString(),
      createdByUserId: actor.userId,
      createdByUsername: actor.username,
    };
    await s.carePlan.insertGoal(goal);
    await s.audit.append(ctx, {
      action: 'care-plan.add-goal',
      recordType: 'care_plan_goal',
      recordId: goal.id,
      patientId: goal.patientId,
      changes: goal,
    });
    return goal;
  });
}

function checkRatedAt(ratedAt: string | null, now: Date): string {
  if (ratedAt === null) {
    return now.toISOString();
  }
  const ms = Date.parse(ratedAt);
  if (Number.isNaN(ms)) {
    throw InvalidInputError.forField('ratedAt', 'Not a valid date and time');
  }
  if (ms > now.getTime() + 5 * 60_000) {
    throw InvalidInputError.forField('ratedAt', 'A goal cannot be rated in the future');
  }
  return new Date(ms).toISOString();
}

/** Records one rating of a goal inside the caller's transaction (staff or the patient). */
export async function rateGoalIn(
  s: Stores,
  deps: AppDeps,
  ctx: RequestContext,
  actor: Actor,
  goal: CarePlanGoalRecord,
  input: { readonly rating: number; readonly ratedAt: string | null; readonly note: string | null },
): Promise<GoalRatingRecord> {
  assertGoalRating(input.rating);
  const now = deps.clock.now();
  const ratedAt = checkRatedAt(input.ratedAt, now);
  if (Date.parse(ratedAt) < Date.parse(goal.createdAt) - 24 * 3_600_000) {
    throw InvalidInputError.forField('ratedAt', 'A rating cannot be older than the goal it rates');
  }
  const note = input.note?.trim() ?? '';
  const rating: GoalRatingRecord = {
    id: deps.ids.uuid(),
    goalId: goal.id,
    patientId: goal.patientId,
    rating: input.rating,
    ratedAt,
    note: note === '' ? null : note,
    enteredByUserId: actor.userId,
    enteredByUsername: actor.username,
    enteredByRole: actor.role,
    recordedAt: now.toISOString(),
  };
  await s.carePlan.insertRating(rating);
  await s.audit.append(ctx, {
    action: 'care-plan.rate-goal',
    recordType: 'care_plan_goal',
    recordId: goal.id,
    patientId: goal.patientId,
    changes: rating,
  });
  return rating;
}

/** A staff member enters the patient's rating of a goal (physician or nurse). */
export async function rateGoal(
  deps: AppDeps,
  ctx: RequestContext,
  goalId: string,
  input: { readonly rating: number; readonly ratedAt: string | null; readonly note: string | null },
): Promise<GoalRatingRecord> {
  const actor = requireActor(ctx);
  assertGoalRating(input.rating);
  return deps.tx.run(async (s) => {
    const goal = await s.carePlan.findGoal(goalId);
    if (!goal) {
      throw new NotFoundError('No goal with this id');
    }
    return rateGoalIn(s, deps, ctx, actor, goal, input);
  });
}

/** Every goal of a patient with its ratings and progress, oldest first (no audit: callers audit). */
export async function goalsOf(s: Stores, patientId: string): Promise<GoalWithRatings[]> {
  const goals = await s.carePlan.listGoalsForPatient(patientId);
  const ratings = await s.carePlan.listRatings(goals.map((g) => g.id));
  return goals.map((goal) => {
    const own = ratings.filter((r) => r.goalId === goal.id);
    return { goal, ratings: own, progress: goalProgress(goal, own) };
  });
}

/** A patient's care-plan goals across their courses (the read is audited). */
export async function listPatientGoals(
  deps: AppDeps,
  ctx: RequestContext,
  patientId: string,
): Promise<GoalWithRatings[]> {
  requireActor(ctx);
  return deps.tx.run(async (s) => {
    await requirePatient(s, patientId);
    await s.audit.append(ctx, { action: 'care-plan.read', recordType: 'patient', recordId: patientId, patientId });
    return goalsOf(s, patientId);
  });
}

export const carePlanRuleRef = `${carePlanGoalRule.id}@${String(carePlanGoalRule.version)}`;
