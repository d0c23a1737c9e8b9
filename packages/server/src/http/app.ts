import { randomUUID } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import { collectRouteAccess, registerAccessControl, type RouteAccess } from './access.js';
import type { HttpDeps } from './deps.js';
import { problemOf, sendProblem, toProblem } from './problem.js';
import { auditRoutes } from './routes/audit.js';
import { dosingRoutes } from './routes/dosing.js';
import { authRoutes } from './routes/auth.js';
import { healthRoutes } from './routes/health.js';
import { ledgerRoutes } from './routes/ledger.js';
import { ledgerReportRoutes } from './routes/ledger-reports.js';
import { monitorRoutes } from './routes/monitors.js';
import { patientRoutes } from './routes/patients.js';
import { protocolRoutes } from './routes/protocols.js';
import { consentRoutes } from './routes/consent.js';
import { intakeRoutes } from './routes/intake.js';
import { screeningRoutes } from './routes/screening.js';
import { portalRoutes } from './routes/portal.js';
import { questionnaireRoutes } from './routes/questionnaires.js';
import { taskRoutes } from './routes/tasks.js';
import { dashboardRoutes } from './routes/dashboard.js';
import { carePlanRoutes } from './routes/care-plan.js';
import { doseResponseRoutes } from './routes/dose-response.js';
import { userRoutes } from './routes/users.js';
import { courseRoutes } from './routes/courses.js';
import { schedulingRoutes } from './routes/scheduling.js';
import { fhirRoutes } from './routes/fhir.js';
import { importRoutes } from './routes/imports.js';
import { letterRoutes } from './routes/letters.js';
import { exportRoutes } from './routes/exports.js';
import { sessionDocumentRoutes } from './routes/session-documents.js';
import { sessionRoutes } from './routes/sessions.js';
import { sessionStreamRoutes } from './routes/session-stream.js';

export interface BuiltApp {
  readonly app: FastifyInstance;
  /** Every route with the roles it declared: the route × role matrix is tested against this. */
  readonly routes: readonly RouteAccess[];
}

/** Builds the HTTP application without listening, so tests can call it with inject(). */
export async function buildApp(deps: HttpDeps): Promise<BuiltApp> {
  const app = Fastify({
    logger: deps.logLevel === 'silent' ? false : { level: deps.logLevel },
    genReqId: () => randomUUID(),
    trustProxy: deps.trustProxy,
    bodyLimit: 1_048_576,
    ajv: { customOptions: { removeAdditional: false, allErrors: true, coerceTypes: 'array', useDefaults: true } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  const routes = collectRouteAccess(app);
  app.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
    if (!reply.hasHeader('cache-control')) {
      void reply.header('cache-control', 'no-store');
    }
    void reply.header('x-content-type-options', 'nosniff');
    void reply.header('referrer-policy', 'no-referrer');
  });
  app.setErrorHandler((error, request, reply) => sendProblem(reply, request, toProblem(error, request)));

  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Chairside API',
        version: deps.version,
        description: 'Errors are RFC 9457 problem+json with a stable `code`.',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'chairside_session' } } },
      security: [{ session: [] }],
    },
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, () => app.swagger());

  registerAccessControl(app, deps.app);
  for (const plugin of [
    healthRoutes,
    authRoutes,
    userRoutes,
    patientRoutes,
    auditRoutes,
    schedulingRoutes,
    courseRoutes,
    protocolRoutes,
    dosingRoutes,
    monitorRoutes,
    intakeRoutes,
    screeningRoutes,
    consentRoutes,
    questionnaireRoutes,
    taskRoutes,
    dashboardRoutes,
    carePlanRoutes,
    doseResponseRoutes,
    portalRoutes,
    ledgerRoutes,
    ledgerReportRoutes,
    fhirRoutes,
    importRoutes,
    letterRoutes,
    exportRoutes,
    sessionDocumentRoutes,
    sessionRoutes,
    sessionStreamRoutes,
  ]) {
    await app.register(plugin, { deps });
  }
  await registerWeb(app, deps.webDir);
  return { app, routes };
}

/** Serves the built UI; any other non-API path gets index.html so client-side routes survive a reload. */
async function registerWeb(app: FastifyInstance, webDir: string | null): Promise<void> {
  const root = webDir !== null && existsSync(join(webDir, 'index.html')) ? resolve(webDir) : null;
  app.setNotFoundHandler((request, reply) =>
    sendProblem(
      reply,
      request,
      problemOf('ROUTE_NOT_FOUND', `${request.method} ${request.url.split('?')[0] ?? ''} does not exist`),
    ),
  );
  if (root === null) {
    return;
  }
  await app.register(fastifyStatic, { root, serve: false });
  app.get('/*', { config: { access: 'public' }, schema: { hide: true } }, (request, reply) => {
    const path = decodeURIComponent(request.url.split('?')[0] ?? '/');
    if (path.startsWith('/api/') || path.startsWith('/fhir/')) {
      return sendProblem(reply, request, problemOf('ROUTE_NOT_FOUND', `GET ${path} does not exist`));
    }
    const file = resolve(root, `.${path}`);
    const isAsset = file.startsWith(`${root}/`) && existsSync(file) && statSync(file).isFile();
    // Hashed assets never change; index.html must always be fresh.
    return isAsset
      ? reply.header('cache-control', 'public, max-age=31536000, immutable').sendFile(file.slice(root.length + 1))
      : reply.type('text/html').sendFile('index.html');
  });
}
