import { InvalidInputError, isoDate, NotFoundError, staffRoles } from '@chairside/domain';
import { requireRole } from '../context.js';
import type { AppDeps, AssignmentRecurrence, QuestionnaireAssignmentRecord, RequestContext } from '../ports.js';
import { scaleOrFail } from './scale-lookup.js';

export interface AssignQuestionnaireInput {
  readonly patientId: string;
  readonly scaleId: string;
  readonly dueDate: string;
  readonly recurrence: AssignmentRecurrence;
}

/** Asks a patient to complete a questionnaire in the portal by a due date (optionally every week). */
export async function assignQuestionnaire(
  deps: AppDeps,
  ctx: RequestContext,
  input: AssignQuestionnaireInput,
): Promise<QuestionnaireAssignmentRecord> {
  const actor = requireRole(ctx, staffRoles);
  const scale = scaleOrFail(input.scaleId);
  if (scale.administeredBy !== 'patient') {
    throw InvalidInputError.forField(
      'scaleId',
      `${scale.abbreviation} is clinician-rated: it cannot be sent to the patient`,
    );
  }
  if (!scale.licence.itemTextIncluded) {
    // A patient cannot answer "Item 3": only scales whose wording we may show go to the portal.
    throw InvalidInputError.forField(
      'scaleId',
      `${scale.abbreviation} item wording is not licensed for display, so it cannot be sent to the portal`,
    );
  }
  const now = deps.clock.now();
  if (input.dueDate < isoDate(now)) {
    throw InvalidInputError.forField('dueDate', 'The due date is in the past');
  }
  return deps.tx.run(async (s) => {
    if (!(await s.patients.findById(input.patientId))) {
      throw new NotFoundError('No patient with this id');
    }
    const assignment: QuestionnaireAssignmentRecord = {
      id: deps.ids.uuid(),
      patientId: input.patientId,
      scaleId: scale.id,
      dueDate: input.dueDate,
      recurrence: input.recurrence,
      status: 'open',
      assignedByUserId: actor.userId,
      assignedAt: now.toISOString(),
      completedAt: null,
      responseId: null,
    };
    await s.questionnaires.insertAssignment(assignment);
    await s.audit.append(ctx, {
      action: 'questionnaire.assign',
      recordType: 'questionnaire_assignment',
      recordId: assignment.id,
      patientId: input.patientId,
      changes: { scaleId: scale.id, dueDate: input.dueDate, recurrence: input.recurrence },
    });
    return assignment;
  });
}
