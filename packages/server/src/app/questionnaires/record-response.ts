import {
  InvalidInputError,
  NotFoundError,
  scoreResponse,
  type ScaleAnswer,
  type ScaleFlag,
  type ScaleScore,
} from '@chairside/domain';
import type { Actor, AppDeps, QuestionnaireResponseRecord, RequestContext, Stores } from '../ports.js';
import { scaleOrFail } from './scale-lookup.js';
import { raiseCheckInConcernTask } from './check-in-concern-task.js';
import { raiseSuicideRiskTask } from './suicide-risk-task.js';

export interface RecordResponseInput {
  readonly patientId: string;
  readonly scaleId: string;
  readonly answers: readonly ScaleAnswer[];
  /** When the patient answered; defaults to now (the moment of entry). */
  readonly takenAt?: string | undefined;
  readonly assignmentId?: string | undefined;
}

export interface RecordedResponse {
  readonly response: QuestionnaireResponseRecord;
  /** True when a suicide-risk flag was raised (PHQ-9 item 9 > 0): the portal shows crisis resources. */
  readonly suicideRisk: boolean;
  readonly taskId: string | null;
}

function checkTakenAt(takenAt: string | undefined, now: Date): string {
  if (takenAt === undefined) {
    return now.toISOString();
  }
  const ms = Date.parse(takenAt);
  if (Number.isNaN(ms)) {
    throw InvalidInputError.forField('takenAt', 'Not a valid date and time');
  }
  if (ms > now.getTime() + 5 * 60_000) {
    throw InvalidInputError.forField('takenAt', 'A questionnaire cannot be answered in the future');
  }
  return new Date(ms).toISOString();
}

function recordOf(
  deps: AppDeps,
  actor: Actor,
  input: RecordResponseInput,
  score: ScaleScore,
  takenAt: string,
): QuestionnaireResponseRecord {
  const scored = score.complete ? score : undefined;
  return {
    id: deps.ids.uuid(),
    patientId: input.patientId,
    scaleId: score.scaleId,
    scaleVersion: score.scaleVersion,
    answers: input.answers.map((a) => ({ itemId: a.itemId, value: a.value })),
    complete: score.complete,
    missingItems: score.complete ? [] : score.missingItems,
    total: scored ? scored.total : null,
    bandId: scored?.band?.id ?? null,
    bandLabel: scored?.band?.label ?? null,
    flags: score.flags,
    enteredByUserId: actor.userId,
    enteredByUsername: actor.username,
    enteredByRole: actor.role,
    assignmentId: input.assignmentId ?? null,
    takenAt,
    recordedAt: deps.clock.now().toISOString(),
  };
}

async function completeAssignment(
  s: Stores,
  deps: AppDeps,
  input: RecordResponseInput,
  responseId: string,
): Promise<void> {
  if (input.assignmentId === undefined) {
    return;
  }
  const assignment = await s.questionnaires.findAssignment(input.assignmentId);
  if (assignment?.patientId !== input.patientId) {
    throw new NotFoundError('No questionnaire assignment with this id for this patient');
  }
  if (assignment.scaleId !== input.scaleId) {
    throw InvalidInputError.forField('scaleId', `This assignment is for ${assignment.scaleId}`);
  }
  const now = deps.clock.now().toISOString();
  if (!(await s.questionnaires.completeAssignment(assignment.id, responseId, now))) {
    throw InvalidInputError.forField('assignmentId', 'This questionnaire was already completed');
  }
  if (assignment.recurrence === 'weekly') {
    const next = new Date(`${assignment.dueDate}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 7);
    await s.questionnaires.insertAssignment({
      ...assignment,
      id: deps.ids.uuid(),
      dueDate: next.toISOString().slice(0, 10),
      status: 'open',
      assignedAt: now,
      completedAt: null,
      responseId: null,
    });
  }
}

/**
 * Scores and stores one questionnaire response, for staff entering on a patient's behalf and
 * for the patient in the portal. Runs inside the caller's transaction so the response, its
 * audit event and any suicide-risk task commit together or not at all.
 */
export async function recordResponseIn(
  s: Stores,
  deps: AppDeps,
  ctx: RequestContext,
  actor: Actor,
  input: RecordResponseInput,
): Promise<RecordedResponse> {
  const scale = scaleOrFail(input.scaleId);
  if (input.answers.length !== scale.items.length) {
    const message = `${scale.abbreviation} has ${scale.items.length} items: send one answer per item (null when unanswered), got ${input.answers.length}`;
    throw InvalidInputError.forField('answers', message);
  }
  const score = scoreResponse(scale, input.answers);
  const takenAt = checkTakenAt(input.takenAt, deps.clock.now());
  if (!(await s.patients.findById(input.patientId))) {
    throw new NotFoundError('No patient with this id');
  }
  const response = recordOf(deps, actor, input, score, takenAt);
  await s.questionnaires.insertResponse(response);
  await completeAssignment(s, deps, input, response.id);
  await s.audit.append(ctx, {
    action: 'questionnaire.record',
    recordType: 'questionnaire_response',
    recordId: response.id,
    patientId: input.patientId,
    changes: { scaleId: response.scaleId, complete: response.complete, total: response.total, flags: score.flags },
  });
  const suicideFlag: ScaleFlag | undefined = score.flags.find((f) => f.flag === 'suicide-risk');
  const taskId = suicideFlag ? await raiseSuicideRiskTask(s, deps, ctx, response, suicideFlag) : null;
  const concerns = score.flags.filter((f) => f.flag === 'check-in-concern');
  if (concerns.length > 0) {
    await raiseCheckInConcernTask(s, deps, ctx, response, concerns);
  }
  return { response, suicideRisk: suicideFlag !== undefined, taskId };
}
