import type { ConsentRecordRow, IntakeVersionRecord } from '../intake-ports.js';
import type { ExternalRecordRow } from '../continuity-ports.js';
import type { PatientRow, QuestionnaireResponseRecord } from '../ports.js';
import type { AppointmentRecord, CourseRecord } from '../scheduling/scheduling-ports.js';

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
