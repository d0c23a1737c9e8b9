/**
 * Every check a booking (or a move) must pass, collected rather than thrown so that booking a
 * whole induction can list every conflict of every slot at once (all or nothing).
 */
import {
  appointmentTypeRules,
  checkCourseCapacity,
  checkSpacing,
  dosingSlotPlanFor,
  intervalsOverlap,
  localDateIn,
  outsideOpeningHours,
  type AppointmentType,
  type CourseExtension,
  type CourseFinding,
  type CourseSeverity,
  type TreatmentCourse,
} from '@chairside/domain';
import type { Actor, Stores } from '../ports.js';
import type { ClinicSettingsRecord, CourseRecord } from './scheduling-ports.js';

export interface SlotRequest {
  readonly patientId: string;
  readonly type: AppointmentType;
  readonly chairId: string | null;
  readonly courseId: string | null;
  readonly startsAt: string;
  /** Ignored for dosing sessions, whose length comes from the protocol. */
  readonly lengthMin: number | null;
  readonly therapistName: string | null;
  readonly location: 'clinic' | 'external';
}

export type ProblemKind = 'overlap' | 'hours' | 'input' | 'rule';

export interface BookingProblem {
  /** Index of the slot in the request (0 for a single booking). */
  readonly slot: number;
  readonly kind: ProblemKind;
  readonly field: string;
  readonly message: string;
  readonly rule: string | null;
  readonly severity: CourseSeverity | null;
}

/** An accepted slot: its times and the spacing findings a physician overrode. */
export interface CheckedSlot {
  readonly request: SlotRequest;
  readonly startMs: number;
  readonly endMs: number;
  readonly lengthMin: number;
  readonly overridden: readonly CourseFinding[];
}

export interface SlotContext {
  readonly stores: Stores;
  readonly actor: Actor;
  readonly nowMs: number;
  readonly settings: ClinicSettingsRecord;
  /** The appointment being moved: left out of overlap, spacing and capacity counts. */
  readonly excludeId: string | null;
  /** A physician's reason to go ahead despite soft-stop spacing findings. */
  readonly overrideReason: string | null;
}

const problem = (
  slot: number,
  kind: ProblemKind,
  field: string,
  message: string,
  finding?: CourseFinding,
): BookingProblem => ({ slot, kind, field, message, rule: finding?.rule ?? null, severity: finding?.severity ?? null });

/** The domain's view of a stored course. */
export const asTreatmentCourse = (c: CourseRecord): TreatmentCourse => ({
  ...c,
  sessionsPerWeek: c.sessionsPerWeek ?? undefined,
});

/** Course extensions are course events; the capacity rule reads them in the domain's shape. */
export async function extensionsOf(stores: Stores, course: CourseRecord): Promise<CourseExtension[]> {
  const events = await stores.courses.listEvents(course.id);
  return events
    .filter((e) => e.kind === 'extended' && e.additionalSessions !== null)
    .map((e) => ({
      courseId: course.id,
      additionalSessions: e.additionalSessions ?? 0,
      physicianId: e.byUserId ?? e.byUsername,
      reason: e.reason ?? '',
      documentedAt: e.at,
    }));
}

async function checkCourse(
  c: SlotContext,
  index: number,
  slot: SlotRequest,
  earlier: readonly CheckedSlot[],
): Promise<{ problems: BookingProblem[]; overridden: CourseFinding[] }> {
  const none = { problems: [] as BookingProblem[], overridden: [] as CourseFinding[] };
  if (slot.courseId === null) {
    return {
      ...none,
      problems: [
        problem(index, 'rule', 'courseId', 'A dosing session needs an active treatment course (misuse guard).'),
      ],
    };
  }
  const course = await c.stores.courses.findById(slot.courseId);
  if (course?.patientId !== slot.patientId) {
    return { ...none, problems: [problem(index, 'input', 'courseId', 'No such course for this patient.')] };
  }
  if (course.status !== 'active') {
    return {
      ...none,
      problems: [
        problem(index, 'rule', 'courseId', `The course is ${course.status}; dosing sessions need an active course.`),
      ],
    };
  }
  const existing = (await c.stores.appointments.countingForCourse(course.id)).filter((a) => a.id !== c.excludeId);
  const pending = earlier.filter((e) => e.request.courseId === course.id);
  const capacity = checkCourseCapacity(
    asTreatmentCourse(course),
    existing.length + pending.length + 1,
    await extensionsOf(c.stores, course),
  );
  const problems = capacity.findings
    .filter((f) => f.severity === 'soft-stop' || f.severity === 'hard-stop')
    .map((f) => problem(index, 'rule', 'courseId', f.message, f));
  const spacing = checkSpacing({
    protocolId: course.protocolId,
    existingSessionTimes: [
      ...existing.map((a) => a.startsAt),
      ...pending.map((p) => new Date(p.startMs).toISOString()),
    ],
    proposedAt: slot.startsAt,
    localDateOf: localDateIn(c.settings.timeZone),
  });
  const overridable = spacing.filter((f) => f.severity === 'soft-stop');
  const canOverride = c.overrideReason !== null && c.actor.role === 'physician';
  for (const f of spacing) {
    if (f.severity === 'hard-stop' || (f.severity === 'soft-stop' && !canOverride)) {
      problems.push(problem(index, 'rule', 'startsAt', f.message, f));
    }
  }
  return { problems, overridden: canOverride ? overridable : [] };
}

