/**
 * Configuration, read once from the environment: the only reader of process.env.
 * Every problem is listed at once, then the process exits; nothing switches on NODE_ENV.
 * `.env.example` documents every key.
 */
import { resolve } from 'node:path';

export interface Config {
  readonly host: string;
  readonly port: number;
  readonly database:
    { readonly kind: 'postgresql'; readonly url: string } | { readonly kind: 'pglite'; readonly dataDir: string };
  readonly adminPassword: string | null;
  readonly demo: boolean;
  readonly auth: {
    readonly idleTimeoutMinutes: number;
    readonly absoluteTimeoutHours: number;
    readonly maxFailedSignIns: number;
    readonly lockoutMinutes: number;
  };
  readonly cookieSecure: boolean;
  readonly trustProxy: boolean;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  readonly webDir: string | null;
  /**
   * Bedside-monitor HL7 MLLP listener; null = off (the default). The demo turns it on at port
   * 2575 unless CHAIRSIDE_MLLP_PORT says otherwise (`demoDefault`: a busy port is then skipped).
   */
  readonly mllp: {
    readonly host: string;
    readonly port: number;
    readonly maxFrameBytes: number;
    readonly demoDefault?: boolean;
  } | null;
  /** The clinic's phone, shown to patients with the crisis resources. */
  readonly clinicPhone: string | null;
  /** The clinic's name on printed documents. */
  readonly clinicName: string;
  /** Where full exports are written and kept for download. */
  readonly exportDir: string;
  /** How often active sessions are checked for missed checks and silent monitors. */
  readonly sessionTickSeconds: number;
}

type Env = Readonly<Record<string, string | undefined>>;

class Reader {
  readonly problems: string[] = [];
  constructor(private readonly env: Env) {}

  text(key: string, fallback: string): string {
    const value = this.env[key]?.trim();
    return value === undefined || value === '' ? fallback : value;
  }

  optional(key: string): string | null {
    const value = this.env[key]?.trim();
    return value === undefined || value === '' ? null : value;
  }

  integer(key: string, fallback: number, min: number, max: number): number {
    const raw = this.optional(key);
    if (raw === null) {
      return fallback;
    }
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      this.problems.push(`${key} must be a whole number from ${min} to ${max} (got "${raw}")`);
      return fallback;
    }
    return value;
  }

  boolean(key: string, fallback: boolean): boolean {
    const raw = this.optional(key)?.toLowerCase();
    if (raw === undefined) {
      return fallback;
    }
    if (['true', '1', 'yes'].includes(raw)) {
      return true;
    }
    if (['false', '0', 'no'].includes(raw)) {
      return false;
    }
    this.problems.push(`${key} must be true or false (got "${raw}")`);
    return fallback;
  }

  oneOf<T extends string>(key: string, fallback: T, allowed: readonly T[]): T {
    const raw = this.optional(key);
    if (raw === null) {
      return fallback;
    }
    if (!(allowed as readonly string[]).includes(raw)) {
      this.problems.push(`${key} must be one of ${allowed.join(', ')} (got "${raw}")`);
      return fallback;
    }
    return raw as T;
  }
}

export const DEMO_MLLP_PORT = 2575;

function mllpOf(read: Reader, demo: boolean, env: Env): Config['mllp'] {
  const demoDefault = demo && (env['CHAIRSIDE_MLLP_PORT'] ?? '').trim() === '';
  const port = read.integer('CHAIRSIDE_MLLP_PORT', demoDefault ? DEMO_MLLP_PORT : 0, 0, 65535);
  const host = read.text('CHAIRSIDE_MLLP_HOST', '127.0.0.1');
  const maxFrameBytes = read.integer('CHAIRSIDE_MLLP_MAX_FRAME_BYTES', 1_048_576, 1024, 16_777_216);
  return port === 0 ? null : { host, port, maxFrameBytes, ...(demoDefault ? { demoDefault } : {}) };
}

/** Parses configuration; returns the problems instead of throwing so they can all be shown. */
export function parseConfig(env: Env, cwd: string): { config: Config; problems: string[] } {
  const read = new Reader(env);
  const databaseUrl = read.optional('DATABASE_URL');
  if (databaseUrl !== null && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    read.problems.push('DATABASE_URL must start with postgres:// or postgresql://');
  }
  const adminPassword = read.optional('CHAIRSIDE_ADMIN_PASSWORD');
  if (adminPassword !== null && adminPassword.length < 12) {
    read.problems.push('CHAIRSIDE_ADMIN_PASSWORD must have at least 12 characters');
  }
  const webDir = read.optional('CHAIRSIDE_WEB_DIR');
  const demo = read.boolean('CHAIRSIDE_DEMO', true);
  const config: Config = {
    host: read.text('HOST', '127.0.0.1'),
    port: read.integer('PORT', 3000, 0, 65535),
    database:
      databaseUrl !== null
        ? { kind: 'postgresql', url: databaseUrl }
        : { kind: 'pglite', dataDir: resolve(cwd, read.text('CHAIRSIDE_DATA_DIR', './data')) },
    adminPassword,
    demo,
    auth: {
      idleTimeoutMinutes: read.integer('CHAIRSIDE_IDLE_TIMEOUT_MINUTES', 15, 1, 240),
      absoluteTimeoutHours: read.integer('CHAIRSIDE_SESSION_MAX_HOURS', 12, 1, 72),
      maxFailedSignIns: read.integer('CHAIRSIDE_MAX_FAILED_SIGN_INS', 5, 1, 100),
      lockoutMinutes: read.integer('CHAIRSIDE_LOCKOUT_MINUTES', 15, 1, 1440),
    },
    cookieSecure: read.boolean('CHAIRSIDE_COOKIE_SECURE', false),
    trustProxy: read.boolean('CHAIRSIDE_TRUST_PROXY', false),
    logLevel: read.oneOf('LOG_LEVEL', 'info', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const),
    webDir: webDir === null ? null : resolve(cwd, webDir),
    mllp: mllpOf(read, demo, env),
    // The demo clinic's phone is a fictional 555 number, so its printed sheets say whom to call.
    clinicPhone: read.optional('CHAIRSIDE_CLINIC_PHONE') ?? (demo ? '555-0100' : null),
    clinicName: read.text('CHAIRSIDE_CLINIC_NAME', 'Chairside Clinic'),
    exportDir: resolve(cwd, read.text('CHAIRSIDE_EXPORT_DIR', './exports')),
    sessionTickSeconds: read.integer('CHAIRSIDE_SESSION_TICK_SECONDS', 15, 5, 300),
  };
  return { config: Object.freeze(config), problems: read.problems };
}

/** Reads the process environment; prints every problem and exits when there are any. */
export function loadConfig(): Config {
  const { config, problems } = parseConfig(process.env, process.cwd());
  if (problems.length > 0) {
    process.stderr.write(
      `Chairside cannot start; fix the configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`,
    );
    process.exit(78); // EX_CONFIG
  }
  return config;
}
