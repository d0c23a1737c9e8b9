import {
  addDays,
  dosingSlotPlanFor,
  instantAtLocal,
  localDateIn,
  weekdayOf,
  type CourseProtocolId,
  type GoalArea,
  type ScaleAnswer,
} from '@chairside/domain';
import type { Actor, AppDeps, PatientRow, RequestContext, Stores } from '../app/ports.js';
import { enterResponse } from '../app/questionnaires/enter-response.js';
import { bookAppointments } from '../app/scheduling/book-appointments.js';
import type { SlotRequest } from '../app/scheduling/booking-checks.js';

/**
 * Demo treatment history so the outcome chart, the dashboard and the portal show something on
 * first start: past induction courses with attended sessions and PHQ-9 / pain NRS histories,
 * an overdue questionnaire, and upcoming sessions for the portal's demo patient. Past records
 * are written through the stores (bookings in the past are refused by design), each audited.
 */
interface DemoCourse {
  readonly family: string;
  readonly protocolId: CourseProtocolId;
  /** Days before today of the first session. */
  readonly startDaysAgo: number;
  readonly sessions: number;
  /** Scores: [days after the first session (negative = before), total]. */
  readonly scores: readonly (readonly [number, number])[];
  readonly completed: boolean;
  /** Sessions booked ahead (through the normal booking checks) for the portal to show. */
  readonly upcoming?: number;
  /** A care-plan goal: area, words, rating at agreement, target, later ratings [days after first session, rating]. */
  readonly goal?: {
    readonly area: GoalArea;
    readonly description: string;
    readonly baselineRating: number;
    readonly targetRating: number;
    readonly ratings: readonly (readonly [number, number])[];
  };
}

const demoCourses: readonly DemoCourse[] = [
  {
    family: 'Rahman',
    protocolId: 'iv-depression',
    startDaysAgo: 40,
    sessions: 6,
    scores: [
      [-2, 21],
      [7, 14],
      [14, 8],
      [21, 4],
      [35, 3],
    ],
    completed: true,
  },
  {
    family: 'Fernández',
    protocolId: 'iv-depression',
    startDaysAgo: 30,
    sessions: 6,
    scores: [
      [-3, 18],
      [7, 12],
      [14, 9],
      [25, 8],
    ],
    completed: false,
    goal: {
      area: 'daily-function',
      description: 'Get up and dressed before 9 on weekdays',
      baselineRating: 3,
      targetRating: 8,
      ratings: [
        [7, 4],
        [14, 6],
        [25, 7],
      ],
    },
  },
  {
    family: 'Rossi',
    protocolId: 'iv-depression',
    startDaysAgo: 28,
    sessions: 6,
    scores: [
      [-1, 19],
      [7, 17],
      [14, 16],
      [24, 15],
    ],
    completed: false,
  },
  {
    family: 'Johnson',
    protocolId: 'im-depression',
    startDaysAgo: 20,
    sessions: 4,
    scores: [
      [-2, 16],
      [6, 11],
      [13, 7],
    ],
    completed: false,
  },
  {
    family: 'Haddad',
    protocolId: 'iv-depression',
    startDaysAgo: 8,
    sessions: 3,
    scores: [
      [-2, 17],
      [5, 12],
    ],
    completed: false,
    upcoming: 3,
    goal: {
      area: 'mood',
      description: 'Enjoy a Saturday walk with my sister again',
      baselineRating: 2,
      targetRating: 7,
      ratings: [[5, 4]],
    },
  },
  {
    family: 'Mensah',
    protocolId: 'iv-pain',
    startDaysAgo: 25,
    sessions: 3,
    scores: [
      [-1, 8],
      [5, 6],
      [12, 5],
      [20, 5],
    ],
    completed: false,
    goal: {
      area: 'walking',
      description: 'Walk to the park and back without stopping',
      baselineRating: 2,
      targetRating: 7,
      ratings: [
        [5, 4],
        [12, 6],
        [20, 7],
      ],
    },
  },
];

