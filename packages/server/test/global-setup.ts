import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/db/connect.js';
import { urlForDatabase, withAdmin } from './postgres-admin.js';
import './provided-context.js';

/**
 * Builds one migrated PostgreSQL template per run; each test file clones it (fast) into a
 * database of its own. A tier that cannot run fails here with one line; it is never skipped.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const template = `chairside_tpl_${process.pid}`;
  try {
    await withAdmin(async (sql) => {
      await sql.unsafe(`drop database if exists ${template}`);
      await sql.unsafe(`create database ${template}`);
    });
  } catch (error) {
    throw new Error(
      `PostgreSQL test tier: cannot reach ${process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432'} (${String(error)}). Start PostgreSQL or set TEST_DATABASE_URL.`,
      { cause: error },
    );
  }
  const db = await openDatabase({ kind: 'postgresql', url: urlForDatabase(template), maxConnections: 1 });
  await db.close();
  project.provide('pgTemplate', template);
  return async () => {
    await withAdmin(async (sql) => {
      const clones = await sql<
        { datname: string }[]
      >`select datname from pg_database where datname like ${`chairside_t_${process.pid}_%`}`;
      for (const { datname } of clones) {
        await sql.unsafe(`drop database if exists ${datname} with (force)`);
      }
      await sql.unsafe(`drop database if exists ${template} with (force)`);
    });
  };
}
