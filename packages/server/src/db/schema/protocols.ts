import { sql } from 'drizzle-orm';
import {
  bigserial,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { patients } from './core.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

/**
 * Every version of every protocol, append-only (a guard migration refuses UPDATE and DELETE): a
 * decision keeps the protocol id@version it used, so each version must stay readable forever.
 */
export const protocolVersions = pgTable(
  'protocol_versions',
  {
    protocolId: text('protocol_id').notNull(),
    version: integer('version').notNull(),
    document: jsonb('document').notNull(),
    reason: text('reason').notNull(),
    publishedAt: ts('published_at').notNull(),
    /** Null for the shipped library, seeded at start-up. */
    publishedByUserId: uuid('published_by_user_id'),
    publishedByUsername: text('published_by_username'),
  },
  (t) => [primaryKey({ columns: [t.protocolId, t.version] })],
);

/**
 * A dose plan: inputs, the full calculation result and the protocol version, append-only. A
 * change is a new plan (`supersedes_plan_id`); a soft-stop's co-sign is a row in
 * `dose_plan_cosigns`, never an update.
 */
export const dosePlans = pgTable(
  'dose_plans',
  {
    id: uuid('id').primaryKey(),
    /** Insertion order: plans written in the same millisecond still have a newest. */
    seq: bigserial('seq', { mode: 'number' }).notNull().unique(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    protocolId: text('protocol_id').notNull(),
    protocolVersion: integer('protocol_version').notNull(),
    resultStatus: text('result_status').notNull(),
    inputs: jsonb('inputs').notNull(),
    result: jsonb('result').notNull(),
    softStopReason: text('soft_stop_reason'),
    note: text('note'),
    supersedesPlanId: uuid('supersedes_plan_id'),
    createdAt: ts('created_at').notNull(),
    createdByUserId: uuid('created_by_user_id').notNull(),
    createdByUsername: text('created_by_username').notNull(),
    createdByRole: text('created_by_role').notNull(),
  },
  (t) => [
    index('dose_plans_patient_idx').on(t.patientId, t.protocolId, t.createdAt),
    check('dose_plans_result_status_check', sql`${t.resultStatus} in ('within','soft-stop','hard-stop')`),
  ],
);

export const dosePlanCosigns = pgTable('dose_plan_cosigns', {
  /** One co-sign per plan: the primary key makes a second one impossible. */
  planId: uuid('plan_id')
    .primaryKey()
    .references(() => dosePlans.id),
  at: ts('at').notNull(),
  byUserId: uuid('by_user_id').notNull(),
  byUsername: text('by_username').notNull(),
  reason: text('reason').notNull(),
});
