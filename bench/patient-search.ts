// Patient search with 100,000 generated patients, through the HTTP API, on PGlite and on
// PostgreSQL. Target: p95 under 50 ms. Usage: tsx bench/patient-search.ts [pglite|postgresql]
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { formatMrn } from '@chairside/domain';
import { composeApp, composeHttp } from '../packages/server/src/compose.js';
import { openDatabase, type Database } from '../packages/server/src/db/connect.js';
import { searchTextOf } from '../packages/server/src/db/stores/patient-store.js';
import { buildApp } from '../packages/server/src/http/app.js';
import { createUser } from '../packages/server/src/app/users/create-user.js';
import { percentile } from './support.js';

const total = 100_000;
const given = [
  'James',
  'Mary',
  'Robert',
  'Patricia',
  'John',
  'Jennifer',
  'Michael',
  'Linda',
  'David',
  'Elizabeth',
  'William',
  'Barbara',
  'Richard',
  'Susan',
  'Joseph',
  'Jessica',
  'Thomas',
  'Sarah',
  'Aisha',
  'Wei',
  'Mateo',
  'Priya',
  'Kwame',
  'Yuki',
  'Olga',
  'Fatima',
  'Liam',
  'Noah',
  'Emma',
  'Sofia',
];
const family = [
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'Garcia',
  'Miller',
  'Davis',
  'Rodriguez',
  'Martinez',
  'Hernandez',
  'Lopez',
  'Gonzalez',
  'Wilson',
  'Anderson',
  'Thomas',
  'Taylor',
  'Moore',
  'Jackson',
  'Martin',
  'Lee',
  'Perez',
  'Thompson',
  'White',
  'Harris',
  'Sanchez',
  'Clark',
  'Ramirez',
  'Lewis',
  'Robinson',
  'Okafor',
  'Nakamura',
  'Kowalski',
  'Haddad',
  'Mensah',
  'Bergstrom',
  'Iyer',
  'Rossi',
  'Tanaka',
  'Fernandez',
];

// A deterministic generator (mulberry32): the same data set every run.
let seed = 42;
const next = (n: number): number => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4_294_967_296) * n);
};

async function generate(database: Database): Promise<void> {
  const now = new Date().toISOString();
  for (let start = 0; start < total; start += 2000) {
    const rows = [];
    for (let i = start; i < Math.min(total, start + 2000); i += 1) {
      const g = `${given[next(given.length)] ?? 'A'}${next(3) === 0 ? String.fromCharCode(97 + next(26)) : ''}`;
      const f = `${family[next(family.length)] ?? 'B'}${next(4) === 0 ? `-${family[next(family.length)] ?? ''}` : ''}`;
      const dob = `${1940 + next(65)}-${String(1 + next(12)).padStart(2, '0')}-${String(1 + next(28)).padStart(2, '0')}`;
      rows.push(
        sql`(gen_random_uuid(), ${formatMrn(i + 1000)}, ${g}, ${f}, ${dob}, 'female', ${searchTextOf({ legalGivenName: g, legalFamilyName: f })}, '[]'::jsonb, ${now}, ${now})`,
      );
    }
    await database.db.execute(
      sql`insert into patients (id, mrn, legal_given_name, legal_family_name, date_of_birth, sex_at_birth, search_text, care_team, created_at, updated_at) values ${sql.join(rows, sql`, `)}`,
    );
  }
  await database.db.execute(sql`analyze patients`);
}

async function openTarget(kind: string): Promise<Database> {
  if (kind === 'postgresql') {
    const adminUrl = process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
    const admin = postgres(adminUrl, { max: 1, onnotice: () => undefined });
    await admin.unsafe('drop database if exists chairside_bench with (force)');
    await admin.unsafe('create database chairside_bench');
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = '/chairside_bench';
    return openDatabase({ kind: 'postgresql', url: url.toString() });
  }
  return openDatabase({ kind: 'pglite', dataDir: null });
}

const kind = process.argv[2] ?? 'pglite';
const database = await openTarget(kind);
const t0 = performance.now();
await generate(database);
console.log(`${kind}: generated ${total} patients in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

const options = {
  auth: { idleTimeoutMinutes: 60, absoluteTimeoutHours: 12, maxFailedSignIns: 5, lockoutMinutes: 15 },
  webDir: null,
};
const deps = composeApp(database, options);
await createUser(
  deps,
  { actor: null, requestId: 'bench', clientAddress: null },
  {
    username: 'bench',
    displayName: 'Bench',
    role: 'front_desk',
    password: 'search-timing-secret',
    mustChangePassword: false,
  },
);
const { app } = await buildApp(composeHttp(database, deps, options));
const address = await app.listen({ host: '127.0.0.1', port: 0 });
const signIn = await fetch(`${address}/api/auth/sign-in`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ username: 'bench', password: 'search-timing-secret' }),
});
const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

// What the desk types: partial names of any length and case, full names, dates of birth, MRNs.
const queries = [
  'smi',
  'SMITH',
  'jo',
  'jen mar',
  'okafor',
  'garc',
  'nakam',
  'lee',
  'williams rob',
  'ai',
  '1975-03-14',
  '03/14/1975',
  'cs-00420',
  'CS-0050000',
  'rodriguez-',
  'zz',
  'thomas thomas',
  'sofia r',
  'ham',
  'kowal',
];
const times: number[] = [];
const byQuery = new Map<string, number[]>();
for (let round = 0; round < 15; round += 1) {
  for (const q of queries) {
    const started = performance.now();
    const response = await fetch(`${address}/api/patients?q=${encodeURIComponent(q)}&limit=25`, {
      headers: { cookie },
    });
    await response.json();
    if (!response.ok) {
      throw new Error(`search failed: ${response.status}`);
    }
    const elapsed = performance.now() - started;
    times.push(elapsed);
    byQuery.set(q, [...(byQuery.get(q) ?? []), elapsed]);
  }
}
const slowest = [...byQuery]
  .map(([q, t]) => `${q} ${percentile(t, 50).toFixed(0)}`)
  .sort((a, b) => Number(b.split(' ').at(-1)) - Number(a.split(' ').at(-1)));
console.log(`${kind}: median ms per query, slowest first: ${slowest.slice(0, 6).join(' | ')}`);
console.log(
  `${kind}: ${times.length} searches over ${total} patients: p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`,
);
await app.close();
await database.close();
