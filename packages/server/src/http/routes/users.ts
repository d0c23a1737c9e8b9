import { CreateUserBody, IdParams, ResetPasswordBody, UpdateUserBody, UserSummary } from '@chairside/contract';
import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { createUser } from '../../app/users/create-user.js';
import { listUsers } from '../../app/users/list-users.js';
import { resetPassword } from '../../app/users/reset-password.js';
import { updateUser } from '../../app/users/update-user.js';
import type { HttpDeps } from '../deps.js';

const tags = ['users'];
const adminOnly = { access: ['admin'] as const };

export const userRoutes: FastifyPluginAsyncTypebox<{ deps: HttpDeps }> = async (app, { deps }) => {
  app.get(
    '/api/users',
    { config: adminOnly, schema: { tags, summary: 'All user accounts', response: { 200: Type.Array(UserSummary) } } },
    (request) => listUsers(deps.app, request.ctx),
  );

  app.post(
    '/api/users',
    {
      config: adminOnly,
      schema: {
        tags,
        summary: 'Create a user (must change the password at first sign-in)',
        body: CreateUserBody,
        response: { 201: UserSummary },
      },
    },
    async (request, reply) => reply.status(201).send(await createUser(deps.app, request.ctx, request.body)),
  );

  app.patch(
    '/api/users/:id',
    {
      config: adminOnly,
      schema: {
        tags,
        summary: 'Change role, name, director flag, or deactivate',
        params: IdParams,
        body: UpdateUserBody,
        response: { 200: UserSummary },
      },
    },
    (request) => updateUser(deps.app, request.ctx, request.params.id, request.body),
  );

  app.post(
    '/api/users/:id/password-reset',
    {
      config: adminOnly,
      schema: {
        tags,
        summary: 'Set a temporary password; unlocks the account',
        params: IdParams,
        body: ResetPasswordBody,
      },
    },
    async (request, reply) => {
      await resetPassword(deps.app, request.ctx, request.params.id, request.body);
      return reply.status(204).send();
    },
  );
};
