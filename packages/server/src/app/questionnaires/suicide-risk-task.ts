import { phq9, type ScaleFlag } from '@chairside/domain';
import type { AppDeps, QuestionnaireResponseRecord, RequestContext, Stores } from '../ports.js';
import { raiseTask } from '../tasks/raise-task.js';

export const suicideRiskTaskType = 'suicide-risk-review';

/**
 * Raises the urgent suicide-risk task for the patient's physician, in the SAME transaction
 * as the response that flagged it, so a flagged answer can never be stored without its task
 * (DEFAULTS.md §3/§6: PHQ-9 item 9 > 0 → same-day structured suicide risk assessment).
 * Patients have no assigned physician yet, so the task goes to the physician role.
 */
export async function raiseSuicideRiskTask(
  s: Stores,
  deps: AppDeps,
  ctx: RequestContext,
  response: QuestionnaireResponseRecord,
  flag: ScaleFlag,
): Promise<string> {
  const by = response.enteredByRole === 'patient' ? 'the patient in the portal' : response.enteredByUsername;
  const answer = 'itemId' in flag.observed ? flag.observed.value : undefined;
  const label = phq9.answerOptions.find((o) => o.value === answer)?.label ?? '';
  const item9 = phq9.items.find((i) => i.number === 9)?.label ?? 'Item 9';
  return raiseTask(
    s,
    deps,
    ctx,
    {
      type: suicideRiskTaskType,
      priority: 'urgent',
      patientId: response.patientId,
      title: 'Suicide risk: PHQ-9 item 9 answered above 0',
      detail: `Item 9 answered ${String(answer)} ("${label}") to “${item9}”. Entered by ${by}. ${flagAction(flag)}`,
      assignedRole: 'physician',
      sourceType: 'questionnaire_response',
      sourceId: response.id,
    },
    { type: suicideRiskTaskType, priority: 'urgent', sourceId: response.id, rule: flag.rule },
  );
}

/** What the rule asks the clinician to do: the text after the observation in the flag message. */
function flagAction(flag: ScaleFlag): string {
  const marker = 'possible suicidal thoughts. ';
  const at = flag.message.indexOf(marker);
  return at >= 0 ? flag.message.slice(at + marker.length) : flag.message;
}