/** PHQ-9 answers with the given total, item 9 always 0. */
function phq9Answers(total: number): ScaleAnswer[] {
  let left = total;
  return Array.from({ length: 9 }, (_, index) => {
    const value = index === 8 ? 0 : Math.min(3, left);
    left -= value;
    return { itemId: `phq-9.item-${String(index + 1)}`, value };
  });
}

/** The weekday on or after `date` (Mon–Fri). */
function weekdayOnOrAfter(date: string): string {
  let d = date;
  while (weekdayOf(d) === 'sat' || weekdayOf(d) === 'sun') {
    d = addDays(d, 1);
  }
  return d;
}

export async function loadDemoOutcomes(
  deps: AppDeps,
  staff: { nurse: RequestContext; physician: RequestContext; desk: RequestContext },
  patients: readonly PatientRow[],
  timeZone: string,
): Promise<void> {
  const physician = staff.physician.actor;
  if (!physician) {
    throw new Error('The demo outcomes need a physician');
  }
  const today = localDateIn(timeZone)(deps.clock.now().toISOString());
  const byFamily = (family: string): PatientRow | undefined => patients.find((p) => p.legalFamilyName === family);
  for (const demo of demoCourses) {
    const patient = byFamily(demo.family);
    if (!patient) {
      continue;
    }
    const first = weekdayOnOrAfter(addDays(today, -demo.startDaysAgo));
    const sessionDates: string[] = [];
    for (let d = first; sessionDates.length < demo.sessions; d = weekdayOnOrAfter(addDays(d, 2))) {
      sessionDates.push(d);
    }
    const courseId = deps.ids.uuid();
    const startedAt = instantAtLocal(addDays(first, -7), 9 * 60, timeZone);
    const lengthMin = dosingSlotPlanFor(demo.protocolId).lengthMin;
    await deps.tx.run(async (s) => {
      const protocol = await s.protocols.findLatest(demo.protocolId);
      const course = {
        id: courseId,
        patientId: patient.id,
        protocolId: demo.protocolId,
        protocolVersion: protocol?.version ?? 1,
        phase: 'induction' as const,
        targetSessions: demo.sessions + (demo.upcoming ?? 0),
        sessionsPerWeek: 2,
        status: demo.completed ? ('completed' as const) : ('active' as const),
        statusReason: demo.completed ? 'Induction complete; in remission' : null,
        startedAt,
        version: 1,
        updatedAt: demo.completed ? instantAtLocal(addDays(today, -3), 12 * 60, timeZone) : startedAt,
      };
      await s.courses.insert(course, physician.userId);
      await s.courses.insertEvent({
        id: deps.ids.uuid(),
        courseId,
        at: startedAt,
        kind: 'created',
        byUserId: physician.userId,
        byUsername: physician.username,
        additionalSessions: null,
        reason: null,
        details: { demo: true },
      });
      for (const date of sessionDates) {
        const startsAt = instantAtLocal(date, 9 * 60, timeZone);
        const id = deps.ids.uuid();
        await s.appointments.insert(
          {
            id,
            patientId: patient.id,
            chairId: null,
            courseId,
            type: 'dosing_session',
            startsAt,
            endsAt: new Date(Date.parse(startsAt) + lengthMin * 60_000).toISOString(),
            lengthMin,
            status: 'completed',
            statusReason: null,
            therapistName: null,
            location: 'clinic',
            note: null,
            bookedByUsername: physician.username,
            bookedAt: startedAt,
            override: null,
            version: 1,
            updatedAt: startsAt,
          },
          physician.userId,
        );
      }
      if (demo.goal) {
        await insertDemoGoal(s, deps, physician, { courseId, patientId: patient.id, first, timeZone, goal: demo.goal });
      }
      await s.audit.append(staff.physician, {
        action: 'demo.load-course-history',
        recordType: 'treatment_course',
        recordId: courseId,
        patientId: patient.id,
        changes: { sessions: sessionDates },
      });
    });
    if (demo.upcoming !== undefined) {
      await bookUpcoming(deps, staff.desk, patient, courseId, demo.upcoming, today, timeZone);
    }
    for (const [dayOffset, total] of demo.scores) {
      const takenAt = instantAtLocal(addDays(first, dayOffset), 8 * 60, timeZone);
      await enterResponse(deps, staff.nurse, {
        patientId: patient.id,
        scaleId: demo.protocolId === 'iv-pain' ? 'pain-nrs' : 'phq-9',
        answers: demo.protocolId === 'iv-pain' ? [{ itemId: 'pain-nrs.item-1', value: total }] : phq9Answers(total),
        takenAt,
      });
    }
  }
  await loadOverdueQuestionnaire(deps, staff.physician, byFamily('Johnson'), today);
}

