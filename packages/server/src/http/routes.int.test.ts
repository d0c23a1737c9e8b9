import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portalAgentFor, registerTestPatient } from '../../test/portal-helpers.js';
import { createTestApp, staffRoleNames, type Agent, type TestApp } from '../../test/test-app.js';
import { databaseKinds } from '../../test/databases.js';

const fillParams = (url: string): string => url.replace(/:[a-zA-Z]+/g, randomUUID()).replace('*', 'x');

/**
 * The route × role matrix: every route must declare who may call it, and every role gets
 * exactly that: 401 without a session, 403 for a role not listed, something else for one listed.
 */
describe.each(databaseKinds)('route × role matrix on %s', (kind) => {
  let t: TestApp;
  const agents = {} as Record<(typeof staffRoleNames)[number] | 'patient', Agent>;
  const roles = [...staffRoleNames, 'patient'] as const;

  beforeAll(async () => {
    t = await createTestApp(kind);
    for (const role of staffRoleNames) {
      agents[role] = await t.as(role);
    }
    const patientId = await registerTestPatient(agents.front_desk, 'Matrix', 'Patient');
    agents.patient = await portalAgentFor(t, agents.front_desk, patientId, 'matrix.patient');
  });
  afterAll(async () => t.close());

  it('knows every route and each declares its access', () => {
    expect(t.routes.length).toBeGreaterThan(10);
    for (const route of t.routes) {
      expect(route.access, `${route.method} ${route.url}`).toBeDefined();
    }
  });

  it('refuses undeclared routes at start-up', async () => {
    const { default: Fastify } = await import('fastify');
    const { collectRouteAccess } = await import('./access.js');
    const app = Fastify();
    collectRouteAccess(app);
    expect(() => app.get('/api/undeclared', () => 'x')).toThrow(/does not declare who may call it/);
    await app.close();
  });

  it('gives each role exactly the routes it declares', async () => {
    const matrix: string[] = [];
    const served = (url: string): boolean =>
      (url.startsWith('/api/') && !url.startsWith('/api/docs')) || url.startsWith('/fhir/');
    for (const route of t.routes.filter((r) => served(r.url))) {
      if (route.url === '/api/auth/sign-out') {
        continue; // would end the agent's session for the rest of the matrix; covered in auth tests
      }
      const url = fillParams(route.url);
      const anonymous = await t.app.inject({ method: route.method as never, url });
      if (route.access === 'public') {
        expect(anonymous.statusCode, `anonymous ${route.method} ${route.url}`).not.toBe(401);
      } else {
        expect(anonymous.statusCode, `anonymous ${route.method} ${route.url}`).toBe(401);
      }
      for (const role of roles) {
        const allowed = route.access === 'public' || route.access === 'signed-in' || route.access.includes(role);
        if (allowed && route.url === '/api/sessions/board/events') {
          continue; // an open event stream never ends; covered in session-stream.int.test.ts
        }
        const response = await agents[role].request({ method: route.method, url });
        matrix.push(`${route.method} ${route.url} ${role} ${response.statusCode}`);
        if (allowed) {
          expect([401, 403], `${role} ${route.method} ${route.url}: ${response.body}`).not.toContain(
            response.statusCode,
          );
        } else {
          expect(response.statusCode, `${role} ${route.method} ${route.url}`).toBe(403);
          // The FHIR API answers in FHIR: an OperationOutcome instead of problem+json.
          expect(response.headers['content-type']).toContain(
            route.url.startsWith('/fhir/') ? 'application/fhir+json' : 'application/problem+json',
          );
        }
      }
    }
    expect(matrix.length).toBeGreaterThan(40);
  });

  it('lets the patient role call only portal and auth routes (and public ones)', () => {
    const forPatient = t.routes.filter(
      (r) =>
        r.url.startsWith('/api/') &&
        r.access !== 'public' &&
        (r.access === 'signed-in' || r.access.includes('patient')),
    );
    expect(forPatient.length).toBeGreaterThan(2);
    for (const route of forPatient) {
      expect(route.url, `${route.method} ${route.url}`).toMatch(/^\/api\/(portal|auth|consent-forms)\//);
    }
  });
  it('keeps treatment session records (and the patient session list) to physicians and nurses', () => {
    const sessions = t.routes.filter(
      (r) => r.url.startsWith('/api/sessions') || r.url === '/api/patients/:id/sessions',
    );
    expect(sessions.map((r) => `${r.method} ${r.url}`)).toEqual(
      expect.arrayContaining(['GET /api/patients/:id/sessions', 'GET /api/sessions/:id/rems-form']),
    );
    for (const route of sessions) {
      expect(route.access, `${route.method} ${route.url}`).toEqual(['physician', 'nurse']);
    }
  });
  it('keeps the controlled-substance ledger from the front desk and patients; only physicians and nurses write to it', () => {
    const ledger = t.routes.filter((r) => r.url.startsWith('/api/ledger'));
    expect(ledger.length).toBeGreaterThan(15);
    for (const route of ledger) {
      expect(Array.isArray(route.access), `${route.method} ${route.url}`).toBe(true);
      expect(route.access, `${route.method} ${route.url}`).not.toContain('front_desk');
      expect(route.access, `${route.method} ${route.url}`).not.toContain('patient');
      if (route.method === 'POST' && !route.url.startsWith('/api/ledger/discrepancies')) {
        expect(route.access, `${route.method} ${route.url}`).toEqual(['physician', 'nurse']);
      }
    }
  });
});
