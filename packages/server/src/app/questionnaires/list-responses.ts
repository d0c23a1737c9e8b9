import { NotFoundError } from '@chairside/domain';
import type { AppDeps, QuestionnaireAssignmentRecord, QuestionnaireResponseRecord, RequestContext } from '../ports.js';

/** A patient's questionnaire responses, oldest first (the read is audited). */
export async function listResponses(
  deps: AppDeps,
  ctx: RequestContext,
  patientId: string,
): Promise<QuestionnaireResponseRecord[]> {
  return deps.tx.run(async (s) => {
    if (!(await s.patients.findById(patientId))) {
      throw new NotFoundError('No patient with this id');
    }
    await s.audit.append(ctx, { action: 'questionnaire.read', recordType: 'patient', recordId: patientId, patientId });
    return s.questionnaires.listResponses(patientId);
  });
}

/** A patient's questionnaire assignments, open and completed. */
export async function listAssignments(
  deps: AppDeps,
  ctx: RequestContext,
  patientId: string,
): Promise<QuestionnaireAssignmentRecord[]> {
  return deps.tx.run(async (s) => {
    if (!(await s.patients.findById(patientId))) {
      throw new NotFoundError('No patient with this id');
    }
    await s.audit.append(ctx, {
      action: 'questionnaire.read-assignments',
      recordType: 'patient',
      recordId: patientId,
      patientId,
    });
    return s.questionnaires.listAssignments(patientId, 'all');
  });
}
