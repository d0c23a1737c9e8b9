import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Clock } from '@chairside/domain';
import type { AppDeps, AuthSettings } from './app/ports.js';
import { migrationStatus, type Database } from './db/connect.js';
import { drizzleTransactor } from './db/transactor.js';
import { createSessionFeedHub } from './app/sessions/feed-hub.js';
import type { HttpDeps } from './http/deps.js';
import { argon2Hasher } from './security/argon2-hasher.js';
import { cryptoTokens, randomIds, systemClock } from './security/tokens.js';

const here = dirname(fileURLToPath(import.meta.url));
export const packageVersion = (
  JSON.parse(readFileSync(join(here, '..', 'package.json'), 'utf8')) as { version: string }
).version;
/** The built UI, beside the server package in the repository. */
export const defaultWebDir = join(here, '..', '..', 'web', 'dist');

export interface ComposeOptions {
  readonly auth: AuthSettings;
  readonly clock?: Clock;
  readonly cookieSecure?: boolean;
  readonly trustProxy?: boolean;
  readonly webDir?: string | null;
  readonly logLevel?: string;
  readonly clinicPhone?: string | null;
  readonly clinicName?: string;
  readonly exportDir?: string;
}

/** Wires the concrete adapters to the ports: the one place that knows them all. */
export function composeApp(database: Database, options: ComposeOptions): AppDeps {
  const clock = options.clock ?? systemClock;
  const tx = drizzleTransactor(database.db, clock);
  return {
    tx,
    sessionFeed: createSessionFeedHub((work) => tx.run((s) => work(s.treatmentSessions))),
    clock,
    ids: randomIds,
    hasher: argon2Hasher,
    tokens: cryptoTokens,
    auth: options.auth,
  };
}

export function composeHttp(database: Database, app: AppDeps, options: ComposeOptions): HttpDeps {
  return {
    app,
    database: { kind: database.kind, migrationStatus: () => migrationStatus(database.db) },
    version: packageVersion,
    cookieSecure: options.cookieSecure ?? false,
    trustProxy: options.trustProxy ?? false,
    webDir: options.webDir === undefined ? defaultWebDir : options.webDir,
    logLevel: options.logLevel ?? 'silent',
    clinicPhone: options.clinicPhone ?? null,
    clinicName: options.clinicName ?? 'Chairside Clinic',
    exportDir: options.exportDir ?? join(tmpdir(), 'chairside-exports'),
  };
}
