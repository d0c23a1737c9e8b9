import { and, asc, eq, gte, inArray, isNotNull, lt, lte, or } from 'drizzle-orm';
import type { AppointmentStatus, CourseProtocolId, ScaleId } from '@chairside/domain';
import type { DashboardStore } from '../../app/dashboard/dashboard-ports.js';
import type { CourseStatus } from '../../app/scheduling/scheduling-ports.js';
import type { Db } from '../connect.js';
import {
  appointments,
  patients,
  questionnaireAssignments,
  questionnaireResponses,
  treatmentCourses,
} from '../schema/index.js';

const iso = (value: string): string => new Date(value).toISOString();
const nameOf = (p: { preferredName: string | null; legalGivenName: string; legalFamilyName: string }): string =>
  `${p.preferredName ?? p.legalGivenName} ${p.legalFamilyName}`;

export function dashboardStore(db: Db): DashboardStore {
  return {
    async listCourses() {
      const rows = await db
        .select({ c: treatmentCourses, p: patients })
        .from(treatmentCourses)
        .innerJoin(patients, eq(patients.id, treatmentCourses.patientId))
        .orderBy(asc(treatmentCourses.startedAt));
      return rows.map(({ c, p }) => ({
        id: c.id,
        patientId: c.patientId,
        protocolId: c.protocolId as CourseProtocolId,
        protocolVersion: c.protocolVersion,
        phase: c.phase as 'induction' | 'maintenance',
        targetSessions: c.targetSessions,
        sessionsPerWeek: c.sessionsPerWeek,
        status: c.status as CourseStatus,
        statusReason: c.statusReason,
        startedAt: iso(c.startedAt),
        version: c.version,
        updatedAt: iso(c.updatedAt),
        endedAt: c.status === 'active' ? null : iso(c.updatedAt),
        patientName: nameOf(p),
        patientMrn: p.mrn,
      }));
    },
    async listDosingAppointments() {
      const rows = await db
        .select({
          courseId: appointments.courseId,
          patientId: appointments.patientId,
          status: appointments.status,
          startsAt: appointments.startsAt,
        })
        .from(appointments)
        .where(eq(appointments.type, 'dosing_session'))
        .orderBy(asc(appointments.startsAt));
      return rows.map((r) => ({ ...r, status: r.status as AppointmentStatus, startsAt: iso(r.startsAt) }));
    },
    async listScores(scaleIds) {
      if (scaleIds.length === 0) {
        return [];
      }
      const rows = await db
        .select({
          patientId: questionnaireResponses.patientId,
          scaleId: questionnaireResponses.scaleId,
          total: questionnaireResponses.total,
          takenAt: questionnaireResponses.takenAt,
        })
        .from(questionnaireResponses)
        .where(
          and(
            inArray(questionnaireResponses.scaleId, [...scaleIds]),
            eq(questionnaireResponses.complete, true),
            isNotNull(questionnaireResponses.total),
          ),
        )
        .orderBy(asc(questionnaireResponses.takenAt), asc(questionnaireResponses.recordedAt));
      return rows.flatMap((r) =>
        r.total === null ? [] : [{ ...r, scaleId: r.scaleId as ScaleId, total: r.total, takenAt: iso(r.takenAt) }],
      );
    },
    async listAssignments(query) {
      const a = questionnaireAssignments;
      const rows = await db
        .select({ a, p: patients })
        .from(a)
        .innerJoin(patients, eq(patients.id, a.patientId))
        .where(
          or(
            and(gte(a.dueDate, query.fromDate), lte(a.dueDate, query.toDate)),
            and(eq(a.status, 'open'), lt(a.dueDate, query.openBefore)),
          ),
        )
        .orderBy(asc(a.dueDate), asc(a.assignedAt));
      return rows.map(({ a: row, p }) => ({
        id: row.id,
        patientId: row.patientId,
        patientName: nameOf(p),
        patientMrn: p.mrn,
        scaleId: row.scaleId as ScaleId,
        dueDate: row.dueDate,
        status: row.status as 'open' | 'completed',
      }));
    },
  };
}
