import type { AppDeps, RequestContext, Stores, TaskRecord } from '../ports.js';

export type NewTask = Pick<
  TaskRecord,
  'type' | 'priority' | 'patientId' | 'title' | 'detail' | 'assignedRole' | 'sourceType' | 'sourceId'
>;

/** Opens a task for a role and audits it with `changes`, in the caller's transaction. */
export async function raiseTask(
  s: Stores,
  deps: AppDeps,
  ctx: RequestContext,
  task: NewTask,
  changes: Record<string, unknown>,
): Promise<string> {
  const record: TaskRecord = {
    ...task,
    id: deps.ids.uuid(),
    assignedUserId: null,
    status: 'open',
    createdAt: deps.clock.now().toISOString(),
    completedAt: null,
    completedByUserId: null,
    completedByUsername: null,
    completionNote: null,
  };
  await s.tasks.insert(record);
  await s.audit.append(ctx, {
    action: 'task.raise',
    recordType: 'task',
    recordId: record.id,
    patientId: record.patientId,
    changes,
  });
  return record.id;
}
