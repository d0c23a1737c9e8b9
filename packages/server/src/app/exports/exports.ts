import { ConflictError, NotFoundError, Role } from '@chairside/domain';
import { requireRole } from '../context.js';
import type { ExportJobRecord } from '../continuity-ports.js';
import type { AppDeps, RequestContext } from '../ports.js';

/** Starts a full export (administrators); one runs at a time. The caller runs the job in the background. */
export async function startExport(deps: AppDeps, ctx: RequestContext): Promise<ExportJobRecord> {
  const actor = requireRole(ctx, [Role.Admin]);
  return deps.tx.run(async (s) => {
    const running = (await s.exportJobs.list(5)).find((j) => j.status === 'queued' || j.status === 'running');
    if (running) {
      throw new ConflictError(`An export started at ${running.createdAt} is still running`);
    }
    const at = deps.clock.now().toISOString();
    const job: ExportJobRecord = {
      id: deps.ids.uuid(),
      requestedByUserId: actor.userId,
      requestedByUsername: actor.username,
      status: 'queued',
      stage: 'queued',
      done: 0,
      total: 0,
      fileName: null,
      bytes: null,
      counts: null,
      error: null,
      createdAt: at,
      updatedAt: at,
      finishedAt: null,
    };
    await s.exportJobs.insert(job);
    await s.audit.append(ctx, { action: 'export.start', recordType: 'export', recordId: job.id });
    return job;
  });
}

export async function listExports(deps: AppDeps, ctx: RequestContext): Promise<ExportJobRecord[]> {
  requireRole(ctx, [Role.Admin]);
  return deps.tx.run((s) => s.exportJobs.list(20));
}

/** A finished export, for download (the download is audited). */
export async function finishedExport(deps: AppDeps, ctx: RequestContext, id: string): Promise<ExportJobRecord> {
  requireRole(ctx, [Role.Admin]);
  return deps.tx.run(async (s) => {
    const job = await s.exportJobs.find(id);
    if (!job) {
      throw new NotFoundError('No export with this id');
    }
    if (job.status !== 'done') {
      throw new ConflictError(`The export is ${job.status}; download it when it is done`);
    }
    await s.audit.append(ctx, {
      action: 'export.download',
      recordType: 'export',
      recordId: id,
      changes: { bytes: job.bytes },
    });
    return job;
  });
}
