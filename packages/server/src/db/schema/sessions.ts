import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { patients } from './core.js';
import { appointments, treatmentCourses } from './scheduling.js';
import { dosePlans } from './protocols.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

/**
 * One treatment session. The row holds the current position of the state machine for fast
 * reads; the journal below is the record (every transition with who, when and why).
 */
export const treatmentSessions = pgTable(
  'treatment_sessions',
  {
    id: uuid('id').primaryKey(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    appointmentId: uuid('appointment_id').references(() => appointments.id),
    courseId: uuid('course_id').references(() => treatmentCourses.id),
    protocolId: text('protocol_id').notNull(),
    protocolVersion: integer('protocol_version').notNull(),
    dosePlanId: uuid('dose_plan_id').references(() => dosePlans.id),
    chairName: text('chair_name'),
    route: text('route').notNull(),
    state: text('state').notNull(),
    dosingSubState: text('dosing_sub_state'),
    createdAt: ts('created_at').notNull(),
    createdBy: uuid('created_by').notNull(),
    checkedInAt: ts('checked_in_at'),
    dosingStartedAt: ts('dosing_started_at'),
    dosingEndedAt: ts('dosing_ended_at'),
    endedAt: ts('ended_at'),
    abortReason: text('abort_reason'),
    lastTransitionAt: ts('last_transition_at'),
    /** The manual reading taken as baseline when dosing started. */
    baselineReadingId: uuid('baseline_reading_id'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('treatment_sessions_appointment_idx')
      .on(t.appointmentId)
      .where(sql`${t.appointmentId} is not null`),
    index('treatment_sessions_active_idx')
      .on(t.state)
      .where(sql`${t.state} not in ('discharged','aborted')`),
    index('treatment_sessions_patient_idx').on(t.patientId, t.createdAt),
    check('treatment_sessions_route_check', sql`${t.route} in ('iv','im','intranasal')`),
    check(
      'treatment_sessions_state_check',
      sql`${t.state} in ('scheduled','checked-in','pre-checks','dosing','recovery','discharged','aborted')`,
    ),
  ],
);

/** Append-only: every transition, pre-check, titration, check, event, medication, device, discharge. */
export const sessionJournal = pgTable(
  'session_journal',
  {
    id: uuid('id').primaryKey(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => treatmentSessions.id),
    kind: text('kind').notNull(),
    at: ts('at').notNull(),
    recordedAt: ts('recorded_at').notNull(),
    byUserId: uuid('by_user_id'),
    byUsername: text('by_username').notNull(),
    summary: text('summary').notNull(),
    data: jsonb('data').notNull(),
  },
  (t) => [index('session_journal_session_idx').on(t.sessionId, t.at)],
);

/** Manual vital readings, append-only; a correction is a new row naming the one it corrects. */
export const sessionVitalReadings = pgTable(
  'session_vital_readings',
  {
    id: uuid('id').primaryKey(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => treatmentSessions.id),
    takenAt: ts('taken_at').notNull(),
    systolicMmHg: real('systolic_mm_hg').notNull(),
    diastolicMmHg: real('diastolic_mm_hg').notNull(),
    heartRateBpm: real('heart_rate_bpm').notNull(),
    spo2Pct: real('spo2_pct').notNull(),
    respiratoryRatePerMin: real('respiratory_rate_per_min').notNull(),
    etco2MmHg: real('etco2_mm_hg'),
    correctsReadingId: uuid('corrects_reading_id'),
    correctionReason: text('correction_reason'),
    recordedAt: ts('recorded_at').notNull(),
    recordedBy: uuid('recorded_by').notNull(),
    recordedByUsername: text('recorded_by_username').notNull(),
  },
  (t) => [
    index('session_vital_readings_session_idx').on(t.sessionId, t.takenAt),
    uniqueIndex('session_vital_readings_corrects_idx')
      .on(t.correctsReadingId)
      .where(sql`${t.correctsReadingId} is not null`),
  ],
);

/** Alerts raised by the engine, the cadence ticker or the silent-monitor watchdog; append-only. */
export const sessionAlerts = pgTable(
  'session_alerts',
  {
    id: uuid('id').primaryKey(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => treatmentSessions.id),
    kind: text('kind').notNull(),
    rule: text('rule').notNull(),
    severity: text('severity').notNull(),
    phase: text('phase').notNull(),
    message: text('message').notNull(),
    action: text('action').notNull(),
    actionLabel: text('action_label').notNull(),
    values: jsonb('values').notNull(),
    source: jsonb('source').notNull(),
    observedAt: ts('observed_at').notNull(),
    raisedAt: ts('raised_at').notNull(),
    readingId: uuid('reading_id'),
    readingSource: text('reading_source'),
  },
  (t) => [
    index('session_alerts_session_idx').on(t.sessionId, t.raisedAt),
    check('session_alerts_kind_check', sql`${t.kind} in ('reading','cadence','silent-monitor')`),
    check('session_alerts_severity_check', sql`${t.severity} in ('info','warning','soft-stop','hard-stop')`),
  ],
);

/** One resolution per alert (the primary key makes a second impossible); append-only. */
export const sessionAlertResolutions = pgTable('session_alert_resolutions', {
  alertId: uuid('alert_id')
    .primaryKey()
    .references(() => sessionAlerts.id),
  sessionId: uuid('session_id')
    .notNull()
    .references(() => treatmentSessions.id),
  action: text('action').notNull(),
  note: text('note').notNull(),
  at: ts('at').notNull(),
  byUserId: uuid('by_user_id').notNull(),
  byUsername: text('by_username').notNull(),
  secondsToResolve: real('seconds_to_resolve').notNull(),
});

/** The clinic's rescue and adjunct medications; edited with a version check, every edit audited. */
export const sessionFormulary = pgTable('session_formulary', {
  id: uuid('id').primaryKey(),
  drug: text('drug').notNull(),
  doseUnit: text('dose_unit').notNull(),
  defaultDose: real('default_dose'),
  maxDose: real('max_dose'),
  routes: jsonb('routes').notNull(),
  indication: text('indication').notNull(),
  source: text('source').notNull(),
  active: boolean('active').notNull().default(true),
  version: integer('version').notNull().default(1),
  updatedAt: ts('updated_at').notNull(),
});

/**
 * Every item pushed to watching screens, append-only, in one global order: `seq` is the SSE
 * event id, so a reconnecting screen reads `seq > Last-Event-ID` and misses nothing. Writers
 * take a transaction-level advisory lock before inserting, so sequence order is commit order.
 */
export const sessionFeed = pgTable(
  'session_feed',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => treatmentSessions.id),
    type: text('type').notNull(),
    at: ts('at').notNull(),
    payload: jsonb('payload').notNull(),
  },
  (t) => [index('session_feed_session_idx').on(t.sessionId, t.seq)],
);
