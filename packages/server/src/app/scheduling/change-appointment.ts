import {
  InvalidTransitionError,
  NotFoundError,
  StaleVersionError,
  appointmentTypeRules,
  parseInstantMs,
} from '@chairside/domain';
import { requireActor, requireRole } from '../context.js';
import type { AppDeps, RequestContext, Stores } from '../ports.js';
import { checkSlot } from './booking-checks.js';
import { assertMayBook, lockKeysOf, requireSettings, throwBookingProblems } from './booking-errors.js';
import type { AppointmentListItem, AppointmentRecord } from './scheduling-ports.js';

async function bookedAppointment(s: Stores, id: string, version: number): Promise<AppointmentRecord> {
  const appointment = await s.appointments.findById(id);
  if (!appointment) {
    throw new NotFoundError('No appointment with this id');
  }
  if (appointment.version !== version) {
    throw new StaleVersionError('The appointment was changed by someone else; reload it', {
      expected: version,
      actual: appointment.version,
    });
  }
  if (appointment.status !== 'booked') {
    throw new InvalidTransitionError(
      `The appointment is ${appointment.status.replace('_', '-')}; only a booked one can change`,
    );
  }
  return appointment;
}

export interface MoveInput {
  readonly startsAt: string;
  readonly chairId: string | null;
  readonly version: number;
  readonly overrideReason: string | null;
}

/** Moves a booked appointment to a new time and/or chair, through every booking check. */
export async function moveAppointment(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  input: MoveInput,
): Promise<AppointmentRecord> {
  const actor = requireActor(ctx);
  parseInstantMs(input.startsAt, 'startsAt');
  return deps.tx.run(async (s) => {
    const current = await s.appointments.findById(id);
    if (current) {
      await s.appointments.lock(lockKeysOf([current, { patientId: current.patientId, chairId: input.chairId }]));
    }
    const appointment = await bookedAppointment(s, id, input.version);
    const slot = { ...appointment, startsAt: input.startsAt, chairId: input.chairId, lengthMin: appointment.lengthMin };
    assertMayBook(actor, [slot], input.overrideReason);
    const settings = await requireSettings(s);
    const c = {
      stores: s,
      actor,
      nowMs: deps.clock.now().getTime(),
      settings,
      excludeId: id,
      overrideReason: input.overrideReason,
    };
    const { problems, checked } = await checkSlot(c, 0, slot, []);
    throwBookingProblems(problems, false);
    const at = deps.clock.now().toISOString();
    const override =
      checked && checked.overridden.length > 0 && input.overrideReason !== null
        ? {
            physicianId: actor.userId,
            physicianUsername: actor.username,
            reason: input.overrideReason,
            at,
            findings: checked.overridden,
          }
        : appointment.override;
    const changes = {
      startsAt: new Date(Date.parse(input.startsAt)).toISOString(),
      endsAt: new Date(Date.parse(input.startsAt) + appointment.lengthMin * 60_000).toISOString(),
      chairId: input.chairId,
      override,
    };
    if (!(await s.appointments.update(id, input.version, changes, at))) {
      throw new StaleVersionError('The appointment was changed by someone else; reload it');
    }
    const from = { startsAt: appointment.startsAt, chairId: appointment.chairId };
    await s.appointments.insertEvent({
      id: deps.ids.uuid(),
      appointmentId: id,
      at,
      kind: 'moved',
      byUserId: actor.userId,
      byUsername: actor.username,
      reason: input.overrideReason,
      details: { from, to: changes },
    });
    await s.audit.append(ctx, {
      action: 'appointment.move',
      recordType: 'appointment',
      recordId: id,
      patientId: appointment.patientId,
      changes: { from, to: changes },
    });
    return { ...appointment, ...changes, version: appointment.version + 1, updatedAt: at };
  });
}

/** Cancels or marks a no-show, with a reason; the appointment is kept. */
export async function closeAppointment(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  input: { status: 'cancelled' | 'no_show'; reason: string; version: number },
): Promise<AppointmentRecord> {
  const actor = requireActor(ctx);
  return deps.tx.run(async (s) => {
    const appointment = await bookedAppointment(s, id, input.version);
    requireRole(ctx, appointmentTypeRules[appointment.type].bookableBy);
    const at = deps.clock.now().toISOString();
    const reason = input.reason.trim();
    if (!(await s.appointments.update(id, input.version, { status: input.status, statusReason: reason }, at))) {
      throw new StaleVersionError('The appointment was changed by someone else; reload it');
    }
    const kind = input.status === 'cancelled' ? 'cancelled' : 'no_show';
    await s.appointments.insertEvent({
      id: deps.ids.uuid(),
      appointmentId: id,
      at,
      kind,
      byUserId: actor.userId,
      byUsername: actor.username,
      reason,
      details: null,
    });
    await s.audit.append(ctx, {
      action: `appointment.${kind === 'cancelled' ? 'cancel' : 'no-show'}`,
      recordType: 'appointment',
      recordId: id,
      patientId: appointment.patientId,
      changes: { status: input.status, reason },
    });
    return {
      ...appointment,
      status: input.status,
      statusReason: reason,
      version: appointment.version + 1,
      updatedAt: at,
    };
  });
}

/**
 * Marks a booked appointment as attended (completed). Only once its start time has come: a
 * visit that has not begun cannot have happened. Completed dosing sessions count towards the
 * course and mark sessions on the outcome chart.
 */
export async function completeAppointment(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  input: { version: number; note: string | null },
): Promise<AppointmentRecord> {
  const actor = requireActor(ctx);
  return deps.tx.run(async (s) => {
    const appointment = await bookedAppointment(s, id, input.version);
    const now = deps.clock.now();
    if (Date.parse(appointment.startsAt) > now.getTime()) {
      throw new InvalidTransitionError('The appointment has not started yet; it can be completed once it has begun');
    }
    const at = now.toISOString();
    const note = input.note?.trim() ?? '';
    const statusReason = note === '' ? null : note;
    if (!(await s.appointments.update(id, input.version, { status: 'completed', statusReason }, at))) {
      throw new StaleVersionError('The appointment was changed by someone else; reload it');
    }
    await s.appointments.insertEvent({
      id: deps.ids.uuid(),
      appointmentId: id,
      at,
      kind: 'completed',
      byUserId: actor.userId,
      byUsername: actor.username,
      reason: statusReason,
      details: null,
    });
    await s.audit.append(ctx, {
      action: 'appointment.complete',
      recordType: 'appointment',
      recordId: id,
      patientId: appointment.patientId,
      changes: { status: 'completed', note: statusReason },
    });
    return { ...appointment, status: 'completed', statusReason, version: appointment.version + 1, updatedAt: at };
  });
}

/** Appointments in a window (the schedule); the read is audited once, naming the patients shown. */
export async function listAppointments(
  deps: AppDeps,
  ctx: RequestContext,
  filter: { from: string; to: string; chairId?: string; patientId?: string },
): Promise<AppointmentListItem[]> {
  requireActor(ctx);
  parseInstantMs(filter.from, 'from');
  parseInstantMs(filter.to, 'to');
  return deps.tx.run(async (s) => {
    const items = await s.appointments.list(filter);
    await s.audit.append(ctx, {
      action: 'appointment.list',
      recordType: 'appointment',
      patientId: filter.patientId ?? null,
      changes: { ...filter, patientIds: [...new Set(items.map((a) => a.patientId))] },
    });
    return items;
  });
}
