// The controlled-substance ledger: one hash-chained, append-only stream of events (guards in the
// ledger_guards migration). Balances are derived from the events, never stored. The head row holds
// the last sequence and hash: every append locks it (SELECT … FOR UPDATE), which serialises
// concurrent writers, and verification uses it to detect events removed from the end.
import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './core.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

export const ledgerEvents = pgTable(
  'ledger_events',
  {
    sequence: integer('sequence').primaryKey(),
    id: uuid('id').notNull().unique(),
    type: text('type').notNull(),
    at: ts('at').notNull(),
    byUserId: uuid('by_user_id')
      .notNull()
      .references(() => users.id),
    containerId: text('container_id'),
    sessionId: text('session_id'),
    /** The whole event as hashed (canonicalEventText), so the chain can be re-verified from the row. */
    event: jsonb('event').notNull(),
    previousHash: text('previous_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('ledger_events_container_idx').on(t.containerId, t.sequence),
    index('ledger_events_session_idx').on(t.sessionId),
    index('ledger_events_at_idx').on(t.at),
    check('ledger_events_sequence_positive', sql`${t.sequence} > 0`),
  ],
);

export const ledgerHead = pgTable(
  'ledger_head',
  {
    id: integer('id').primaryKey(),
    sequence: integer('sequence').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [check('ledger_head_single_row', sql`${t.id} = 1`)],
);
