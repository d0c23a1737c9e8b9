import { InvalidInputError, InvalidTransitionError, NotFoundError, clinicalRoles } from '@chairside/domain';
import { requireRole } from '../context.js';
import type { AppDeps, RequestContext, TaskRecord } from '../ports.js';

/**
 * Closes a task with a note saying what was done (e.g. "structured risk assessment done,
 * safety plan reviewed"). Clinical tasks are closed by clinicians; the note is required.
 */
export async function completeTask(
  deps: AppDeps,
  ctx: RequestContext,
  input: { readonly taskId: string; readonly note: string },
): Promise<TaskRecord> {
  const actor = requireRole(ctx, clinicalRoles);
  const note = input.note.trim();
  if (note.length === 0) {
    throw InvalidInputError.forField('note', 'Say what was done before closing the task');
  }
  return deps.tx.run(async (s) => {
    const task = await s.tasks.findById(input.taskId);
    if (!task) {
      throw new NotFoundError('No task with this id');
    }
    const at = deps.clock.now().toISOString();
    if (!(await s.tasks.complete(task.id, { userId: actor.userId, username: actor.username }, at, note))) {
      throw new InvalidTransitionError(`This task was already completed by ${task.completedByUsername ?? 'someone'}`);
    }
    await s.audit.append(ctx, {
      action: 'task.complete',
      recordType: 'task',
      recordId: task.id,
      patientId: task.patientId,
      changes: { note },
    });
    return {
      ...task,
      status: 'done',
      completedAt: at,
      completedByUserId: actor.userId,
      completedByUsername: actor.username,
      completionNote: note,
    };
  });
}
