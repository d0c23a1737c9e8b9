import { and, asc, eq, isNull, lt, sql } from 'drizzle-orm';
import type { CheckInStore } from '../../app/outcomes/check-in-ports.js';
import type { Db } from '../connect.js';
import { questionnaireAssignments, sessionCheckIns, treatmentSessions, users } from '../schema/index.js';

export function checkInStore(db: Db): CheckInStore {
  return {
    async sessionsNeedingCheckIn(endedBefore) {
      const t = treatmentSessions;
      const rows = await db
        .select({
          sessionId: t.id,
          patientId: t.patientId,
          endedAt: t.endedAt,
          createdBy: t.createdBy,
          portal: sql<boolean>`exists (select 1 from ${users} where ${users.patientId} = ${t.patientId} and ${users.active})`,
        })
        .from(t)
        .leftJoin(sessionCheckIns, eq(sessionCheckIns.sessionId, t.id))
        .where(and(eq(t.state, 'discharged'), lt(t.endedAt, endedBefore), isNull(sessionCheckIns.sessionId)))
        .orderBy(asc(t.endedAt));
      return rows.flatMap((r) =>
        r.endedAt === null
          ? []
          : [
              {
                ...r,
                endedAt: new Date(r.endedAt).toISOString(),
              },
            ],
      );
    },
    async insert(checkIn) {
      await db.insert(sessionCheckIns).values(checkIn);
    },
    async overdue(today) {
      const a = questionnaireAssignments;
      const rows = await db
        .select({
          sessionId: sessionCheckIns.sessionId,
          patientId: sessionCheckIns.patientId,
          assignmentId: a.id,
          dueDate: a.dueDate,
        })
        .from(sessionCheckIns)
        .innerJoin(a, eq(a.id, sessionCheckIns.assignmentId))
        .where(and(isNull(sessionCheckIns.overdueTaskId), eq(a.status, 'open'), lt(a.dueDate, today)));
      return rows;
    },
    async markOverdue(sessionId, taskId) {
      const updated = await db
        .update(sessionCheckIns)
        .set({ overdueTaskId: taskId })
        .where(and(eq(sessionCheckIns.sessionId, sessionId), isNull(sessionCheckIns.overdueTaskId)))
        .returning({ id: sessionCheckIns.sessionId });
      return updated.length === 1;
    },
  };
}
