import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { ExportJobView, IdParams } from '@chairside/contract';
import { Role } from '@chairside/domain';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { ExportJobRecord } from '../../app/continuity-ports.js';
import { finishedExport, listExports, startExport } from '../../app/exports/exports.js';
import { myRecord } from '../../app/portal/portal-record.js';
import { runExport } from '../../export/export-runner.js';
import { collectionBundle } from '../../fhir/bundle.js';
import { everythingResources } from '../../fhir/resources.js';
import type { HttpDeps } from '../deps.js';

const tags = ['export'];
const adminOnly = { access: [Role.Admin] };

const jobView = (j: ExportJobRecord) => ({
  id: j.id,
  status: j.status,
  stage: j.stage,
  done: j.done,
  total: j.total,
  fileName: j.fileName,
  bytes: j.bytes,
  counts: j.counts ? { ...j.counts } : null,
  error: j.error,
  requestedByUsername: j.requestedByUsername,
  createdAt: j.createdAt,
  finishedAt: j.finishedAt,
});

export const exportRoutes: FastifyPluginAsyncTypebox<{ deps: HttpDeps }> = async (app, { deps }) => {
  // Exports still running when the app closes are awaited, so none writes to a closed database.
  const running = new Set<Promise<void>>();
  app.addHook('onClose', async () => {
    await Promise.allSettled(running);
  });

  app.post(
    '/api/exports',
    {
      config: adminOnly,
      schema: {
        tags,
        summary: 'Start a full export (FHIR NDJSON and CSV, zipped); it runs in the background',
        response: { 202: ExportJobView },
      },
    },
    async (request, reply) => {
      const job = await startExport(deps.app, request.ctx);
      // Not awaited: the export runs in batches beside the clinic's requests; its progress is on the job.
      const run = runExport({ deps: deps.app, ctx: request.ctx, exportDir: deps.exportDir, jobId: job.id })
        .catch((error: unknown) => {
          request.log.error({ err: error, exportId: job.id }, 'export could not record its outcome');
        })
        .finally(() => running.delete(run));
      running.add(run);
      return reply.status(202).send(jobView(job));
    },
  );

  app.get(
    '/api/exports',
    {
      config: adminOnly,
      schema: { tags, summary: 'Recent exports with their progress', response: { 200: Type.Array(ExportJobView) } },
    },
    async (request) => (await listExports(deps.app, request.ctx)).map(jobView),
  );

  app.get(
    '/api/exports/:id/download',
    { config: adminOnly, schema: { tags, summary: 'Download a finished export (zip)', params: IdParams } },
    async (request, reply) => {
      const job = await finishedExport(deps.app, request.ctx, request.params.id);
      return reply
        .type('application/zip')
        .header('content-disposition', `attachment; filename="${job.fileName ?? 'chairside-export.zip'}"`)
        .send(createReadStream(join(deps.exportDir, `${job.id}.zip`)));
    },
  );

  app.get(
    '/api/portal/record',
    {
      config: { access: [Role.Patient] },
      schema: { tags: ['portal'], summary: 'My whole record as a FHIR R4 Bundle (JSON download)' },
    },
    async (request, reply) => {
      const record = await myRecord(deps.app, request.ctx);
      const now = deps.app.clock.now().toISOString();
      const base = `${request.protocol}://${request.host}/fhir/R4`;
      const bundle = collectionBundle(base, `record-${record.patient.id}`, now, everythingResources(record));
      return reply
        .type('application/fhir+json')
        .header('content-disposition', `attachment; filename="my-record-${now.slice(0, 10)}.json"`)
        .send(JSON.stringify(bundle, null, 2));
    },
  );
};
