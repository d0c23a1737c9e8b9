// Continuity of care: outside records imported from FHIR bundles, letters to the care team with
// their dispatches, the clinic's letter template, and full-export jobs. Imports, letters,
// dispatches and template versions are append-only (guards in the continuity_guards migration).
import { customType, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { patients } from './core.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

/** Raw bytes (a signed letter's PDF). PGlite hands back a Uint8Array, postgres.js a Buffer. */
const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

export const externalRecords = pgTable(
  'external_records',
  {
    id: uuid('id').primaryKey(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    importedAt: ts('imported_at').notNull(),
    byUserId: uuid('by_user_id').notNull(),
    byUsername: text('by_username').notNull(),
    sourceBundleId: text('source_bundle_id'),
    sourcePatientId: text('source_patient_id'),
    conditions: jsonb('conditions').notNull(),
    medications: jsonb('medications').notNull(),
    allergies: jsonb('allergies').notNull(),
    skipped: jsonb('skipped').notNull(),
  },
  (t) => [index('external_records_patient_idx').on(t.patientId, t.importedAt)],
);

export const letterTemplates = pgTable('letter_templates', {
  version: integer('version').primaryKey(),
  letterhead: jsonb('letterhead').notNull(),
  signatureBlock: text('signature_block').notNull(),
  footer: text('footer').notNull(),
  createdAt: ts('created_at').notNull(),
  createdByUserId: uuid('created_by_user_id'),
  createdByUsername: text('created_by_username'),
});

export const letters = pgTable(
  'letters',
  {
    id: uuid('id').primaryKey(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    kind: text('kind').notNull(),
    recipient: jsonb('recipient').notNull(),
    subject: text('subject').notNull(),
    sections: jsonb('sections').notNull(),
    scoreSeries: jsonb('score_series').notNull(),
    templateVersion: integer('template_version').notNull(),
    signedAt: ts('signed_at').notNull(),
    signedByUserId: uuid('signed_by_user_id').notNull(),
    signedByUsername: text('signed_by_username').notNull(),
    signedByName: text('signed_by_name').notNull(),
    pdf: bytea('pdf').notNull(),
  },
  (t) => [index('letters_patient_idx').on(t.patientId, t.signedAt)],
);

export const letterDispatches = pgTable(
  'letter_dispatches',
  {
    id: uuid('id').primaryKey(),
    letterId: uuid('letter_id')
      .notNull()
      .references(() => letters.id),
    method: text('method').notNull(),
    destination: text('destination'),
    recipientName: text('recipient_name').notNull(),
    sentAt: ts('sent_at').notNull(),
    recordedAt: ts('recorded_at').notNull(),
    byUserId: uuid('by_user_id').notNull(),
    byUsername: text('by_username').notNull(),
    note: text('note'),
  },
  (t) => [index('letter_dispatches_letter_idx').on(t.letterId)],
);

export const exportJobs = pgTable(
  'export_jobs',
  {
    id: uuid('id').primaryKey(),
    requestedByUserId: uuid('requested_by_user_id').notNull(),
    requestedByUsername: text('requested_by_username').notNull(),
    status: text('status').notNull(),
    stage: text('stage').notNull(),
    done: integer('done').notNull().default(0),
    total: integer('total').notNull().default(0),
    fileName: text('file_name'),
    bytes: integer('bytes'),
    counts: jsonb('counts'),
    error: text('error'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    finishedAt: ts('finished_at'),
  },
  (t) => [uniqueIndex('export_jobs_created_idx').on(t.createdAt, t.id)],
);
