import {
  InvalidInputError,
  NotFoundError,
  buildDoseResponseRows,
  checkInductionResponse,
  checkDoseDecision,
  mgPerKgLimitsOf,
  primaryOutcomeScale,
  requireMgPerKgLimits,
  suggestNextDoseMgPerKg,
  type CourseFinding,
  type DoseLimitsMgPerKg,
  type DoseResponseRow,
  type DoseSuggestion,
  type OutcomeScaleId,
} from '@chairside/domain';
import { requireActor } from '../context.js';
import type { AppDeps, RequestContext, Stores } from '../ports.js';
import type { CourseEventRecord, CourseRecord } from '../scheduling/scheduling-ports.js';
import { outcomeSessionsOf } from './outcome-sessions.js';

export interface DoseResponseView {
  readonly courseId: string;
  readonly protocolId: string;
  readonly scaleId: OutcomeScaleId;
  readonly limits: DoseLimitsMgPerKg | null;
  readonly rows: readonly DoseResponseRow[];
  /** Sessions of the course without a recorded mg/kg dose, left out of the rows. */
  readonly sessionsWithoutDose: number;
  readonly suggestion: DoseSuggestion | null;
  /** Why there is no suggestion, in words a clinician reads. */
  readonly note: string | null;
  /** DEFAULTS.md §2: no response after 6 induction sessions → review continuation (warning). */
  readonly findings: readonly CourseFinding[];
  /** The physician's decisions on the next dose, newest last. */
  readonly decisions: readonly CourseEventRecord[];
}

async function requireCourse(s: Stores, id: string): Promise<CourseRecord> {
  const course = await s.courses.findById(id);
  if (!course) {
    throw new NotFoundError('No course with this id');
  }
  return course;
}

function suggestionFor(
  limits: DoseLimitsMgPerKg | null,
  rows: readonly DoseResponseRow[],
): { suggestion: DoseSuggestion | null; note: string | null } {
  const last = rows.at(-1);
  if (!limits) {
    return { suggestion: null, note: 'This protocol is not titrated in mg/kg per session: no dose suggestion.' };
  }
  if (!last) {
    return { suggestion: null, note: 'No session with a recorded dose yet.' };
  }
  try {
    const suggestion = suggestNextDoseMgPerKg({
      currentDoseMgPerKg: last.doseMgPerKg,
      limits,
      lastSession: last,
      allowsAboveNormalRange: false,
    });
    return { suggestion, note: null };
  } catch (error) {
    if (error instanceof InvalidInputError) {
      return { suggestion: null, note: error.message };
    }
    throw error;
  }
}

/**
 * Per session of a course: dose (mg/kg), peak BP rise, CADSS-6 and the next outcome score's
 * change; and a suggested next dose within the protocol's limits, which a physician accepts or
 * changes — never applied. The read is audited.
 */
export async function getDoseResponse(deps: AppDeps, ctx: RequestContext, courseId: string): Promise<DoseResponseView> {
  requireActor(ctx);
  return deps.tx.run(async (s) => {
    const course = await requireCourse(s, courseId);
    const protocolId = course.protocolId;
    const protocol = await s.protocols.findVersion(course.protocolId, course.protocolVersion);
    const limits = protocol ? mgPerKgLimitsOf(protocol.protocol) : null;
    const scaleId = primaryOutcomeScale[protocolId];
    const sessions = (await outcomeSessionsOf(s, course.patientId, deps.clock.now().toISOString())).filter(
      (x) => x.courseId === courseId,
    );
    const dosed = sessions.flatMap((x) =>
      x.measures.doseMgPerKg === null || x.measures.doseMgPerKg <= 0
        ? []
        : [
            {
              sessionAt: x.at,
              doseMgPerKg: x.measures.doseMgPerKg,
              preSystolicMmHg: x.measures.preSystolicMmHg ?? undefined,
              peakSystolicMmHg: x.measures.peakSystolicMmHg ?? undefined,
              cadss6Total: x.measures.cadss6Total ?? undefined,
            },
          ],
    );
    const seen = new Set<string>();
    const history = (await s.questionnaires.listResponses(course.patientId))
      .filter((r) => r.scaleId === scaleId && r.complete && r.total !== null)
      .filter((r) => (seen.has(r.takenAt) ? false : (seen.add(r.takenAt), true)))
      .map((r) => ({ scaleId, total: r.total ?? 0, takenAt: r.takenAt }));
    const rows = buildDoseResponseRows({ scaleId, history, sessions: dosed });
    const findings = checkInductionResponse({
      phase: course.phase,
      scaleId,
      history,
      sessionAts: sessions.map((x) => x.at),
    });
    await s.audit.append(ctx, {
      action: 'outcome.read-dose-response',
      recordType: 'treatment_course',
      recordId: courseId,
      patientId: course.patientId,
    });
    return {
      courseId,
      protocolId,
      scaleId,
      limits,
      rows,
      sessionsWithoutDose: sessions.length - dosed.length,
      findings,
      ...suggestionFor(limits, rows),
      decisions: (await s.courses.listEvents(courseId)).filter((e) => e.kind === 'dose-decision'),
    };
  });
}

/** The physician's decision on the next dose: recorded on the course, applied to nothing. */
export async function recordDoseDecision(
  deps: AppDeps,
  ctx: RequestContext,
  courseId: string,
  input: { suggestedDoseMgPerKg: number | null; decidedDoseMgPerKg: number; reason: string },
): Promise<CourseEventRecord> {
  const actor = requireActor(ctx);
  return deps.tx.run(async (s) => {
    const course = await requireCourse(s, courseId);
    if (course.status !== 'active') {
      throw InvalidInputError.forField('courseId', `The course is ${course.status}; decide doses on an active course`);
    }
    const protocol = await s.protocols.findVersion(course.protocolId, course.protocolVersion);
    if (!protocol) {
      throw new NotFoundError(`No protocol ${course.protocolId} version ${String(course.protocolVersion)}`);
    }
    const limits = requireMgPerKgLimits(protocol.protocol);
    checkDoseDecision({ limits, ...input });
    const reason = input.reason.trim();
    const event: CourseEventRecord = {
      id: deps.ids.uuid(),
      courseId,
      at: deps.clock.now().toISOString(),
      kind: 'dose-decision',
      byUserId: actor.userId,
      byUsername: actor.username,
      additionalSessions: null,
      reason: reason === '' ? null : reason,
      details: {
        suggestedDoseMgPerKg: input.suggestedDoseMgPerKg,
        decidedDoseMgPerKg: input.decidedDoseMgPerKg,
        accepted: input.suggestedDoseMgPerKg === input.decidedDoseMgPerKg,
      },
    };
    await s.courses.insertEvent(event);
    await s.audit.append(ctx, {
      action: 'course.dose-decision',
      recordType: 'treatment_course',
      recordId: courseId,
      patientId: course.patientId,
      changes: event.details,
    });
    return event;
  });
}