function lengthOf(c: SlotContext, slot: SlotRequest, course: CourseRecord | undefined): number | undefined {
  if (slot.type === 'dosing_session') {
    return course ? dosingSlotPlanFor(course.protocolId).lengthMin : undefined;
  }
  return slot.lengthMin ?? appointmentTypeRules[slot.type].defaultLengthMin;
}

async function basicProblems(
  c: SlotContext,
  index: number,
  slot: SlotRequest,
  startMs: number,
): Promise<BookingProblem[]> {
  const rules = appointmentTypeRules[slot.type];
  const problems: BookingProblem[] = [];
  if (startMs <= c.nowMs) {
    problems.push(problem(index, 'hours', 'startsAt', 'This time is in the past.'));
  }
  if (rules.needsChair && slot.chairId === null) {
    problems.push(problem(index, 'input', 'chairId', `A ${rules.label.toLowerCase()} needs a chair.`));
  }
  if (slot.chairId !== null) {
    const chair = await c.stores.clinic.findChair(slot.chairId);
    if (!chair?.active) {
      problems.push(problem(index, 'input', 'chairId', chair ? `${chair.name} is not in use.` : 'No such chair.'));
    }
  }
  if (rules.needsTherapist && (slot.therapistName ?? '').trim() === '') {
    problems.push(problem(index, 'input', 'therapistName', "Name the patient's therapist (from the care team)."));
  }
  return problems;
}

function overlapProblems(
  index: number,
  slot: SlotRequest,
  startMs: number,
  endMs: number,
  others: readonly { chairId: string | null; patientId: string; startMs: number; endMs: number; label: string }[],
): BookingProblem[] {
  const problems: BookingProblem[] = [];
  for (const other of others) {
    if (!intervalsOverlap(startMs, endMs, other.startMs, other.endMs)) {
      continue;
    }
    if (slot.chairId !== null && other.chairId === slot.chairId) {
      problems.push(problem(index, 'overlap', 'chairId', `The chair is already booked ${other.label}.`));
    } else if (other.patientId === slot.patientId) {
      problems.push(problem(index, 'overlap', 'startsAt', `The patient already has an appointment ${other.label}.`));
    }
  }
  return problems;
}

const timeLabel = (startMs: number, endMs: number, timeZone: string): string => {
  const f = new Intl.DateTimeFormat('en-US', {
    timeZone,
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return `${f.format(new Date(startMs))}–${f.format(new Date(endMs)).split(', ').pop() ?? ''}`;
};

/**
 * Checks one slot against the clinic, the course, the stored bookings and the earlier slots of the same batch.
 * @returns the problems found (empty = bookable) and, when bookable, the checked slot
 */
export async function checkSlot(
  c: SlotContext,
  index: number,
  slot: SlotRequest,
  earlier: readonly CheckedSlot[],
): Promise<{ problems: BookingProblem[]; checked: CheckedSlot | null }> {
  const startMs = Date.parse(slot.startsAt);
  const course = slot.courseId ? await c.stores.courses.findById(slot.courseId) : undefined;
  const lengthMin = lengthOf(c, slot, course);
  const problems = await basicProblems(c, index, slot, startMs);
  if (slot.type === 'dosing_session' && !course) {
    problems.push(...(await checkCourse(c, index, slot, earlier)).problems);
    return { problems, checked: null };
  }
  if (lengthMin === undefined || !Number.isInteger(lengthMin) || lengthMin < 5 || lengthMin > 480) {
    problems.push(problem(index, 'input', 'lengthMin', 'Give a length of 5–480 min.'));
    return { problems, checked: null };
  }
  const endMs = startMs + lengthMin * 60_000;
  let overridden: CourseFinding[] = [];
  if (slot.type === 'dosing_session' || slot.courseId !== null) {
    const result = await checkCourse(c, index, slot, earlier);
    problems.push(...result.problems);
    overridden = result.overridden;
  }
  if (slot.location === 'clinic') {
    const hours = outsideOpeningHours(c.settings, startMs, lengthMin);
    if (hours) {
      problems.push(problem(index, 'hours', 'startsAt', hours));
    }
  }
  const stored = await c.stores.appointments.overlapping({
    startsAt: new Date(startMs).toISOString(),
    endsAt: new Date(endMs).toISOString(),
    chairId: slot.chairId,
    patientId: slot.patientId,
    excludeId: c.excludeId,
  });
  const others = [
    ...stored.map((a) => ({ ...a, startMs: Date.parse(a.startsAt), endMs: Date.parse(a.endsAt) })),
    ...earlier.map((e) => ({
      chairId: e.request.chairId,
      patientId: e.request.patientId,
      startMs: e.startMs,
      endMs: e.endMs,
    })),
  ].map((o) => ({ ...o, label: timeLabel(o.startMs, o.endMs, c.settings.timeZone) }));
  problems.push(...overlapProblems(index, slot, startMs, endMs, others));
  return { problems, checked: problems.length === 0 ? { request: slot, startMs, endMs, lengthMin, overridden } : null };
}
