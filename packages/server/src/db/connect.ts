import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { acquireDataDirLock } from './data-dir-lock.js';
import * as schema from './schema/index.js';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type DatabaseKind = 'pglite' | 'postgresql';

export interface Database {
  readonly db: Db;
  readonly kind: DatabaseKind;
  close(): Promise<void>;
}

export type DatabaseTarget =
  | { readonly kind: 'postgresql'; readonly url: string; readonly maxConnections?: number }
  | { readonly kind: 'pglite'; readonly dataDir: string | null }; // null: in memory (tests)

/** The migrations folder, the same for both databases (src/db and dist/db sit at the same depth). */
export const migrationsFolder = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'drizzle');

/** Opens the database and applies every pending migration before anything else touches it. */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === 'postgresql') {
    const client = postgres(target.url, { max: target.maxConnections ?? 10, onnotice: () => undefined });
    const db = drizzlePostgres(client, { schema }) as unknown as Db;
    await migratePostgres(drizzlePostgres(client), { migrationsFolder });
    return { db, kind: 'postgresql', close: () => client.end({ timeout: 5 }) };
  }
  const release = target.dataDir ? acquireDataDirLock(target.dataDir) : () => undefined;
  try {
    const client = await PGlite.create(target.dataDir ?? undefined, { extensions: { pg_trgm } });
    const db = drizzlePglite(client, { schema }) as unknown as Db;
    await migratePglite(drizzlePglite(client), { migrationsFolder });
    return {
      db,
      kind: 'pglite',
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/** How many migrations are applied, and the newest one's name. */
export async function migrationStatus(db: Db): Promise<{ applied: number; latest: string | null }> {
  const rows = await db.execute<{ n: number | string }>(sql`select count(*) as n from drizzle.__drizzle_migrations`);
  const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { tag: string }[];
  };
  const applied = Number(rowsOf<{ n: number | string }>(rows)[0]?.n ?? 0);
  return { applied, latest: journal.entries[applied - 1]?.tag ?? null };
}

/** postgres.js returns an array of rows; PGlite returns `{ rows }`. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) {
    return result as T[];
  }
  return (result as { rows: T[] }).rows;
}
