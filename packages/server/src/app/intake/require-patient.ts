import { NotFoundError } from '@chairside/domain';
import type { PatientRow, Stores } from '../ports.js';

/** The patient a clinical record belongs to; a 404 when there is none. */
export async function requirePatient(s: Stores, patientId: string): Promise<PatientRow> {
  const patient = await s.patients.findById(patientId);
  if (!patient) {
    throw new NotFoundError('No patient with this id');
  }
  return patient;
}
