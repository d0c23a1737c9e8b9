import postgres from 'postgres';

/** Where the PostgreSQL test tier connects: TEST_DATABASE_URL, or the local server the test command starts. */
export function postgresAdminUrl(): string {
  return process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

export function urlForDatabase(name: string): string {
  const url = new URL(postgresAdminUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

export async function withAdmin<T>(work: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(postgresAdminUrl(), { max: 1, onnotice: () => undefined, connect_timeout: 5 });
  try {
    return await work(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}
