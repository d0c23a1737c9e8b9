import { NotFoundError } from '@chairside/domain';
import { goalsOf, rateGoalIn, type GoalWithRatings } from '../care-plan/care-plan-goals.js';
import type { GoalRatingRecord } from '../care-plan/care-plan-ports.js';
import type { AppDeps, RequestContext } from '../ports.js';
import { portalPatientId } from './portal-patient.js';

/** The signed-in patient's own care-plan goals with their ratings. */
export async function listMyGoals(deps: AppDeps, ctx: RequestContext): Promise<GoalWithRatings[]> {
  return deps.tx.run(async (s) => {
    const { patientId } = await portalPatientId(s, ctx);
    await s.audit.append(ctx, { action: 'portal.read-goals', recordType: 'patient', recordId: patientId, patientId });
    return goalsOf(s, patientId);
  });
}

/** The patient rates one of their own goals now; another patient's goal is "not found". */
export async function rateMyGoal(
  deps: AppDeps,
  ctx: RequestContext,
  goalId: string,
  input: { readonly rating: number; readonly note: string | null },
): Promise<GoalRatingRecord> {
  return deps.tx.run(async (s) => {
    const { actor, patientId } = await portalPatientId(s, ctx);
    const goal = await s.carePlan.findGoal(goalId);
    if (goal?.patientId !== patientId) {
      throw new NotFoundError('No goal with this id is yours to rate');
    }
    return rateGoalIn(s, deps, ctx, actor, goal, { ...input, ratedAt: null });
  });
}
