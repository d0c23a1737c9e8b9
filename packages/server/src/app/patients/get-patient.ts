import { NotFoundError } from '@chairside/domain';
import type { AppDeps, PatientAmendmentRecord, PatientRow, RequestContext } from '../ports.js';

/** Reads a patient's record; the read itself is audited in the same transaction. */
export async function getPatient(deps: AppDeps, ctx: RequestContext, patientId: string): Promise<PatientRow> {
  return deps.tx.run(async (s) => {
    const patient = await s.patients.findById(patientId);
    if (!patient) {
      throw new NotFoundError('No patient with this id');
    }
    await s.audit.append(ctx, { action: 'patient.read', recordType: 'patient', recordId: patientId, patientId });
    return patient;
  });
}

/** The amendment history of a patient's demographics, newest first. */
export async function listPatientAmendments(
  deps: AppDeps,
  ctx: RequestContext,
  patientId: string,
): Promise<PatientAmendmentRecord[]> {
  return deps.tx.run(async (s) => {
    if (!(await s.patients.findById(patientId))) {
      throw new NotFoundError('No patient with this id');
    }
    await s.audit.append(ctx, {
      action: 'patient.read-history',
      recordType: 'patient',
      recordId: patientId,
      patientId,
    });
    return s.patients.listAmendments(patientId);
  });
}
