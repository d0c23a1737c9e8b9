import { NotFoundError } from '@chairside/domain';
import type { ScreeningRecord } from '../intake-ports.js';
import type { AppDeps, RequestContext } from '../ports.js';
import { requirePatient } from '../intake/require-patient.js';

/** A patient's screenings, newest first (the read is audited). */
export async function listScreenings(
  deps: AppDeps,
  ctx: RequestContext,
  patientId: string,
): Promise<ScreeningRecord[]> {
  return deps.tx.run(async (s) => {
    await requirePatient(s, patientId);
    const items = await s.screenings.list(patientId);
    await s.audit.append(ctx, { action: 'screening.list', recordType: 'screening', patientId });
    return items;
  });
}

/** One screening (the read is audited). */
export async function getScreening(deps: AppDeps, ctx: RequestContext, screeningId: string): Promise<ScreeningRecord> {
  return deps.tx.run(async (s) => {
    const item = await s.screenings.find(screeningId);
    if (!item) {
      throw new NotFoundError('No screening with this id');
    }
    await s.audit.append(ctx, {
      action: 'screening.read',
      recordType: 'screening',
      recordId: item.id,
      patientId: item.patientId,
    });
    return item;
  });
}

/** The newest signed screening of a patient for a protocol, or null when none is signed. */
export async function latestSignedScreening(
  deps: AppDeps,
  ctx: RequestContext,
  patientId: string,
  protocolId: string,
): Promise<ScreeningRecord | null> {
  return deps.tx.run(async (s) => {
    await requirePatient(s, patientId);
    const signed = (await s.screenings.list(patientId))
      .filter((x) => x.protocolId === protocolId && x.signature !== null)
      .sort((a, b) => (b.signature?.signedAt ?? '').localeCompare(a.signature?.signedAt ?? ''));
    const latest = signed[0] ?? null;
    await s.audit.append(ctx, {
      action: 'screening.read',
      recordType: 'screening',
      recordId: latest?.id ?? null,
      patientId,
      changes: { latestSignedFor: protocolId },
    });
    return latest;
  });
}
