import {
  diffFields,
  InvalidInputError,
  isoDate,
  normalisePatientDetails,
  NotFoundError,
  StaleVersionError,
  validatePatientDetails,
  type PatientDetails,
} from '@chairside/domain';
import { requireActor } from '../context.js';
import type { AppDeps, PatientRow, RequestContext } from '../ports.js';

function detailsOf(patient: PatientRow): PatientDetails {
  const { id: _id, mrn: _mrn, version: _v, createdAt: _c, updatedAt: _u, demo: _d, ...details } = patient;
  return details;
}

/**
 * Amends a patient's demographics. The previous values are kept in an amendment row with
 * who, when and why; a stale version (someone else saved first) is refused, never overwritten.
 */
export async function amendPatient(
  deps: AppDeps,
  ctx: RequestContext,
  patientId: string,
  input: PatientDetails & { version: number; reason: string },
): Promise<PatientRow> {
  const actor = requireActor(ctx);
  const { version, reason, ...rest } = input;
  const now = deps.clock.now();
  const details = normalisePatientDetails(rest);
  validatePatientDetails(details, isoDate(now));
  return deps.tx.run(async (s) => {
    const current = await s.patients.findById(patientId);
    if (!current) {
      throw new NotFoundError('No patient with this id');
    }
    const stale = (): StaleVersionError =>
      new StaleVersionError(
        `This record was changed by someone else (now version ${current.version}, you edited version ${version}). Reload it, check their change, and amend again.`,
        { expected: version, actual: current.version },
      );
    if (current.version !== version) {
      throw stale();
    }
    const previous = detailsOf(current);
    const changes = diffFields(
      previous as unknown as Record<string, unknown>,
      details as unknown as Record<string, unknown>,
    );
    if (changes.length === 0) {
      throw new InvalidInputError('Nothing changed: the amendment has the same values as the record');
    }
    const at = now.toISOString();
    if (!(await s.patients.update(patientId, version, details, at, actor.userId))) {
      throw stale();
    }
    await s.patients.insertAmendment({
      id: deps.ids.uuid(),
      patientId,
      version: version + 1,
      at,
      byUserId: actor.userId,
      byUsername: actor.username,
      reason: reason.trim(),
      previous,
      changes,
    });
    await s.audit.append(ctx, {
      action: 'patient.amend',
      recordType: 'patient',
      recordId: patientId,
      patientId,
      changes: { reason: reason.trim(), version: version + 1, changes },
    });
    return { ...current, ...details, version: version + 1, updatedAt: at };
  });
}
