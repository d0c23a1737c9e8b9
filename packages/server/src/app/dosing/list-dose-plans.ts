import { NotFoundError } from '@chairside/domain';
import { requireRole } from '../context.js';
import type { AppDeps, RequestContext } from '../ports.js';
import { viewPlans, type DosePlanView } from './plan-status.js';

/** A patient's dose plans with their statuses and the approved plan in force per protocol (audited read). */
export async function listDosePlans(
  deps: AppDeps,
  ctx: RequestContext,
  patientId: string,
): Promise<{ items: DosePlanView[]; current: Record<string, string> }> {
  requireRole(ctx, ['physician', 'nurse']);
  return deps.tx.run(async (s) => {
    if (!(await s.patients.findById(patientId))) {
      throw new NotFoundError('No patient with this id');
    }
    await s.audit.append(ctx, { action: 'dose-plan.read', recordType: 'dose-plan', patientId });
    return viewPlans(await s.dosePlans.listForPatient(patientId));
  });
}
