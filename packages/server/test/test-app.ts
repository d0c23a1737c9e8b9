import type { Clock } from '@chairside/domain';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { AppDeps, AuthSettings, RequestContext } from '../src/app/ports.js';
import { createUser } from '../src/app/users/create-user.js';
import { composeApp, composeHttp } from '../src/compose.js';
import type { DatabaseKind } from '../src/db/connect.js';
import { buildApp, type BuiltApp } from '../src/http/app.js';
import { openTestDatabase, type TestDatabase } from './databases.js';

export const testPassword = 'correct-horse-battery';
export const staffRoleNames = ['admin', 'physician', 'nurse', 'front_desk'] as const;

/** A clock the test moves by hand, for idle and absolute timeouts. */
export class ManualClock implements Clock {
  constructor(private current = new Date('2026-11-22T09:00:00.000Z')) {}
  now(): Date {
    return new Date(this.current);
  }
  advanceMinutes(minutes: number): void {
    this.current = new Date(this.current.getTime() + minutes * 60_000);
  }
}

export const testAuth: AuthSettings = {
  idleTimeoutMinutes: 15,
  absoluteTimeoutHours: 12,
  maxFailedSignIns: 5,
  lockoutMinutes: 15,
};

/** A signed-in HTTP client: carries the cookie and the CSRF token like the browser does. */
export interface Agent {
  readonly userId: string;
  readonly cookie: string;
  readonly csrf: string;
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
}

export interface TestApp extends BuiltApp {
  readonly db: TestDatabase;
  readonly deps: AppDeps;
  readonly clock: ManualClock;
  readonly users: Record<(typeof staffRoleNames)[number], string>;
  signIn(username: string, password?: string): Promise<Agent>;
  as(role: (typeof staffRoleNames)[number]): Promise<Agent>;
  close(): Promise<void>;
}

export const system: RequestContext = { actor: null, requestId: 'test', clientAddress: null };

export async function agentFor(app: FastifyInstance, username: string, password: string): Promise<Agent> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { username, password } });
  if (response.statusCode !== 200) {
    throw new Error(`sign-in as ${username} failed: ${response.statusCode} ${response.body}`);
  }
  const cookie = response.cookies.find((c) => c.name === 'chairside_session');
  const me = response.json<{ id: string; csrfToken: string }>();
  if (!cookie) {
    throw new Error('no session cookie');
  }
  const header = `chairside_session=${cookie.value}`;
  return {
    userId: me.id,
    cookie: header,
    csrf: me.csrfToken,
    request: (options) =>
      app.inject({ ...options, headers: { cookie: header, 'x-csrf-token': me.csrfToken, ...(options.headers ?? {}) } }),
  };
}

/** The whole server on a fresh database of the given kind, with one user per staff role. */
export async function createTestApp(
  kind: DatabaseKind,
  options: { auth?: AuthSettings; clinicPhone?: string } = {},
): Promise<TestApp> {
  const db = await openTestDatabase(kind);
  const clock = new ManualClock();
  const composeOptions = {
    auth: options.auth ?? testAuth,
    clock,
    webDir: null,
    logLevel: process.env['TEST_LOG_LEVEL'] ?? 'silent',
    clinicPhone: options.clinicPhone ?? null,
  };
  const deps = composeApp(db, composeOptions);
  const users = {} as Record<(typeof staffRoleNames)[number], string>;
  for (const role of staffRoleNames) {
    const user = await createUser(deps, system, {
      username: `test.${role}`,
      displayName: `Test ${role}`,
      role,
      medicalDirector: role === 'physician',
      password: testPassword,
      mustChangePassword: false,
    });
    users[role] = user.id;
  }
  const built = await buildApp(composeHttp(db, deps, composeOptions));
  return {
    ...built,
    db,
    deps,
    clock,
    users,
    signIn: (username, password = testPassword) => agentFor(built.app, username, password),
    as: (role) => agentFor(built.app, `test.${role}`, testPassword),
    close: async () => {
      await built.app.close();
      await db.close();
    },
  };
}
