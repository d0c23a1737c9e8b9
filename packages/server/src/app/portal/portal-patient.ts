import { ForbiddenError } from '@chairside/domain';
import { requireRole } from '../context.js';
import type { Actor, RequestContext, Stores } from '../ports.js';

/**
 * The patient record of the signed-in portal user. Every portal use case derives the patient
 * from the session through this, never from the URL or body, so a patient can only ever
 * reach their own records.
 */
export async function portalPatientId(s: Stores, ctx: RequestContext): Promise<{ actor: Actor; patientId: string }> {
  const actor = requireRole(ctx, ['patient']);
  const user = await s.users.findById(actor.userId);
  if (!user?.patientId) {
    throw new ForbiddenError('This portal account is not linked to a patient record');
  }
  return { actor, patientId: user.patientId };
}
