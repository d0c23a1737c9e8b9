import { and, eq, isNull } from 'drizzle-orm';
import type { SessionStore } from '../../app/ports.js';
import type { Db } from '../connect.js';
import { userSessions } from '../schema/index.js';

const iso = (value: string): string => new Date(value).toISOString();

export function sessionStore(db: Db): SessionStore {
  return {
    async insert(session) {
      await db.insert(userSessions).values(session);
    },
    async findById(id) {
      const [row] = await db.select().from(userSessions).where(eq(userSessions.id, id));
      if (!row) {
        return undefined;
      }
      return {
        id: row.id,
        userId: row.userId,
        csrfToken: row.csrfToken,
        createdAt: iso(row.createdAt),
        lastSeenAt: iso(row.lastSeenAt),
        expiresAt: iso(row.expiresAt),
        endedAt: row.endedAt === null ? null : iso(row.endedAt),
      };
    },
    async touch(id, at) {
      await db.update(userSessions).set({ lastSeenAt: at }).where(eq(userSessions.id, id));
    },
    async end(id, at, reason) {
      await db
        .update(userSessions)
        .set({ endedAt: at, endReason: reason })
        .where(and(eq(userSessions.id, id), isNull(userSessions.endedAt)));
    },
    async endAllForUser(userId, at, reason) {
      await db
        .update(userSessions)
        .set({ endedAt: at, endReason: reason })
        .where(and(eq(userSessions.userId, userId), isNull(userSessions.endedAt)));
    },
  };
}
