import { InvalidTransitionError, MissingInputError, NotFoundError } from '@chairside/domain';
import { requireRole } from '../context.js';
import type { AppDeps, RequestContext } from '../ports.js';
import { viewPlans, type DosePlanView } from './plan-status.js';

/**
 * A physician co-signs a soft-stop plan with a reason, which approves it (DEFAULTS.md top:
 * "soft-stop — blocks until a physician records a reason and co-signs"). Decision: the
 * prescribing physician may co-sign their own plan (single-physician clinics); the co-sign is a
 * separate, audited act with its own reason. Within plans need none; hard-stops cannot be approved.
 */
export async function cosignDosePlan(
  deps: AppDeps,
  ctx: RequestContext,
  planId: string,
  input: { readonly reason: string },
): Promise<DosePlanView> {
  const actor = requireRole(ctx, ['physician']);
  const reason = input.reason.trim();
  if (reason === '') {
    throw MissingInputError.forField('reason', 'The co-sign needs a reason');
  }
  return deps.tx.run(async (s) => {
    const plan = await s.dosePlans.findById(planId);
    if (!plan) {
      throw new NotFoundError('No dose plan with this id');
    }
    if (plan.resultStatus === 'hard-stop') {
      throw new InvalidTransitionError('A hard-stop dose can never be approved: calculate a dose within the limits');
    }
    if (plan.resultStatus === 'within' || plan.cosign !== null) {
      throw new InvalidTransitionError(
        plan.cosign ? 'This plan is already co-signed' : 'This plan is within limits and needs no co-sign',
      );
    }
    const plans = await s.dosePlans.listForPatient(plan.patientId);
    const newer = plans.slice(plans.findIndex((p) => p.id === planId) + 1);
    if (newer.some((p) => p.protocolId === plan.protocolId)) {
      throw new InvalidTransitionError('A newer plan for this protocol replaced this one: co-sign that one instead');
    }
    const cosign = { at: deps.clock.now().toISOString(), byUserId: actor.userId, byUsername: actor.username, reason };
    if (!(await s.dosePlans.insertCosign(planId, cosign))) {
      throw new InvalidTransitionError('This plan was co-signed meanwhile');
    }
    await s.audit.append(ctx, {
      action: 'dose-plan.cosign',
      recordType: 'dose-plan',
      recordId: planId,
      patientId: plan.patientId,
      changes: { reason, selfCosign: plan.createdByUserId === actor.userId },
    });
    const view = viewPlans(plans.map((p) => (p.id === planId ? { ...p, cosign } : p))).items.find(
      (p) => p.id === planId,
    );
    if (!view) {
      throw new Error('the plan is missing');
    }
    return view;
  });
}
