import { NotFoundError, type ScaleAnswer } from '@chairside/domain';
import type { AppDeps, QuestionnaireAssignmentRecord, QuestionnaireResponseRecord, RequestContext } from '../ports.js';
import { recordResponseIn, type RecordedResponse } from '../questionnaires/record-response.js';
import { portalPatientId } from './portal-patient.js';

/** The signed-in patient's open questionnaires. */
export async function listMyAssignments(deps: AppDeps, ctx: RequestContext): Promise<QuestionnaireAssignmentRecord[]> {
  return deps.tx.run(async (s) => {
    const { patientId } = await portalPatientId(s, ctx);
    await s.audit.append(ctx, {
      action: 'portal.read-assignments',
      recordType: 'patient',
      recordId: patientId,
      patientId,
    });
    return s.questionnaires.listAssignments(patientId, 'open');
  });
}

/** The signed-in patient's own responses, oldest first. */
export async function listMyResponses(deps: AppDeps, ctx: RequestContext): Promise<QuestionnaireResponseRecord[]> {
  return deps.tx.run(async (s) => {
    const { patientId } = await portalPatientId(s, ctx);
    await s.audit.append(ctx, { action: 'portal.read-scores', recordType: 'patient', recordId: patientId, patientId });
    return s.questionnaires.listResponses(patientId);
  });
}

/**
 * The patient answers an assigned questionnaire. The assignment must be theirs: another
 * patient's assignment is answered as "not found", revealing nothing about it.
 */
export async function submitMyQuestionnaire(
  deps: AppDeps,
  ctx: RequestContext,
  input: { readonly assignmentId: string; readonly answers: readonly ScaleAnswer[] },
): Promise<RecordedResponse> {
  return deps.tx.run(async (s) => {
    const { actor, patientId } = await portalPatientId(s, ctx);
    const assignment = await s.questionnaires.findAssignment(input.assignmentId);
    if (assignment?.patientId !== patientId) {
      throw new NotFoundError('No questionnaire with this id is waiting for you');
    }
    return recordResponseIn(s, deps, ctx, actor, {
      patientId,
      scaleId: assignment.scaleId,
      answers: input.answers,
      assignmentId: assignment.id,
    });
  });
}
