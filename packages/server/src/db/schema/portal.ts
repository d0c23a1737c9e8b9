import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { patients } from './core.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

/** One-time portal invitations: only the SHA-256 of the code is stored. */
export const portalInvitations = pgTable(
  'portal_invitations',
  {
    id: uuid('id').primaryKey(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    codeHash: text('code_hash').notNull().unique(),
    createdAt: ts('created_at').notNull(),
    createdByUserId: uuid('created_by_user_id').notNull(),
    expiresAt: ts('expires_at').notNull(),
    redeemedAt: ts('redeemed_at'),
    userId: uuid('user_id'),
  },
  (t) => [index('portal_invitations_patient_idx').on(t.patientId)],
);
