import { and, asc, eq, gt, inArray, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import type { AppointmentStatus, AppointmentType } from '@chairside/domain';
import type { AppointmentRecord, AppointmentStore, SpacingOverride } from '../../app/scheduling/scheduling-ports.js';
import type { Db } from '../connect.js';
import { appointmentEvents, appointments, chairs, patients } from '../schema/index.js';

const iso = (value: string): string => new Date(value).toISOString();

function toAppointment(r: typeof appointments.$inferSelect): AppointmentRecord {
  return {
    id: r.id,
    patientId: r.patientId,
    chairId: r.chairId,
    courseId: r.courseId,
    type: r.type as AppointmentType,
    startsAt: iso(r.startsAt),
    endsAt: iso(r.endsAt),
    lengthMin: r.lengthMin,
    status: r.status as AppointmentStatus,
    statusReason: r.statusReason,
    therapistName: r.therapistName,
    location: r.location as 'clinic' | 'external',
    note: r.note,
    bookedByUsername: r.bookedByUsername,
    bookedAt: iso(r.bookedAt),
    override: r.override as SpacingOverride | null,
    version: r.version,
    updatedAt: iso(r.updatedAt),
  };
}

export function appointmentStore(db: Db): AppointmentStore {
  return {
    async lock(keys) {
      // Sorted, so two transactions wanting the same keys take them in the same order (no deadlock).
      for (const key of [...new Set(keys)].sort()) {
        await db.execute(sql`select pg_advisory_xact_lock(hashtext(${key}))`);
      }
    },
    async insert(appointment, byUserId) {
      await db.insert(appointments).values({ ...appointment, bookedBy: byUserId });
    },
    async findById(id) {
      const [r] = await db.select().from(appointments).where(eq(appointments.id, id));
      return r ? toAppointment(r) : undefined;
    },
    async list(filter) {
      const conditions: SQL[] = [lt(appointments.startsAt, filter.to), gt(appointments.endsAt, filter.from)];
      if (filter.chairId) {
        conditions.push(eq(appointments.chairId, filter.chairId));
      }
      if (filter.patientId) {
        conditions.push(eq(appointments.patientId, filter.patientId));
      }
      const rows = await db
        .select({ a: appointments, p: patients, chairName: chairs.name })
        .from(appointments)
        .innerJoin(patients, eq(patients.id, appointments.patientId))
        .leftJoin(chairs, eq(chairs.id, appointments.chairId))
        .where(and(...conditions))
        .orderBy(asc(appointments.startsAt))
        .limit(2000);
      return rows.map(({ a, p, chairName }) => ({
        ...toAppointment(a),
        patientName: `${p.preferredName ?? p.legalGivenName} ${p.legalFamilyName}`,
        patientMrn: p.mrn,
        chairName,
      }));
    },
    async overlapping(q) {
      const who = q.chairId
        ? or(eq(appointments.chairId, q.chairId), eq(appointments.patientId, q.patientId))
        : eq(appointments.patientId, q.patientId);
      const conditions: (SQL | undefined)[] = [
        eq(appointments.status, 'booked'),
        lt(appointments.startsAt, q.endsAt),
        gt(appointments.endsAt, q.startsAt),
        who,
      ];
      if (q.excludeId) {
        conditions.push(ne(appointments.id, q.excludeId));
      }
      const rows = await db
        .select()
        .from(appointments)
        .where(and(...conditions));
      return rows.map(toAppointment);
    },
    async listForPatient(patientId) {
      const rows = await db
        .select()
        .from(appointments)
        .where(eq(appointments.patientId, patientId))
        .orderBy(asc(appointments.startsAt));
      return rows.map(toAppointment);
    },
    async countingForCourse(courseId) {
      const rows = await db
        .select()
        .from(appointments)
        .where(and(eq(appointments.courseId, courseId), inArray(appointments.status, ['booked', 'completed'])))
        .orderBy(asc(appointments.startsAt));
      return rows.map(toAppointment);
    },
    async update(id, expectedVersion, changes, at) {
      const updated = await db
        .update(appointments)
        .set({ ...changes, updatedAt: at, version: sql`${appointments.version} + 1` })
        .where(sql`${appointments.id} = ${id} and ${appointments.version} = ${expectedVersion}`)
        .returning({ id: appointments.id });
      return updated.length === 1;
    },
    async insertEvent(event) {
      await db.insert(appointmentEvents).values({ ...event, details: event.details ?? null });
    },
  };
}
