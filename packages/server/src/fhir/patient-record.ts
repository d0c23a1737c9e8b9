import type { ConsentRecordRow, IntakeVersionRecord } from '../app/intake-ports.js';
import type { ExternalRecordRow } from '../app/continuity-ports.js';
import type { PatientRow, QuestionnaireResponseRecord } from '../app/ports.js';
import type { AppointmentRecord, CourseRecord } from '../app/scheduling/scheduling-ports.js';

/** A staff member as a FHIR Practitioner sees them: no credentials, no sign-in state. */
export interface PractitionerFacts {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: string;
  readonly active: boolean;
}

/** Everything the FHIR mappings need about one patient, read in one transaction. */
export interface PatientRecordSnapshot {
  readonly patient: PatientRow;
  /** The newest intake version, or null before intake. */
  readonly intake: IntakeVersionRecord | null;
  readonly external: readonly ExternalRecordRow[];
  readonly responses: readonly QuestionnaireResponseRecord[];
  readonly consents: readonly ConsentRecordRow[];
  readonly courses: readonly CourseRecord[];
  readonly appointments: readonly AppointmentRecord[];
  /** Staff referred to by the record, by user id. */
  readonly practitioners: readonly PractitionerFacts[];
}

/** `{ key: value }` when the value is present, else `{}`: keeps optional FHIR elements absent, never null. */
export function opt<K extends string, V>(key: K, value: V | null | undefined): Partial<Record<K, V>> {
  return (value === null || value === undefined || value === '' ? {} : { [key]: value }) as Partial<Record<K, V>>;
}
