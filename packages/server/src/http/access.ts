import type { Role } from '@chairside/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { resolveSession } from '../app/auth/resolve-session.js';
import type { AppDeps, RequestContext } from '../app/ports.js';
import { problemOf, sendProblem } from './problem.js';

/**
 * Who may call a route: `public` (anyone), `signed-in` (any role, including a user who must
 * change their password), or a list of roles. Every route declares one; an undeclared
 * route fails at start-up.
 */
export type Access = 'public' | 'signed-in' | readonly Role[];

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    ctx: RequestContext;
    sessionId: string | null;
    csrfToken: string | null;
  }
}

export const sessionCookie = 'chairside_session';
const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface RouteAccess {
  readonly method: string;
  readonly url: string;
  readonly access: Access;
}

/** Routes registered by documentation plugins: public, they carry no patient data. */
const isDocsRoute = (url: string): boolean => url.startsWith('/api/docs');

/** Records every route's declared access and refuses to start with an undeclared one. */
export function collectRouteAccess(app: FastifyInstance): RouteAccess[] {
  const routes: RouteAccess[] = [];
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const declared = route.config?.access ?? (isDocsRoute(route.url) ? 'public' : undefined);
    if (declared === undefined) {
      throw new Error(`Route ${methods.join(',')} ${route.url} does not declare who may call it (config.access)`);
    }
    for (const method of methods) {
      if (method !== 'HEAD') {
        routes.push({ method, url: route.url, access: declared });
      }
    }
  });
  return routes;
}

function contextOf(request: FastifyRequest): RequestContext {
  return { actor: null, requestId: request.id, clientAddress: request.ip };
}

/** Resolves the session cookie, then enforces the route's access rule and the CSRF token. */
export function registerAccessControl(app: FastifyInstance, deps: AppDeps): void {
  app.decorateRequest('ctx', null as unknown as RequestContext);
  app.decorateRequest('sessionId', null);
  app.decorateRequest('csrfToken', null);

  app.addHook('onRequest', async (request, reply) => {
    request.ctx = contextOf(request);
    const access = request.routeOptions.config.access ?? (isDocsRoute(request.url) ? 'public' : undefined);
    if (access === undefined) {
      return; // 404s: the not-found handler answers
    }
    const token = request.cookies[sessionCookie];
    const resolved = token ? await resolveSession(deps, token) : null;
    if (resolved) {
      request.ctx = { ...request.ctx, actor: resolved.actor };
      request.sessionId = resolved.session.id;
      request.csrfToken = resolved.session.csrfToken;
    }
    if (access === 'public') {
      return;
    }
    if (!resolved) {
      return sendProblem(
        reply,
        request,
        problemOf('UNAUTHENTICATED', 'Your session has ended or you are not signed in. Sign in again.'),
      );
    }
    if (unsafeMethods.has(request.method) && request.headers['x-csrf-token'] !== resolved.session.csrfToken) {
      return sendProblem(
        reply,
        request,
        problemOf('CSRF_TOKEN_INVALID', 'Send the x-csrf-token header from /api/auth/me.'),
      );
    }
    if (access !== 'signed-in') {
      if (resolved.me.mustChangePassword) {
        return sendProblem(reply, request, problemOf('FORBIDDEN', 'Change your password before you continue.'));
      }
      if (!access.includes(resolved.actor.role)) {
        return sendProblem(
          reply,
          request,
          problemOf('FORBIDDEN', `This needs one of the roles: ${access.join(', ')}.`),
        );
      }
    }
  });
}
