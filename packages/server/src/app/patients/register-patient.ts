import {
  formatMrn,
  isoDate,
  normalisePatientDetails,
  validatePatientDetails,
  type PatientDetails,
} from '@chairside/domain';
import { requireActor } from '../context.js';
import type { AppDeps, PatientRow, RequestContext } from '../ports.js';

/** Registers a patient with a newly generated MRN, in one transaction with its audit event. */
export async function registerPatient(
  deps: AppDeps,
  ctx: RequestContext,
  input: PatientDetails,
  options: { demo?: boolean } = {},
): Promise<PatientRow> {
  const actor = requireActor(ctx);
  const now = deps.clock.now();
  const details = normalisePatientDetails(input);
  validatePatientDetails(details, isoDate(now));
  return deps.tx.run(async (s) => {
    const at = now.toISOString();
    const patient: PatientRow = {
      ...details,
      id: deps.ids.uuid(),
      mrn: formatMrn(await s.patients.nextMrnSequence()),
      version: 1,
      createdAt: at,
      updatedAt: at,
      demo: options.demo ?? false,
    };
    await s.patients.insert(patient, actor.userId);
    await s.audit.append(ctx, {
      action: 'patient.register',
      recordType: 'patient',
      recordId: patient.id,
      patientId: patient.id,
      changes: { mrn: patient.mrn, details },
    });
    return patient;
  });
}
