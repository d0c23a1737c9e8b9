import { NotFoundError } from '@chairside/domain';
import type { IntakeVersionRecord } from '../intake-ports.js';
import type { AppDeps, RequestContext } from '../ports.js';
import { requirePatient } from './require-patient.js';

/** Every intake version of a patient, newest first (the read is audited). */
export async function listIntakeVersions(
  deps: AppDeps,
  ctx: RequestContext,
  patientId: string,
): Promise<IntakeVersionRecord[]> {
  return deps.tx.run(async (s) => {
    await requirePatient(s, patientId);
    const versions = await s.intakes.list(patientId);
    await s.audit.append(ctx, { action: 'intake.list', recordType: 'intake_version', patientId });
    return versions;
  });
}

/** One intake version (the read is audited). */
export async function getIntakeVersion(
  deps: AppDeps,
  ctx: RequestContext,
  patientId: string,
  version: number,
): Promise<IntakeVersionRecord> {
  return deps.tx.run(async (s) => {
    await requirePatient(s, patientId);
    const record = await s.intakes.find(patientId, version);
    if (!record) {
      throw new NotFoundError(`This patient has no intake version ${version}`);
    }
    await s.audit.append(ctx, {
      action: 'intake.read',
      recordType: 'intake_version',
      recordId: record.id,
      patientId,
      changes: { version },
    });
    return record;
  });
}
