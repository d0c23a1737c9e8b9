import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { patients, users } from './core.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

/**
 * Questionnaire responses, append-only (trigger in the guards migration): a correction is a
 * new response. Incomplete responses are kept with their missing items but never scored
 * (DEFAULTS.md §6), so `total` and the band are null for them.
 */
export const questionnaireResponses = pgTable(
  'questionnaire_responses',
  {
    id: uuid('id').primaryKey(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    scaleId: text('scale_id').notNull(),
    scaleVersion: integer('scale_version').notNull(),
    answers: jsonb('answers').notNull(),
    complete: boolean('complete').notNull(),
    missingItems: jsonb('missing_items').notNull(),
    total: integer('total'),
    bandId: text('band_id'),
    bandLabel: text('band_label'),
    flags: jsonb('flags').notNull(),
    enteredByUserId: uuid('entered_by_user_id')
      .notNull()
      .references(() => users.id),
    enteredByUsername: text('entered_by_username').notNull(),
    enteredByRole: text('entered_by_role').notNull(),
    assignmentId: uuid('assignment_id'),
    takenAt: ts('taken_at').notNull(),
    recordedAt: ts('recorded_at').notNull(),
  },
  (t) => [
    index('questionnaire_responses_patient_idx').on(t.patientId, t.scaleId, t.takenAt),
    check(
      'questionnaire_responses_total_check',
      sql`(${t.complete} and ${t.total} is not null) or (not ${t.complete} and ${t.total} is null)`,
    ),
  ],
);

/** A questionnaire a patient is asked to complete in the portal; weekly ones renew on completion. */
export const questionnaireAssignments = pgTable(
  'questionnaire_assignments',
  {
    id: uuid('id').primaryKey(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    scaleId: text('scale_id').notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    recurrence: text('recurrence').notNull(),
    status: text('status').notNull(),
    assignedByUserId: uuid('assigned_by_user_id').notNull(),
    assignedAt: ts('assigned_at').notNull(),
    completedAt: ts('completed_at'),
    responseId: uuid('response_id'),
  },
  (t) => [
    index('questionnaire_assignments_patient_idx').on(t.patientId, t.status),
    check('questionnaire_assignments_recurrence_check', sql`${t.recurrence} in ('none','weekly')`),
    check('questionnaire_assignments_status_check', sql`${t.status} in ('open','completed')`),
  ],
);
