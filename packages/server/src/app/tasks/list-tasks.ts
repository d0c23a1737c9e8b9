import { staffRoles } from '@chairside/domain';
import { requireRole } from '../context.js';
import type { AppDeps, RequestContext, TaskWithPatient } from '../ports.js';

/** The staff task list: urgent first. Reading it is audited (it names patients and their answers). */
export async function listTasks(
  deps: AppDeps,
  ctx: RequestContext,
  filter: { readonly status: 'open' | 'done' | 'all'; readonly limit: number },
): Promise<TaskWithPatient[]> {
  requireRole(ctx, staffRoles);
  return deps.tx.run(async (s) => {
    const items = await s.tasks.list(filter);
    await s.audit.append(ctx, {
      action: 'task.list',
      recordType: 'task',
      changes: { status: filter.status, count: items.length },
    });
    return items;
  });
}
