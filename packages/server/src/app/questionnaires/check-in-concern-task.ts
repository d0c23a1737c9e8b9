import { checkIn, type ScaleFlag } from '@chairside/domain';
import type { AppDeps, QuestionnaireResponseRecord, RequestContext, Stores } from '../ports.js';
import { raiseTask } from '../tasks/raise-task.js';

export const checkInConcernTaskType = 'check-in-concern';

/**
 * A worrying answer to the next-day check-in becomes a task for the care team (nurses), in the
 * same transaction as the response.
 */
export async function raiseCheckInConcernTask(
  s: Stores,
  deps: AppDeps,
  ctx: RequestContext,
  response: QuestionnaireResponseRecord,
  flags: readonly ScaleFlag[],
): Promise<string> {
  const worrying = checkIn.items
    .filter((item) => response.answers.some((a) => a.itemId === item.id && a.value === 2))
    .map((item) => `“${item.label}”: a lot`);
  return raiseTask(
    s,
    deps,
    ctx,
    {
      type: checkInConcernTaskType,
      priority: 'routine',
      patientId: response.patientId,
      title: 'Check-in after a session: worrying answer',
      detail: `${worrying.join('; ')}. ${flags[0]?.message.split('. ').slice(1).join('. ') ?? ''}`.trim(),
      assignedRole: 'nurse',
      sourceType: 'questionnaire_response',
      sourceId: response.id,
    },
    { type: checkInConcernTaskType, priority: 'routine', sourceId: response.id, rules: flags.map((f) => f.rule) },
  );
}
