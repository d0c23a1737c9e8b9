import type { ConsentRecordRow, IntakeVersionRecord } from '../intake-ports.js';
import type { ExternalRecordRow } from '../continuity-ports.js';
import type { PatientRow, QuestionnaireResponseRecord } from '../ports.js';
import type { AppointmentRecord, CourseRecord } from '../scheduling/scheduling-ports.js';
import type { JournalRow, ManualReadingRow, SessionRow } from '../sessions/session-ports.js';
import type { DoseState } from '../sessions/session-derive.js';

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
  /** Treatment sessions, oldest first, with their journal, manual readings and dose. */
  readonly sessions: readonly SessionFacts[];
  /** Staff referred to by the record, by user id. */
  readonly practitioners: readonly PractitionerFacts[];
}

/** One treatment session as the record holds it. */
export interface SessionFacts {
  readonly row: SessionRow;
  readonly protocolName: string;
  readonly journal: readonly JournalRow[];
  readonly readings: readonly ManualReadingRow[];
  readonly dose: DoseState;
}
