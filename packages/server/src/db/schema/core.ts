import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    email: text('email'),
    role: text('role').notNull(),
    medicalDirector: boolean('medical_director').notNull().default(false),
    patientId: uuid('patient_id'),
    active: boolean('active').notNull().default(true),
    passwordHash: text('password_hash').notNull(),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    failedSignIns: integer('failed_sign_ins').notNull().default(0),
    lockedUntil: ts('locked_until'),
    lastSignInAt: ts('last_sign_in_at'),
    demo: boolean('demo').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('users_username_key').on(sql`lower(${t.username})`),
    check('users_role_check', sql`${t.role} in ('admin','physician','nurse','front_desk','patient')`),
  ],
);

export const userSessions = pgTable(
  'user_sessions',
  {
    id: text('id').primaryKey(), // sha-256 of the cookie token: a database leak yields no usable session
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: ts('created_at').notNull(),
    lastSeenAt: ts('last_seen_at').notNull(),
    expiresAt: ts('expires_at').notNull(),
    endedAt: ts('ended_at'),
    endReason: text('end_reason'),
    clientAddress: text('client_address'),
    userAgent: text('user_agent'),
  },
  (t) => [index('user_sessions_user_idx').on(t.userId)],
);

export const auditEvents = pgTable(
  'audit_events',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    id: uuid('id').notNull().unique(),
    at: ts('at').notNull(),
    actorUserId: uuid('actor_user_id'),
    actorUsername: text('actor_username'),
    actorRole: text('actor_role'),
    action: text('action').notNull(),
    recordType: text('record_type').notNull(),
    recordId: text('record_id'),
    patientId: uuid('patient_id'),
    requestId: text('request_id'),
    clientAddress: text('client_address'),
    changes: jsonb('changes'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_events_at_idx').on(t.at),
    index('audit_events_patient_idx').on(t.patientId, t.seq),
    index('audit_events_actor_idx').on(t.actorUsername, t.seq),
  ],
);

export const patients = pgTable(
  'patients',
  {
    id: uuid('id').primaryKey(),
    mrn: text('mrn').notNull().unique(),
    legalGivenName: text('legal_given_name').notNull(),
    legalFamilyName: text('legal_family_name').notNull(),
    preferredName: text('preferred_name'),
    dateOfBirth: date('date_of_birth', { mode: 'string' }).notNull(),
    sexAtBirth: text('sex_at_birth').notNull(),
    genderIdentity: text('gender_identity'),
    pronouns: text('pronouns'),
    phone: text('phone'),
    email: text('email'),
    addressLine: text('address_line'),
    city: text('city'),
    region: text('region'),
    postalCode: text('postal_code'),
    country: text('country'),
    emergencyContact: jsonb('emergency_contact'),
    careTeam: jsonb('care_team')
      .notNull()
      .default(sql`'[]'::jsonb`),
    searchText: text('search_text').notNull(),
    demo: boolean('demo').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull(),
    createdBy: uuid('created_by'),
    updatedAt: ts('updated_at').notNull(),
    updatedBy: uuid('updated_by'),
  },
  (t) => [
    index('patients_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    // Alphabetical listing walks this index and stops at the page size.
    index('patients_family_name_idx').on(sql`lower(${t.legalFamilyName})`, t.legalGivenName, t.id),
    // Word-prefix search for one- and two-letter terms (too short for trigrams).
    index('patients_family_prefix_idx').on(sql`lower(${t.legalFamilyName}) text_pattern_ops`),
    index('patients_given_prefix_idx').on(sql`lower(${t.legalGivenName}) text_pattern_ops`),
    index('patients_preferred_prefix_idx').on(sql`lower(${t.preferredName}) text_pattern_ops`),
    index('patients_mrn_prefix_idx').on(sql`${t.mrn} text_pattern_ops`),
    index('patients_dob_idx').on(t.dateOfBirth),
  ],
);

export const patientAmendments = pgTable(
  'patient_amendments',
  {
    id: uuid('id').primaryKey(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    version: integer('version').notNull(),
    at: ts('at').notNull(),
    byUserId: uuid('by_user_id').notNull(),
    byUsername: text('by_username').notNull(),
    reason: text('reason').notNull(),
    previous: jsonb('previous').notNull(),
    changes: jsonb('changes').notNull(),
  },
  (t) => [uniqueIndex('patient_amendments_version_key').on(t.patientId, t.version)],
);
