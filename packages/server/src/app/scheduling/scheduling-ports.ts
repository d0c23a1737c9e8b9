/** Store ports for clinic set-up, treatment courses and appointments. */
import type {
  AppointmentStatus,
  AppointmentType,
  ClosedDate,
  CourseFinding,
  CoursePhase,
  CourseProtocolId,
  DayHours,
} from '@chairside/domain';

export interface ClinicSettingsRecord {
  readonly timeZone: string;
  readonly weeklyHours: readonly DayHours[];
  readonly closedDates: readonly ClosedDate[];
  readonly version: number;
  readonly updatedAt: string;
}

export interface ChairRecord {
  readonly id: string;
  readonly name: string;
  readonly active: boolean;
  readonly version: number;
}

export interface ClinicStore {
  getSettings(): Promise<ClinicSettingsRecord | undefined>;
  /** Inserts (expectedVersion null) or updates when the version matches; false on a stale version. */
  saveSettings(
    settings: Omit<ClinicSettingsRecord, 'version'>,
    expectedVersion: number | null,
    byUserId: string | null,
  ): Promise<boolean>;
  listChairs(): Promise<ChairRecord[]>;
  findChair(id: string): Promise<ChairRecord | undefined>;
  findChairByName(name: string): Promise<ChairRecord | undefined>;
  insertChair(chair: ChairRecord, at: string): Promise<void>;
  updateChair(
    id: string,
    expectedVersion: number,
    changes: { name: string; active: boolean },
    at: string,
  ): Promise<boolean>;
}

export type CourseStatus = 'active' | 'completed' | 'stopped';

export interface CourseRecord {
  readonly id: string;
  readonly patientId: string;
  readonly protocolId: CourseProtocolId;
  readonly protocolVersion: number;
  readonly phase: CoursePhase;
  readonly targetSessions: number;
  readonly sessionsPerWeek: number | null;
  readonly status: CourseStatus;
  readonly statusReason: string | null;
  readonly startedAt: string;
  readonly version: number;
  readonly updatedAt: string;
}

export interface CourseEventRecord {
  readonly id: string;
  readonly courseId: string;
  readonly at: string;
  readonly kind: 'created' | 'extended' | 'completed' | 'stopped' | 'dose-decision';
  readonly byUserId: string | null;
  readonly byUsername: string;
  readonly additionalSessions: number | null;
  readonly reason: string | null;
  readonly details: unknown;
}

export interface CourseStore {
  insert(course: CourseRecord, byUserId: string | null): Promise<void>;
  findById(id: string): Promise<CourseRecord | undefined>;
  listForPatient(patientId: string): Promise<CourseRecord[]>;
  setStatus(id: string, expectedVersion: number, status: CourseStatus, reason: string, at: string): Promise<boolean>;
  insertEvent(event: CourseEventRecord): Promise<void>;
  listEvents(courseId: string): Promise<CourseEventRecord[]>;
}

export interface SpacingOverride {
  readonly physicianId: string;
  readonly physicianUsername: string;
  readonly reason: string;
  readonly at: string;
  readonly findings: readonly CourseFinding[];
}

export interface AppointmentRecord {
  readonly id: string;
  readonly patientId: string;
  readonly chairId: string | null;
  readonly courseId: string | null;
  readonly type: AppointmentType;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly lengthMin: number;
  readonly status: AppointmentStatus;
  readonly statusReason: string | null;
  readonly therapistName: string | null;
  readonly location: 'clinic' | 'external';
  readonly note: string | null;
  readonly bookedByUsername: string;
  readonly bookedAt: string;
  readonly override: SpacingOverride | null;
  readonly version: number;
  readonly updatedAt: string;
}

export interface AppointmentListItem extends AppointmentRecord {
  readonly patientName: string;
  readonly patientMrn: string;
  readonly chairName: string | null;
}

export interface AppointmentEventRecord {
  readonly id: string;
  readonly appointmentId: string;
  readonly at: string;
  readonly kind: 'booked' | 'moved' | 'cancelled' | 'no_show' | 'completed';
  readonly byUserId: string | null;
  readonly byUsername: string;
  readonly reason: string | null;
  readonly details: unknown;
}

export interface AppointmentStore {
  /** Serialises bookings touching these chairs/patients until the transaction ends (advisory locks, sorted). */
  lock(keys: readonly string[]): Promise<void>;
  insert(appointment: AppointmentRecord, byUserId: string | null): Promise<void>;
  findById(id: string): Promise<AppointmentRecord | undefined>;
  list(filter: { from: string; to: string; chairId?: string; patientId?: string }): Promise<AppointmentListItem[]>;
  /** Booked appointments of the chair or the patient overlapping [startsAt, endsAt). */
  overlapping(query: {
    startsAt: string;
    endsAt: string;
    chairId: string | null;
    patientId: string;
    excludeId: string | null;
  }): Promise<AppointmentRecord[]>;
  /** Every appointment of one patient, any status, oldest first. */
  listForPatient(patientId: string): Promise<AppointmentRecord[]>;
  /** The course's dosing sessions that count (booked or completed). */
  countingForCourse(courseId: string): Promise<AppointmentRecord[]>;
  update(
    id: string,
    expectedVersion: number,
    changes: Partial<
      Pick<AppointmentRecord, 'startsAt' | 'endsAt' | 'chairId' | 'status' | 'statusReason' | 'override'>
    >,
    at: string,
  ): Promise<boolean>;
  insertEvent(event: AppointmentEventRecord): Promise<void>;
}
