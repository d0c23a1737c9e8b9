import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { openDatabase, type Database, type DatabaseKind } from '../src/db/connect.js';
import { seedProtocolLibrary } from '../src/db/seed-protocols.js';
import { urlForDatabase, withAdmin } from './postgres-admin.js';
import './provided-context.js';

/** Every integration suite runs once per database kind: same schema, same code, both engines. */
export const databaseKinds: readonly DatabaseKind[] = ['pglite', 'postgresql'];

export interface TestDatabase extends Database {
  /** A superuser connection string (PostgreSQL) or null (PGlite), for tamper tests. */
  readonly url: string | null;
}

/** A fresh, migrated database of the given kind, private to the calling test file. */
export async function openTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const pglite = await openDatabase({ kind: 'pglite', dataDir: null });
    await seedProtocolLibrary(pglite.db);
    return { ...pglite, url: null };
  }
  const name = `chairside_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdmin((sql) => sql.unsafe(`create database ${name} template ${inject('pgTemplate')}`));
  const url = urlForDatabase(name);
  const db = await openDatabase({ kind: 'postgresql', url, maxConnections: 5 });
  await seedProtocolLibrary(db.db);
  return {
    ...db,
    url,
    close: async () => {
      await db.close();
      await withAdmin((sql) => sql.unsafe(`drop database if exists ${name} with (force)`));
    },
  };
}
