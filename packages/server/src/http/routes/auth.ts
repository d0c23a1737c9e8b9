import { ChangePasswordBody, Me, SignInBody } from '@chairside/contract';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { changeOwnPassword } from '../../app/auth/change-password.js';
import { resolveSession } from '../../app/auth/resolve-session.js';
import { signIn } from '../../app/auth/sign-in.js';
import { signOut } from '../../app/auth/sign-out.js';
import { sessionCookie } from '../access.js';
import type { HttpDeps } from '../deps.js';
import { problemOf, sendProblem } from '../problem.js';

const tags = ['auth'];

export const authRoutes: FastifyPluginAsyncTypebox<{ deps: HttpDeps }> = async (app, { deps }) => {
  const cookieOptions = {
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: deps.cookieSecure,
    path: '/',
  };

  app.post(
    '/api/auth/sign-in',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'Sign in; sets an HttpOnly session cookie', body: SignInBody, response: { 200: Me } },
    },
    async (request, reply) => {
      const signedIn = await signIn(deps.app, request.ctx, {
        ...request.body,
        userAgent: request.headers['user-agent'] ?? null,
      });
      void reply.setCookie(sessionCookie, signedIn.sessionToken, cookieOptions);
      return signedIn.me;
    },
  );

  app.post(
    '/api/auth/sign-out',
    { config: { access: 'signed-in' }, schema: { tags, summary: 'End this sign-in session' } },
    async (request, reply) => {
      if (request.sessionId) {
        await signOut(deps.app, request.ctx, request.sessionId);
      }
      void reply.clearCookie(sessionCookie, cookieOptions);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/auth/me',
    {
      config: { access: 'signed-in' },
      schema: { tags, summary: 'Who is signed in, and the CSRF token', response: { 200: Me } },
    },
    async (request, reply) => {
      const token = request.cookies[sessionCookie];
      const resolved = token ? await resolveSession(deps.app, token) : null;
      if (!resolved) {
        return sendProblem(reply, request, problemOf('UNAUTHENTICATED', 'Not signed in'));
      }
      return resolved.me;
    },
  );

  app.post(
    '/api/auth/password',
    {
      config: { access: 'signed-in' },
      schema: { tags, summary: 'Change your own password', body: ChangePasswordBody },
    },
    async (request, reply) => {
      await changeOwnPassword(deps.app, request.ctx, request.body);
      return reply.status(204).send();
    },
  );
};
