import type { CourseProtocolId, ScaleId } from '@chairside/domain';
import type { AppointmentStatus } from '@chairside/domain';
import type { CourseRecord } from '../scheduling/scheduling-ports.js';

/** Clinic-wide reads for the dashboard (added to `Stores` in ports.ts). */

export interface DashboardCourse extends CourseRecord {
  readonly protocolId: CourseProtocolId;
  readonly patientName: string;
  readonly patientMrn: string;
  /** When the course left `active` (its last change); null while active. */
  readonly endedAt: string | null;
}

export interface DashboardDosingAppointment {
  readonly courseId: string | null;
  readonly patientId: string;
  readonly status: AppointmentStatus;
  readonly startsAt: string;
}

export interface DashboardScore {
  readonly patientId: string;
  readonly scaleId: ScaleId;
  readonly total: number;
  readonly takenAt: string;
}

export interface DashboardAssignment {
  readonly id: string;
  readonly patientId: string;
  readonly patientName: string;
  readonly patientMrn: string;
  readonly scaleId: ScaleId;
  readonly dueDate: string;
  readonly status: 'open' | 'completed';
}

export interface DashboardStore {
  /** Every course with its patient's name, oldest first. */
  listCourses(): Promise<DashboardCourse[]>;
  /** Dosing-session appointments, any status. */
  listDosingAppointments(): Promise<DashboardDosingAppointment[]>;
  /** Complete, scored responses on these scales (oldest first). */
  listScores(scaleIds: readonly ScaleId[]): Promise<DashboardScore[]>;
  /** Assignments due in [fromDate, toDate] plus every open one due before `openBefore`. */
  listAssignments(query: { fromDate: string; toDate: string; openBefore: string }): Promise<DashboardAssignment[]>;
}
