// Intake versions, screening records and signatures, informed consents. All append-only
// (guards in the intake_screening_guards migration): a new answer is a new row.
import { boolean, date, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid, index } from 'drizzle-orm/pg-core';
import { patients } from './core.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

export const intakeVersions = pgTable(
  'intake_versions',
  {
    id: uuid('id').primaryKey(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    version: integer('version').notNull(),
    formVersion: integer('form_version').notNull(),
    at: ts('at').notNull(),
    byUserId: uuid('by_user_id').notNull(),
    byUsername: text('by_username').notNull(),
    byRole: text('by_role').notNull(),
    data: jsonb('data').notNull(),
    derived: jsonb('derived').notNull(),
  },
  (t) => [uniqueIndex('intake_versions_version_key').on(t.patientId, t.version)],
);

export const screenings = pgTable(
  'screenings',
  {
    id: uuid('id').primaryKey(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    intakeId: uuid('intake_id')
      .notNull()
      .references(() => intakeVersions.id),
    intakeVersion: integer('intake_version').notNull(),
    protocolId: text('protocol_id').notNull(),
    protocolVersion: integer('protocol_version').notNull(),
    evaluatedOn: date('evaluated_on', { mode: 'string' }).notNull(),
    decision: text('decision').notNull(),
    result: jsonb('result').notNull(),
    createdAt: ts('created_at').notNull(),
    createdByUserId: uuid('created_by_user_id').notNull(),
    createdByUsername: text('created_by_username').notNull(),
  },
  (t) => [index('screenings_patient_idx').on(t.patientId, t.protocolId, t.createdAt)],
);

/** One signature per screening; the signed decision and notes are frozen with it. */
export const screeningSignatures = pgTable('screening_signatures', {
  screeningId: uuid('screening_id')
    .primaryKey()
    .references(() => screenings.id),
  decision: text('decision').notNull(),
  softStopNotes: jsonb('soft_stop_notes').notNull(),
  warningsAcknowledged: boolean('warnings_acknowledged').notNull(),
  note: text('note'),
  signedAt: ts('signed_at').notNull(),
  signedByUserId: uuid('signed_by_user_id').notNull(),
  signedByUsername: text('signed_by_username').notNull(),
});

export const consents = pgTable(
  'consents',
  {
    id: uuid('id').primaryKey(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    route: text('route').notNull(),
    formId: text('form_id').notNull(),
    formVersion: integer('form_version').notNull(),
    form: jsonb('form').notNull(),
    acknowledgedElements: jsonb('acknowledged_elements').notNull(),
    patientTypedName: text('patient_typed_name').notNull(),
    signatureMethod: text('signature_method').notNull(),
    signaturePng: text('signature_png'),
    patientSignedAt: ts('patient_signed_at').notNull(),
    witnessUserId: uuid('witness_user_id').notNull(),
    witnessUsername: text('witness_username').notNull(),
    recordedAt: ts('recorded_at').notNull(),
  },
  (t) => [index('consents_patient_idx').on(t.patientId, t.route)],
);

/** A withdrawal event; the consent row itself is never changed or deleted. */
export const consentWithdrawals = pgTable('consent_withdrawals', {
  consentId: uuid('consent_id')
    .primaryKey()
    .references(() => consents.id),
  at: ts('at').notNull(),
  byUserId: uuid('by_user_id').notNull(),
  byUsername: text('by_username').notNull(),
  reason: text('reason').notNull(),
});
