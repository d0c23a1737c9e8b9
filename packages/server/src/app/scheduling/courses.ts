import {
  InvalidInputError,
  NotFoundError,
  StaleVersionError,
  checkCourseCapacity,
  dosingSlotPlanFor,
  inductionCadences,
  instantAtLocal,
  maxTargetSessions,
  proposeInductionCalendar,
  type CoursePhase,
  type DosingSlotPlan,
  type CourseProtocolId,
  type Weekday,
} from '@chairside/domain';
import { requireActor } from '../context.js';
import type { AppDeps, RequestContext, Stores } from '../ports.js';
import { asTreatmentCourse, extensionsOf } from './booking-checks.js';
import { requirePatient, requireSettings } from './booking-errors.js';
import type { AppointmentRecord, CourseEventRecord, CourseRecord, CourseStatus } from './scheduling-ports.js';

async function requireCourse(s: Stores, id: string): Promise<CourseRecord> {
  const course = await s.courses.findById(id);
  if (!course) {
    throw new NotFoundError('No course with this id');
  }
  return course;
}

function validateCourse(input: {
  protocolId: CourseProtocolId;
  targetSessions: number;
  sessionsPerWeek: number | null;
}): void {
  const allowed = inductionCadences[input.protocolId].sessionsPerWeekAllowed;
  if (allowed === undefined && input.sessionsPerWeek !== null) {
    throw InvalidInputError.forField(
      'sessionsPerWeek',
      `${input.protocolId}: the label sets the cadence; leave sessions per week empty`,
    );
  }
  if (allowed !== undefined && (input.sessionsPerWeek === null || !allowed.includes(input.sessionsPerWeek))) {
    throw InvalidInputError.forField(
      'sessionsPerWeek',
      `${input.protocolId}: sessions per week must be one of ${allowed.join(', ')}`,
    );
  }
  if (!Number.isInteger(input.targetSessions) || input.targetSessions < 1 || input.targetSessions > maxTargetSessions) {
    throw InvalidInputError.forField('targetSessions', `Target sessions must be a whole number 1–${maxTargetSessions}`);
  }
}

/** Starts a course on the current version of a protocol (physician). */
export async function startCourse(
  deps: AppDeps,
  ctx: RequestContext,
  patientId: string,
  input: { protocolId: CourseProtocolId; phase: CoursePhase; targetSessions: number; sessionsPerWeek: number | null },
): Promise<CourseRecord> {
  const actor = requireActor(ctx);
  validateCourse(input);
  return deps.tx.run(async (s) => {
    await requirePatient(s, patientId);
    const protocol = await s.protocols.findLatest(input.protocolId);
    if (!protocol) {
      throw new NotFoundError(`No published protocol ${input.protocolId}`);
    }
    const at = deps.clock.now().toISOString();
    const course: CourseRecord = {
      id: deps.ids.uuid(),
      patientId,
      protocolId: input.protocolId,
      protocolVersion: protocol.version,
      phase: input.phase,
      targetSessions: input.targetSessions,
      sessionsPerWeek: input.sessionsPerWeek,
      status: 'active',
      statusReason: null,
      startedAt: at,
      version: 1,
      updatedAt: at,
    };
    await s.courses.insert(course, actor.userId);
    await s.courses.insertEvent({
      id: deps.ids.uuid(),
      courseId: course.id,
      at,
      kind: 'created',
      byUserId: actor.userId,
      byUsername: actor.username,
      additionalSessions: null,
      reason: null,
      details: input,
    });
    await s.audit.append(ctx, {
      action: 'course.start',
      recordType: 'treatment_course',
      recordId: course.id,
      patientId,
      changes: course,
    });
    return course;
  });
}

/** A course with its history, its dosing sessions and how many more it allows. */
export interface CourseView {
  readonly course: CourseRecord;
  readonly events: CourseEventRecord[];
  readonly sessions: AppointmentRecord[];
  readonly capacity: number;
  readonly booked: number;
  readonly slotPlan: DosingSlotPlan;
}

export async function getCourse(deps: AppDeps, ctx: RequestContext, id: string): Promise<CourseView> {
  requireActor(ctx);
  return deps.tx.run(async (s) => {
    const course = await requireCourse(s, id);
    const sessions = await s.appointments.countingForCourse(id);
    const capacity = checkCourseCapacity(asTreatmentCourse(course), sessions.length, await extensionsOf(s, course));
    await s.audit.append(ctx, {
      action: 'course.read',
      recordType: 'treatment_course',
      recordId: id,
      patientId: course.patientId,
    });
    return {
      course,
      events: await s.courses.listEvents(id),
      sessions,
      capacity: capacity.capacity,
      booked: sessions.length,
      slotPlan: dosingSlotPlanFor(course.protocolId),
    };
  });
}

