import { ConflictError, NotFoundError } from '@chairside/domain';
import { requireActor } from '../context.js';
import type { ConsentRecordRow } from '../intake-ports.js';
import type { AppDeps, RequestContext } from '../ports.js';

/** Withdraws a consent by appending an event; the signed consent itself stays as it was. */
export async function withdrawConsent(
  deps: AppDeps,
  ctx: RequestContext,
  consentId: string,
  reason: string,
): Promise<ConsentRecordRow> {
  const actor = requireActor(ctx);
  return deps.tx.run(async (s) => {
    const consent = await s.consents.find(consentId);
    if (!consent) {
      throw new NotFoundError('No consent with this id');
    }
    const event = {
      at: deps.clock.now().toISOString(),
      byUserId: actor.userId,
      byUsername: actor.username,
      reason: reason.trim(),
    };
    if (consent.withdrawal || !(await s.consents.withdraw(consentId, event))) {
      throw new ConflictError('This consent is already withdrawn');
    }
    await s.audit.append(ctx, {
      action: 'consent.withdraw',
      recordType: 'consent',
      recordId: consentId,
      patientId: consent.patientId,
      changes: { reason: event.reason },
    });
    return { ...consent, withdrawal: { at: event.at, byUsername: event.byUsername, reason: event.reason } };
  });
}
