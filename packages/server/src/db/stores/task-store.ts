import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { TaskPriority, TaskRecord, TaskStore, TaskWithPatient } from '../../app/ports.js';
import type { Db } from '../connect.js';
import { patients, tasks } from '../schema/index.js';

const isoOrNull = (value: string | null): string | null => (value === null ? null : new Date(value).toISOString());

function toTask(row: typeof tasks.$inferSelect): TaskRecord {
  return {
    ...row,
    priority: row.priority as TaskPriority,
    status: row.status as 'open' | 'done',
    createdAt: new Date(row.createdAt).toISOString(),
    completedAt: isoOrNull(row.completedAt),
  };
}

export function taskStore(db: Db): TaskStore {
  return {
    async insert(task) {
      await db.insert(tasks).values(task);
    },
    async findById(id) {
      const [row] = await db.select().from(tasks).where(eq(tasks.id, id));
      return row ? toTask(row) : undefined;
    },
    async list(filter) {
      const where: SQL | undefined = filter.status === 'all' ? undefined : eq(tasks.status, filter.status);
      const rows = await db
        .select({ task: tasks, given: patients.legalGivenName, family: patients.legalFamilyName, mrn: patients.mrn })
        .from(tasks)
        .innerJoin(patients, eq(patients.id, tasks.patientId))
        .where(where)
        // Urgent first (what must not be missed), then open before done, then oldest first.
        .orderBy(desc(sql`${tasks.priority} = 'urgent'`), desc(sql`${tasks.status} = 'open'`), asc(tasks.createdAt))
        .limit(filter.limit);
      return rows.map((row): TaskWithPatient => ({
        ...toTask(row.task),
        patientName: `${row.given} ${row.family}`,
        patientMrn: row.mrn,
      }));
    },
    async complete(id, by, at, note) {
      const updated = await db
        .update(tasks)
        .set({
          status: 'done',
          completedAt: at,
          completedByUserId: by.userId,
          completedByUsername: by.username,
          completionNote: note,
        })
        .where(and(eq(tasks.id, id), eq(tasks.status, 'open')))
        .returning({ id: tasks.id });
      return updated.length === 1;
    },
  };
}
