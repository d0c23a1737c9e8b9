import { InvalidInputError, parseInstantMs } from '@chairside/domain';
import { requireActor } from '../context.js';
import type { AppDeps, RequestContext, Stores } from '../ports.js';
import {
  checkSlot,
  type BookingProblem,
  type CheckedSlot,
  type SlotContext,
  type SlotRequest,
} from './booking-checks.js';
import { assertMayBook, lockKeysOf, requirePatient, requireSettings, throwBookingProblems } from './booking-errors.js';
import type { AppointmentRecord } from './scheduling-ports.js';

export interface BookInput {
  readonly slots: readonly SlotRequest[];
  /** A physician's reason to go ahead despite soft-stop spacing findings; recorded on each booking. */
  readonly overrideReason: string | null;
  readonly note: string | null;
}

async function checkAll(
  c: SlotContext,
  slots: readonly SlotRequest[],
): Promise<{ problems: BookingProblem[]; checked: CheckedSlot[] }> {
  const problems: BookingProblem[] = [];
  const checked: CheckedSlot[] = [];
  for (const [index, slot] of slots.entries()) {
    const result = await checkSlot(c, index, slot, checked);
    problems.push(...result.problems);
    if (result.checked) {
      checked.push(result.checked);
    }
  }
  return { problems, checked };
}

function validateShape(slots: readonly SlotRequest[]): void {
  if (slots.length === 0) {
    throw InvalidInputError.forField('slots', 'Give at least one slot');
  }
  slots.forEach((s, i) => parseInstantMs(s.startsAt, slots.length > 1 ? `slots/${i}/startsAt` : 'startsAt'));
}

/** Locks, then checks every slot; a dry run returns the problems instead of booking. */
async function prepare(
  deps: AppDeps,
  ctx: RequestContext,
  s: Stores,
  input: BookInput,
): Promise<{ problems: BookingProblem[]; checked: CheckedSlot[] }> {
  const actor = requireActor(ctx);
  assertMayBook(actor, input.slots, input.overrideReason);
  validateShape(input.slots);
  await s.appointments.lock(lockKeysOf(input.slots));
  const settings = await requireSettings(s);
  for (const patientId of new Set(input.slots.map((x) => x.patientId))) {
    await requirePatient(s, patientId);
  }
  const c: SlotContext = {
    stores: s,
    actor,
    nowMs: deps.clock.now().getTime(),
    settings,
    excludeId: null,
    overrideReason: input.overrideReason,
  };
  return checkAll(c, input.slots);
}

/**
 * Books one appointment or a whole induction: every slot is checked before any is booked, under
 * advisory locks on each chair and patient, so two staff booking the same time cannot both win.
 */
export async function bookAppointments(
  deps: AppDeps,
  ctx: RequestContext,
  input: BookInput,
): Promise<AppointmentRecord[]> {
  const actor = requireActor(ctx);
  return deps.tx.run(async (s) => {
    const { problems, checked } = await prepare(deps, ctx, s, input);
    throwBookingProblems(problems, input.slots.length > 1);
    const at = deps.clock.now().toISOString();
    const booked: AppointmentRecord[] = [];
    for (const slot of checked) {
      const appointment: AppointmentRecord = {
        id: deps.ids.uuid(),
        patientId: slot.request.patientId,
        chairId: slot.request.chairId,
        courseId: slot.request.courseId,
        type: slot.request.type,
        startsAt: new Date(slot.startMs).toISOString(),
        endsAt: new Date(slot.endMs).toISOString(),
        lengthMin: slot.lengthMin,
        status: 'booked',
        statusReason: null,
        therapistName: slot.request.therapistName,
        location: slot.request.location,
        note: input.note,
        bookedByUsername: actor.username,
        bookedAt: at,
        override:
          slot.overridden.length > 0 && input.overrideReason !== null
            ? {
                physicianId: actor.userId,
                physicianUsername: actor.username,
                reason: input.overrideReason,
                at,
                findings: slot.overridden,
              }
            : null,
        version: 1,
        updatedAt: at,
      };
      await s.appointments.insert(appointment, actor.userId);
      await s.appointments.insertEvent({
        id: deps.ids.uuid(),
        appointmentId: appointment.id,
        at,
        kind: 'booked',
        byUserId: actor.userId,
        byUsername: actor.username,
        reason: input.overrideReason,
        details: { startsAt: appointment.startsAt, chairId: appointment.chairId, override: appointment.override },
      });
      await s.audit.append(ctx, {
        action: 'appointment.book',
        recordType: 'appointment',
        recordId: appointment.id,
        patientId: appointment.patientId,
        changes: appointment,
      });
      booked.push(appointment);
    }
    return booked;
  });
}

/**
 * The same checks without booking, for the booking form and for the later check-in, which
 * re-runs spacing on the day. Changes nothing but the audit trail.
 */
export async function checkBooking(deps: AppDeps, ctx: RequestContext, input: BookInput): Promise<BookingProblem[]> {
  return deps.tx.run(async (s) => {
    const { problems } = await prepare(deps, ctx, s, input);
    for (const patientId of new Set(input.slots.map((x) => x.patientId))) {
      await s.audit.append(ctx, {
        action: 'appointment.check',
        recordType: 'appointment',
        patientId,
        changes: { slots: input.slots.length, problems: problems.length },
      });
    }
    return problems;
  });
}
