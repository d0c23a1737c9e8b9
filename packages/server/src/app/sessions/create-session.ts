/**
 * A new session in `scheduled`, from a booked dosing appointment (patient, course, chair come
 * from it) or for a patient on an active course at a named chair. The dose plan is the one
 * given, or the patient's approved plan in force for the protocol (none: start will say so).
 */
import type { CreateSessionBody } from './session-types.js';
import {
  ConflictError,
  InvalidInputError,
  MissingInputError,
  newSession,
  NotFoundError,
  protocolLibraryV1,
} from '@chairside/domain';
import { viewPlans } from '../dosing/plan-status.js';
import type { AppDeps, RequestContext, Stores } from '../ports.js';
import type { SessionRow } from './session-ports.js';
import { addJournal, auditSession, loadSession, pushSession, runSessionWrite } from './session-record.js';

interface Origin {
  patientId: string;
  appointmentId: string | null;
  courseId: string;
  chairName: string;
}

async function originOf(s: Stores, body: CreateSessionBody): Promise<Origin> {
  if (body.appointmentId !== undefined) {
    const appointment = await s.appointments.findById(body.appointmentId);
    if (!appointment) {
      throw new NotFoundError('No appointment with this id');
    }
    if (appointment.type !== 'dosing_session' || appointment.status !== 'booked') {
      throw InvalidInputError.forField('appointmentId', 'Only a booked dosing appointment can become a session');
    }
    if (appointment.courseId === null) {
      throw InvalidInputError.forField('appointmentId', 'The appointment is not part of a treatment course');
    }
    const chair = appointment.chairId ? await s.clinic.findChair(appointment.chairId) : undefined;
    const chairName = body.chairName ?? chair?.name;
    if (chairName === undefined) {
      throw MissingInputError.forField('chairName', 'The appointment has no chair: name one');
    }
    return {
      patientId: appointment.patientId,
      appointmentId: appointment.id,
      courseId: appointment.courseId,
      chairName,
    };
  }
  if (body.patientId === undefined || body.courseId === undefined || body.chairName === undefined) {
    const missing = (['patientId', 'courseId', 'chairName'] as const).filter((f) => body[f] === undefined);
    throw new MissingInputError('Give an appointment, or a patient, a course and a chair', {
      fields: missing.map((field) => ({ field, message: `${field} is required without an appointmentId` })),
    });
  }
  return { patientId: body.patientId, appointmentId: null, courseId: body.courseId, chairName: body.chairName };
}

export async function createSession(deps: AppDeps, ctx: RequestContext, body: CreateSessionBody): Promise<string> {
  return runSessionWrite(deps, ctx, async (w) => {
    const { s } = w;
    const origin = await originOf(s, body);
    const course = await s.courses.findById(origin.courseId);
    if (course?.patientId !== origin.patientId) {
      throw InvalidInputError.forField('courseId', 'No such course for this patient');
    }
    if (course.status !== 'active') {
      throw InvalidInputError.forField('courseId', `The course is ${course.status}`);
    }
    if (!(await s.clinic.findChairByName(origin.chairName))) {
      throw InvalidInputError.forField('chairName', `No chair named "${origin.chairName}"`);
    }
    if (origin.appointmentId !== null && (await s.treatmentSessions.findByAppointment(origin.appointmentId))) {
      throw new ConflictError('This appointment already has a session');
    }
    if (await s.treatmentSessions.activeForChair(origin.chairName)) {
      throw new ConflictError(`${origin.chairName} already has an active session`);
    }
    const active = await s.treatmentSessions.listActive();
    if (active.some((x) => x.patientId === origin.patientId)) {
      throw new ConflictError('The patient already has an active session');
    }
    const protocolId = course.protocolId;
    const route = protocolLibraryV1[protocolId].route;
    let dosePlanId: string | null;
    if (body.dosePlanId !== undefined) {
      const plan = await s.dosePlans.findById(body.dosePlanId);
      if (plan?.patientId !== origin.patientId || plan.protocolId !== protocolId) {
        throw InvalidInputError.forField('dosePlanId', 'No such dose plan for this patient and protocol');
      }
      dosePlanId = plan.id;
    } else {
      dosePlanId = viewPlans(await s.dosePlans.listForPatient(origin.patientId)).current[protocolId] ?? null;
    }
    const id = deps.ids.uuid();
    newSession({ id, protocolId, route });
    const row: SessionRow = {
      id,
      patientId: origin.patientId,
      appointmentId: origin.appointmentId,
      courseId: course.id,
      protocolId,
      protocolVersion: course.protocolVersion,
      dosePlanId,
      chairName: origin.chairName,
      route,
      state: 'scheduled',
      dosingSubState: null,
      createdAt: w.now,
      createdBy: w.actor?.userId ?? '00000000-0000-0000-0000-000000000000',
      checkedInAt: null,
      dosingStartedAt: null,
      dosingEndedAt: null,
      endedAt: null,
      abortReason: null,
      lastTransitionAt: null,
      baselineReadingId: null,
      version: 1,
    };
    await s.treatmentSessions.insert(row);
    const session = await loadSession(s, id);
    await addJournal(w, session, {
      kind: 'transition',
      at: w.now,
      summary: `Session created at ${origin.chairName}`,
      data: { event: 'create', from: null, to: 'scheduled', reason: null, dosePlanId },
    });
    pushSession(w, session);
    await auditSession(w, session, 'session.create', {
      appointmentId: origin.appointmentId,
      courseId: course.id,
      chairName: origin.chairName,
      dosePlanId,
    });
    return id;
  });
}
