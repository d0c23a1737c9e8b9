import {
  checkScreeningSignature,
  ConflictError,
  NotFoundError,
  Role,
  type ScreeningSignature,
} from '@chairside/domain';
import { requireRole } from '../context.js';
import type { ScreeningRecord, ScreeningSignatureRecord } from '../intake-ports.js';
import type { AppDeps, RequestContext } from '../ports.js';

/**
 * A physician signs a draft screening. The findings and protocol version signed are the stored
 * ones (frozen: the screening row and its signature are append-only); a second signature is a 409.
 */
export async function signScreening(
  deps: AppDeps,
  ctx: RequestContext,
  screeningId: string,
  input: ScreeningSignature,
): Promise<ScreeningRecord> {
  const actor = requireRole(ctx, [Role.Physician]);
  return deps.tx.run(async (s) => {
    const screening = await s.screenings.find(screeningId);
    if (!screening) {
      throw new NotFoundError('No screening with this id');
    }
    if (screening.signature) {
      throw new ConflictError('This screening is already signed; evaluate again to make a new record');
    }
    checkScreeningSignature(screening.result.findings, input);
    const signature: ScreeningSignatureRecord = {
      decision: input.decision,
      softStopNotes: input.softStopNotes.map((n) => ({ findingIndex: n.findingIndex, note: n.note.trim() })),
      warningsAcknowledged: input.warningsAcknowledged,
      note: input.note?.trim() ? input.note.trim() : null,
      signedAt: deps.clock.now().toISOString(),
      signedByUserId: actor.userId,
      signedByUsername: actor.username,
    };
    if (!(await s.screenings.sign(screeningId, signature))) {
      throw new ConflictError('This screening was signed by someone else a moment ago');
    }
    await s.audit.append(ctx, {
      action: 'screening.sign',
      recordType: 'screening',
      recordId: screeningId,
      patientId: screening.patientId,
      changes: {
        decision: input.decision,
        evaluated: screening.result.decision,
        softStopNotes: signature.softStopNotes,
      },
    });
    return { ...screening, signature };
  });
}
