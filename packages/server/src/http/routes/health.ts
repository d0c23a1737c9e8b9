import { Health } from '@chairside/contract';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { HttpDeps } from '../deps.js';

export const healthRoutes: FastifyPluginAsyncTypebox<{ deps: HttpDeps }> = async (app, { deps }) => {
  app.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: { tags: ['system'], summary: 'Liveness, database kind and migration version', response: { 200: Health } },
    },
    async () => ({
      status: 'ok' as const,
      database: deps.database.kind,
      migration: await deps.database.migrationStatus(),
      version: deps.version,
    }),
  );
};
