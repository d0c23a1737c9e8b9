import { and, eq, isNull } from 'drizzle-orm';
import type { PortalInvitationRecord, PortalInvitationStore } from '../../app/ports.js';
import type { Db } from '../connect.js';
import { portalInvitations } from '../schema/index.js';

function toRecord(row: typeof portalInvitations.$inferSelect): PortalInvitationRecord {
  return {
    ...row,
    createdAt: new Date(row.createdAt).toISOString(),
    expiresAt: new Date(row.expiresAt).toISOString(),
    redeemedAt: row.redeemedAt === null ? null : new Date(row.redeemedAt).toISOString(),
  };
}

export function portalInvitationStore(db: Db): PortalInvitationStore {
  return {
    async insert(invitation) {
      await db.insert(portalInvitations).values(invitation);
    },
    async findByCodeHash(codeHash) {
      const [row] = await db.select().from(portalInvitations).where(eq(portalInvitations.codeHash, codeHash));
      return row ? toRecord(row) : undefined;
    },
    async redeem(id, userId, at) {
      const updated = await db
        .update(portalInvitations)
        .set({ redeemedAt: at, userId })
        .where(and(eq(portalInvitations.id, id), isNull(portalInvitations.redeemedAt)))
        .returning({ id: portalInvitations.id });
      return updated.length === 1;
    },
  };
}
