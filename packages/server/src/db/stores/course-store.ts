import { asc, desc, eq, sql } from 'drizzle-orm';
import type { CoursePhase, CourseProtocolId } from '@chairside/domain';
import type {
  CourseEventRecord,
  CourseRecord,
  CourseStatus,
  CourseStore,
} from '../../app/scheduling/scheduling-ports.js';
import type { Db } from '../connect.js';
import { courseEvents, treatmentCourses } from '../schema/index.js';

const iso = (value: string): string => new Date(value).toISOString();

function toCourse(r: typeof treatmentCourses.$inferSelect): CourseRecord {
  return {
    id: r.id,
    patientId: r.patientId,
    protocolId: r.protocolId as CourseProtocolId,
    protocolVersion: r.protocolVersion,
    phase: r.phase as CoursePhase,
    targetSessions: r.targetSessions,
    sessionsPerWeek: r.sessionsPerWeek,
    status: r.status as CourseStatus,
    statusReason: r.statusReason,
    startedAt: iso(r.startedAt),
    version: r.version,
    updatedAt: iso(r.updatedAt),
  };
}

export function courseStore(db: Db): CourseStore {
  return {
    async insert(course, byUserId) {
      await db.insert(treatmentCourses).values({ ...course, createdBy: byUserId });
    },
    async findById(id) {
      const [r] = await db.select().from(treatmentCourses).where(eq(treatmentCourses.id, id));
      return r ? toCourse(r) : undefined;
    },
    async listForPatient(patientId) {
      const rows = await db
        .select()
        .from(treatmentCourses)
        .where(eq(treatmentCourses.patientId, patientId))
        .orderBy(desc(treatmentCourses.startedAt));
      return rows.map(toCourse);
    },
    async setStatus(id, expectedVersion, status, reason, at) {
      const updated = await db
        .update(treatmentCourses)
        .set({ status, statusReason: reason, updatedAt: at, version: sql`${treatmentCourses.version} + 1` })
        .where(sql`${treatmentCourses.id} = ${id} and ${treatmentCourses.version} = ${expectedVersion}`)
        .returning({ id: treatmentCourses.id });
      return updated.length === 1;
    },
    async insertEvent(event) {
      await db.insert(courseEvents).values({ ...event, details: event.details ?? null });
    },
    async listEvents(courseId) {
      const rows = await db
        .select()
        .from(courseEvents)
        .where(eq(courseEvents.courseId, courseId))
        .orderBy(asc(courseEvents.at));
      return rows.map((r) => ({ ...r, at: iso(r.at), kind: r.kind as CourseEventRecord['kind'] }));
    },
  };
}
