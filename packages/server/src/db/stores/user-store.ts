import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Role } from '@chairside/domain';
import type { UserRecord, UserStore } from '../../app/ports.js';
import type { Db } from '../connect.js';
import { users } from '../schema/index.js';

const iso = (value: string | null): string | null => (value === null ? null : new Date(value).toISOString());

function toRecord(row: typeof users.$inferSelect): UserRecord {
  return {
    ...row,
    role: row.role as Role,
    lockedUntil: iso(row.lockedUntil),
    lastSignInAt: iso(row.lastSignInAt),
    createdAt: new Date(row.createdAt).toISOString(),
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}

export function userStore(db: Db): UserStore {
  return {
    async insert(user) {
      await db.insert(users).values(user);
    },
    async findById(id) {
      const [row] = await db.select().from(users).where(eq(users.id, id));
      return row ? toRecord(row) : undefined;
    },
    async findByUsername(username) {
      const [row] = await db
        .select()
        .from(users)
        .where(sql`lower(${users.username}) = ${username.trim().toLowerCase()}`);
      return row ? toRecord(row) : undefined;
    },
    async list() {
      const rows = await db.select().from(users).orderBy(asc(users.role), asc(users.username));
      return rows.map(toRecord);
    },
    async count() {
      const [row] = await db.select({ n: count() }).from(users);
      return row?.n ?? 0;
    },
    async update(id, expectedVersion, changes) {
      const updated = await db
        .update(users)
        .set({ ...changes, version: sql`${users.version} + 1` })
        .where(and(eq(users.id, id), eq(users.version, expectedVersion)))
        .returning({ id: users.id });
      return updated.length === 1;
    },
    async recordSignInAttempt(id, changes) {
      await db.update(users).set(changes).where(eq(users.id, id));
    },
  };
}