/** Books a course's next sessions at 13:00 on Chair 3 from the next weekday, two weekdays apart. */
async function bookUpcoming(
  deps: AppDeps,
  desk: RequestContext,
  patient: PatientRow,
  courseId: string,
  count: number,
  today: string,
  timeZone: string,
): Promise<void> {
  const chair = await deps.tx.run((s) => s.clinic.findChairByName('Chair 3'));
  const slots: SlotRequest[] = [];
  for (let d = weekdayOnOrAfter(addDays(today, 1)); slots.length < count; d = weekdayOnOrAfter(addDays(d, 2))) {
    slots.push({
      patientId: patient.id,
      type: 'dosing_session',
      chairId: chair?.id ?? null,
      courseId,
      startsAt: instantAtLocal(d, 13 * 60, timeZone),
      lengthMin: null,
      therapistName: null,
      location: 'clinic',
    });
  }
  await bookAppointments(deps, desk, { slots, overrideReason: null, note: null });
}

async function insertDemoGoal(
  s: Stores,
  deps: AppDeps,
  physician: Actor,
  at: {
    courseId: string;
    patientId: string;
    first: string;
    timeZone: string;
    goal: NonNullable<DemoCourse['goal']>;
  },
): Promise<void> {
  const goalId = deps.ids.uuid();
  const { goal } = at;
  await s.carePlan.insertGoal({
    id: goalId,
    courseId: at.courseId,
    patientId: at.patientId,
    area: goal.area,
    description: goal.description,
    baselineRating: goal.baselineRating,
    targetRating: goal.targetRating,
    createdAt: instantAtLocal(addDays(at.first, -2), 10 * 60, at.timeZone),
    createdByUserId: physician.userId,
    createdByUsername: physician.username,
  });
  for (const [dayOffset, rating] of goal.ratings) {
    const ratedAt = instantAtLocal(addDays(at.first, dayOffset), 8 * 60, at.timeZone);
    await s.carePlan.insertRating({
      id: deps.ids.uuid(),
      goalId,
      patientId: at.patientId,
      rating,
      ratedAt,
      note: null,
      enteredByUserId: physician.userId,
      enteredByUsername: physician.username,
      enteredByRole: physician.role,
      recordedAt: ratedAt,
    });
  }
}

async function loadOverdueQuestionnaire(
  deps: AppDeps,
  physician: RequestContext,
  patient: PatientRow | undefined,
  today: string,
): Promise<void> {
  const actor = physician.actor;
  if (!patient || !actor) {
    return;
  }
  await deps.tx.run(async (s) => {
    const id = deps.ids.uuid();
    await s.questionnaires.insertAssignment({
      id,
      patientId: patient.id,
      scaleId: 'phq-9',
      dueDate: addDays(today, -4),
      recurrence: 'weekly',
      status: 'open',
      assignedByUserId: actor.userId,
      assignedAt: deps.clock.now().toISOString(),
      completedAt: null,
      responseId: null,
    });
    await s.audit.append(physician, {
      action: 'demo.load-assignment',
      recordType: 'questionnaire_assignment',
      recordId: id,
      patientId: patient.id,
    });
  });
}