export async function listPatientCourses(
  deps: AppDeps,
  ctx: RequestContext,
  patientId: string,
): Promise<CourseRecord[]> {
  requireActor(ctx);
  return deps.tx.run(async (s) => {
    await requirePatient(s, patientId);
    await s.audit.append(ctx, { action: 'course.list', recordType: 'treatment_course', patientId });
    return s.courses.listForPatient(patientId);
  });
}

/** A physician's documented extension beyond the target (misuse guard). */
export async function extendCourse(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  input: { additionalSessions: number; reason: string },
): Promise<void> {
  const actor = requireActor(ctx);
  const reason = input.reason.trim();
  if (reason === '') {
    throw InvalidInputError.forField('reason', 'An extension needs a documented reason');
  }
  await deps.tx.run(async (s) => {
    const course = await requireCourse(s, id);
    if (course.status !== 'active') {
      throw InvalidInputError.forField(
        'courseId',
        `The course is ${course.status}; only an active course can be extended`,
      );
    }
    const at = deps.clock.now().toISOString();
    await s.courses.insertEvent({
      id: deps.ids.uuid(),
      courseId: id,
      at,
      kind: 'extended',
      byUserId: actor.userId,
      byUsername: actor.username,
      additionalSessions: input.additionalSessions,
      reason,
      details: null,
    });
    await s.audit.append(ctx, {
      action: 'course.extend',
      recordType: 'treatment_course',
      recordId: id,
      patientId: course.patientId,
      changes: { additionalSessions: input.additionalSessions, reason },
    });
  });
}

/** Completes or stops a course, with a reason (physician). */
export async function endCourse(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  input: { status: Exclude<CourseStatus, 'active'>; reason: string; version: number },
): Promise<void> {
  const actor = requireActor(ctx);
  await deps.tx.run(async (s) => {
    const course = await requireCourse(s, id);
    const at = deps.clock.now().toISOString();
    if (
      course.status !== 'active' ||
      !(await s.courses.setStatus(id, input.version, input.status, input.reason.trim(), at))
    ) {
      throw new StaleVersionError('The course was changed by someone else or is no longer active; reload it');
    }
    await s.courses.insertEvent({
      id: deps.ids.uuid(),
      courseId: id,
      at,
      kind: input.status,
      byUserId: actor.userId,
      byUsername: actor.username,
      additionalSessions: null,
      reason: input.reason.trim(),
      details: null,
    });
    await s.audit.append(ctx, {
      action: `course.${input.status === 'completed' ? 'complete' : 'stop'}`,
      recordType: 'treatment_course',
      recordId: id,
      patientId: course.patientId,
      changes: input,
    });
  });
}

/**
 * Proposes the remaining sessions of a course as dated slots (DEFAULTS §2 cadence) at one local
 * time of day; staff adjust them before booking. Nothing is booked.
 */
export async function proposeCourseCalendar(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  input: { firstDate: string; allowedWeekdays: Weekday[]; startMinute: number; chairId: string | null },
): Promise<{ slots: { startsAt: string; chairId: string | null }[]; notes: string[]; lengthMin: number }> {
  requireActor(ctx);
  return deps.tx.run(async (s) => {
    const course = await requireCourse(s, id);
    const settings = await requireSettings(s);
    const booked = (await s.appointments.countingForCourse(id)).length;
    const remaining = Math.max(0, course.targetSessions - booked);
    if (remaining === 0) {
      return {
        slots: [],
        notes: ['Every session of the course is booked.'],
        lengthMin: dosingSlotPlanFor(course.protocolId).lengthMin,
      };
    }
    const calendar = proposeInductionCalendar({
      protocolId: course.protocolId,
      firstDate: input.firstDate,
      sessionsPerWeek: course.sessionsPerWeek ?? undefined,
      allowedWeekdays: input.allowedWeekdays,
      targetSessions: remaining,
    });
    await s.audit.append(ctx, {
      action: 'course.propose-calendar',
      recordType: 'treatment_course',
      recordId: id,
      patientId: course.patientId,
      changes: input,
    });
    return {
      slots: calendar.dates.map((date) => ({
        startsAt: instantAtLocal(date, input.startMinute, settings.timeZone),
        chairId: input.chairId,
      })),
      notes: [...calendar.notes],
      lengthMin: dosingSlotPlanFor(course.protocolId).lengthMin,
    };
  });
}
