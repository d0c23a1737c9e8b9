import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
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

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

/** A bedside monitor, identified by OBX-18 or MSH-3 of its messages. */
export const monitors = pgTable(
  'monitors',
  {
    id: uuid('id').primaryKey(),
    deviceId: text('device_id').notNull(),
    label: text('label'),
    firstSeenAt: ts('first_seen_at'),
    lastSeenAt: ts('last_seen_at'),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [uniqueIndex('monitors_device_idx').on(t.deviceId)],
);

/** Monitor ↔ chair, set and ended by a nurse; a row is only ever closed, never changed otherwise. */
export const monitorBindings = pgTable(
  'monitor_bindings',
  {
    id: uuid('id').primaryKey(),
    monitorId: uuid('monitor_id')
      .notNull()
      .references(() => monitors.id),
    chairLabel: text('chair_label').notNull(),
    boundAt: ts('bound_at').notNull(),
    boundBy: uuid('bound_by').notNull(),
    endedAt: ts('ended_at'),
    endedBy: uuid('ended_by'),
  },
  (t) => [
    uniqueIndex('monitor_bindings_active_monitor_idx')
      .on(t.monitorId)
      .where(sql`${t.endedAt} is null`),
    uniqueIndex('monitor_bindings_active_chair_idx')
      .on(t.chairLabel)
      .where(sql`${t.endedAt} is null`),
  ],
);

/** Every raw message received: the audit of the feed. */
export const monitorMessages = pgTable(
  'monitor_messages',
  {
    id: uuid('id').primaryKey(),
    monitorId: uuid('monitor_id').references(() => monitors.id),
    receivedAt: ts('received_at').notNull(),
    controlId: text('control_id'),
    processingId: text('processing_id'),
    demo: boolean('demo').notNull().default(false),
    ackCode: text('ack_code').notNull(),
    error: text('error'),
    outcomes: jsonb('outcomes'),
    raw: text('raw').notNull(),
  },
  (t) => [index('monitor_messages_received_idx').on(t.receivedAt)],
);

/** One reading per monitor and observation time; chair null = on the holding list. */
export const deviceReadings = pgTable(
  'device_readings',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    id: uuid('id').notNull(),
    monitorId: uuid('monitor_id')
      .notNull()
      .references(() => monitors.id),
    messageId: uuid('message_id')
      .notNull()
      .references(() => monitorMessages.id),
    chairLabel: text('chair_label'),
    bindingId: uuid('binding_id').references(() => monitorBindings.id),
    takenAt: ts('taken_at').notNull(),
    receivedAt: ts('received_at').notNull(),
    status: text('status').notNull(),
    systolicMmHg: real('systolic_mm_hg'),
    diastolicMmHg: real('diastolic_mm_hg'),
    heartRateBpm: real('heart_rate_bpm'),
    spo2Pct: real('spo2_pct'),
    respiratoryRatePerMin: real('respiratory_rate_per_min'),
    etco2MmHg: real('etco2_mm_hg'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('device_readings_id_idx').on(t.id),
    index('device_readings_chair_idx').on(t.chairLabel, t.takenAt),
    index('device_readings_held_idx')
      .on(t.receivedAt)
      .where(sql`${t.chairLabel} is null`),
  ],
);
