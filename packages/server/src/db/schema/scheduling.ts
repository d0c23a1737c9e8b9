import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { patients, users } from './core.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

/** One row (id 1): the clinic's time zone, weekly opening hours and closed dates; versioned, audited on change. */
export const clinicSettings = pgTable(
  'clinic_settings',
  {
    id: smallint('id').primaryKey(),
    timeZone: text('time_zone').notNull(),
    weeklyHours: jsonb('weekly_hours').notNull(),
    closedDates: jsonb('closed_dates').notNull(),
    version: integer('version').notNull().default(1),
    updatedAt: ts('updated_at').notNull(),
    updatedBy: uuid('updated_by').references(() => users.id),
  },
  (t) => [check('clinic_settings_single_row', sql`${t.id} = 1`)],
);

export const chairs = pgTable('chairs', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull().unique(),
  active: boolean('active').notNull().default(true),
  version: integer('version').notNull().default(1),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});

export const treatmentCourses = pgTable(
  'treatment_courses',
  {
    id: uuid('id').primaryKey(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    protocolId: text('protocol_id').notNull(),
    protocolVersion: integer('protocol_version').notNull(),
    phase: text('phase').notNull(),
    targetSessions: integer('target_sessions').notNull(),
    sessionsPerWeek: integer('sessions_per_week'),
    status: text('status').notNull(),
    statusReason: text('status_reason'),
    startedAt: ts('started_at').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    index('treatment_courses_patient_idx').on(t.patientId),
    check('treatment_courses_status_check', sql`${t.status} in ('active','completed','stopped')`),
    check('treatment_courses_phase_check', sql`${t.phase} in ('induction','maintenance')`),
    check('treatment_courses_target_check', sql`${t.targetSessions} between 1 and 52`),
  ],
);

/** Append-only history of a course: created, extended (physician, reason), status changes. */
export const courseEvents = pgTable(
  'course_events',
  {
    id: uuid('id').primaryKey(),
    courseId: uuid('course_id')
      .notNull()
      .references(() => treatmentCourses.id),
    at: ts('at').notNull(),
    kind: text('kind').notNull(),
    byUserId: uuid('by_user_id').references(() => users.id),
    byUsername: text('by_username').notNull(),
    additionalSessions: integer('additional_sessions'),
    reason: text('reason'),
    details: jsonb('details'),
  },
  (t) => [index('course_events_course_idx').on(t.courseId, t.at)],
);

export const appointments = pgTable(
  'appointments',
  {
    id: uuid('id').primaryKey(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    chairId: uuid('chair_id').references(() => chairs.id),
    courseId: uuid('course_id').references(() => treatmentCourses.id),
    type: text('type').notNull(),
    startsAt: ts('starts_at').notNull(),
    endsAt: ts('ends_at').notNull(),
    lengthMin: integer('length_min').notNull(),
    status: text('status').notNull(),
    statusReason: text('status_reason'),
    therapistName: text('therapist_name'),
    location: text('location').notNull().default('clinic'),
    note: text('note'),
    bookedBy: uuid('booked_by').references(() => users.id),
    bookedByUsername: text('booked_by_username').notNull(),
    bookedAt: ts('booked_at').notNull(),
    /** A physician's recorded override of soft-stop findings (who, why, which findings). */
    override: jsonb('override'),
    version: integer('version').notNull().default(1),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    index('appointments_chair_time_idx').on(t.chairId, t.startsAt),
    index('appointments_patient_time_idx').on(t.patientId, t.startsAt),
    index('appointments_course_idx').on(t.courseId),
    check('appointments_status_check', sql`${t.status} in ('booked','cancelled','no_show','completed')`),
    check('appointments_time_check', sql`${t.endsAt} > ${t.startsAt}`),
    check('appointments_location_check', sql`${t.location} in ('clinic','external')`),
  ],
);

/** Append-only history of every booking, move, cancellation and no-show. */
export const appointmentEvents = pgTable(
  'appointment_events',
  {
    id: uuid('id').primaryKey(),
    appointmentId: uuid('appointment_id')
      .notNull()
      .references(() => appointments.id),
    at: ts('at').notNull(),
    kind: text('kind').notNull(),
    byUserId: uuid('by_user_id').references(() => users.id),
    byUsername: text('by_username').notNull(),
    reason: text('reason'),
    details: jsonb('details'),
  },
  (t) => [index('appointment_events_appt_idx').on(t.appointmentId, t.at)],
);
