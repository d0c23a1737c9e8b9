import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { patients } from './core.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

/** Work for staff, e.g. the urgent suicide-risk review raised by a PHQ-9 item 9 answer. */
export const tasks = pgTable(
  'tasks',
  {
    id: uuid('id').primaryKey(),
    type: text('type').notNull(),
    priority: text('priority').notNull(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    title: text('title').notNull(),
    detail: text('detail').notNull(),
    assignedRole: text('assigned_role'),
    assignedUserId: uuid('assigned_user_id'),
    status: text('status').notNull(),
    sourceType: text('source_type').notNull(),
    sourceId: uuid('source_id').notNull(),
    createdAt: ts('created_at').notNull(),
    completedAt: ts('completed_at'),
    completedByUserId: uuid('completed_by_user_id'),
    completedByUsername: text('completed_by_username'),
    completionNote: text('completion_note'),
  },
  (t) => [
    index('tasks_status_idx').on(t.status, t.priority, t.createdAt),
    index('tasks_patient_idx').on(t.patientId),
    check('tasks_priority_check', sql`${t.priority} in ('urgent','routine')`),
    check('tasks_status_check', sql`${t.status} in ('open','done')`),
  ],
);
