import {
  InvalidInputError,
  Role,
  addDays,
  allCourseProtocolIds,
  assertIsoDate,
  clinicOutcomeRateRule,
  courseOutcomeInPeriod,
  daysBetween,
  getScale,
  instantAtLocal,
  listDiscrepancies,
  localDateIn,
  primaryOutcomeScale,
  ratePct,
  summariseOutcomeRates,
  type CourseProtocolId,
  type OutcomeRates,
  type OutcomeScaleId,
} from '@chairside/domain';
import { requireActor } from '../context.js';
import { openWastes, peopleById, type OpenWaste } from '../ledger/ledger-queries.js';
import type { AppDeps, RequestContext, TaskWithPatient } from '../ports.js';
import { requireSettings } from '../scheduling/booking-errors.js';
import type {
  DashboardAssignment,
  DashboardCourse,
  DashboardDosingAppointment,
  DashboardScore,
} from './dashboard-ports.js';

/** The longest period the dashboard summarises at once. */
export const maxDashboardPeriodDays = 366;

export interface ProtocolSummary extends OutcomeRates {
  readonly protocolId: CourseProtocolId;
  readonly scaleId: OutcomeScaleId;
  readonly activeCourses: number;
  /** Courses that ended (completed or stopped) within the period. */
  readonly coursesEnded: number;
  readonly coursesCompleted: number;
  readonly completionRatePct: number | null;
}

export interface ActiveCourseRow {
  readonly course: DashboardCourse;
  readonly sessionsCompleted: number;
  readonly sessionsBooked: number;
}

export interface OverdueQuestionnaire {
  readonly assignment: DashboardAssignment;
  readonly daysOverdue: number;
}

export interface LedgerAttention {
  /** Count discrepancies still open, oldest first, with the DEA written-notice deadline. */
  readonly openDiscrepancies: readonly {
    readonly countEventId: string;
    readonly containerLabel: string;
    readonly discoveredAt: string;
    readonly differenceMg: number;
    readonly deaNoticeDueAt: string;
    readonly noticeOverdue: boolean;
  }[];
  /** Wastes not yet witnessed by a second person. */
  readonly openWastes: readonly (OpenWaste & { readonly containerLabel: string })[];
}

export interface ClinicDashboard {
  readonly from: string;
  readonly to: string;
  readonly today: string;
  readonly activeCourses: readonly ActiveCourseRow[];
  readonly protocols: readonly ProtocolSummary[];
  /** Dosing sessions scheduled in the period, by what became of them. */
  readonly attendance: {
    readonly completed: number;
    readonly noShow: number;
    readonly cancelled: number;
    readonly attendanceRatePct: number | null;
  };
  /** Portal questionnaires due in the period. */
  readonly questionnaires: {
    readonly due: number;
    readonly completed: number;
    readonly completionRatePct: number | null;
  };
  readonly overdueQuestionnaires: readonly OverdueQuestionnaire[];
  readonly urgentTasks: readonly TaskWithPatient[];
  /** Physicians and administrators only (the dashboard's readers); null for anyone else. */
  readonly ledger: LedgerAttention | null;
  readonly rule: typeof clinicOutcomeRateRule;
}

function checkPeriod(from: string, to: string): void {
  assertIsoDate(from, 'from');
  assertIsoDate(to, 'to');
  const span = daysBetween(from, to);
  if (span < 0) {
    throw InvalidInputError.forField('to', 'The period ends before it starts');
  }
  if (span >= maxDashboardPeriodDays) {
    throw InvalidInputError.forField('to', `Choose a period of at most ${String(maxDashboardPeriodDays)} days`);
  }
}

function summariseProtocol(
  protocolId: CourseProtocolId,
  courses: readonly DashboardCourse[],
  sessionsByCourse: ReadonlyMap<string, string[]>,
  scores: readonly DashboardScore[],
  period: { from: string; to: string; fromMs: number; toMs: number },
): ProtocolSummary {
  const scaleId = primaryOutcomeScale[protocolId];
  const own = courses.filter((c) => c.protocolId === protocolId);
  // A course counts for the period when it had begun by the period's end and had not ended before it.
  const inPeriod = own.filter(
    (c) => Date.parse(c.startedAt) <= period.toMs && (c.endedAt === null || Date.parse(c.endedAt) >= period.fromMs),
  );
  const outcomes = inPeriod.map((c) => {
    const seen = new Set<string>();
    const history = scores
      .filter((s) => s.patientId === c.patientId && s.scaleId === scaleId)
      .filter((s) => (seen.has(s.takenAt) ? false : (seen.add(s.takenAt), true)))
      .map((s) => ({ scaleId, total: s.total, takenAt: s.takenAt }));
    return courseOutcomeInPeriod({
      scaleId,
      history,
      sessionAts: sessionsByCourse.get(c.id) ?? [],
      from: period.from,
      to: period.to,
    });
  });
  const ended = own.filter(
    (c) => c.endedAt !== null && Date.parse(c.endedAt) >= period.fromMs && Date.parse(c.endedAt) <= period.toMs,
  );
  const completed = ended.filter((c) => c.status === 'completed').length;
  return {
    protocolId,
    scaleId,
    activeCourses: own.filter((c) => c.status === 'active').length,
    ...summariseOutcomeRates(outcomes),
    coursesEnded: ended.length,
    coursesCompleted: completed,
    completionRatePct: ratePct(completed, ended.length),
  };
}

function attendanceOf(
  dosing: readonly DashboardDosingAppointment[],
  fromMs: number,
  toMs: number,
): ClinicDashboard['attendance'] {
  const inPeriod = dosing.filter((a) => Date.parse(a.startsAt) >= fromMs && Date.parse(a.startsAt) <= toMs);
  const count = (status: string): number => inPeriod.filter((a) => a.status === status).length;
  const completed = count('completed');
  const noShow = count('no_show');
  return {
    completed,
    noShow,
    cancelled: count('cancelled'),
    attendanceRatePct: ratePct(completed, completed + noShow),
  };
}

/**
 * The clinic dashboard for a period of local dates [from, to]: active courses, response and
 * remission rates per protocol (DEFAULTS.md §6 on each protocol's primary scale), course
 * completion, attendance, portal questionnaire completion, overdue questionnaires and open
 * urgent tasks. The read is audited once, naming the patients shown.
 */
export async function getClinicDashboard(
  deps: AppDeps,
  ctx: RequestContext,
  input: { from: string; to: string },
): Promise<ClinicDashboard> {
  requireActor(ctx);
  checkPeriod(input.from, input.to);
  return deps.tx.run(async (s) => {
    const settings = await requireSettings(s);
    const now = deps.clock.now();
    const today = localDateIn(settings.timeZone)(now.toISOString());
    const from = instantAtLocal(input.from, 0, settings.timeZone);
    const to = new Date(Date.parse(instantAtLocal(addDays(input.to, 1), 0, settings.timeZone)) - 1).toISOString();
    const period = { from, to, fromMs: Date.parse(from), toMs: Date.parse(to) };
    // One after the other: a transaction is one connection.
    const courses = await s.dashboard.listCourses();
    const dosing = await s.dashboard.listDosingAppointments();
    const scores = await s.dashboard.listScores([...new Set(Object.values(primaryOutcomeScale))]);
    const assignments = await s.dashboard.listAssignments({
      fromDate: input.from,
      toDate: input.to,
      openBefore: today,
    });
    const tasks = await s.tasks.list({ status: 'open', limit: 500 });
    const sessionsByCourse = new Map<string, string[]>();
    for (const a of dosing) {
      if (a.courseId !== null && a.status === 'completed') {
        sessionsByCourse.set(a.courseId, [...(sessionsByCourse.get(a.courseId) ?? []), a.startsAt]);
      }
    }
    const activeCourses = courses
      .filter((c) => c.status === 'active')
      .map((course) => ({
        course,
        sessionsCompleted: sessionsByCourse.get(course.id)?.length ?? 0,
        sessionsBooked: dosing.filter((a) => a.courseId === course.id && a.status === 'booked').length,
      }));
    const dueInPeriod = assignments.filter((a) => a.dueDate >= input.from && a.dueDate <= input.to);
    const dueCompleted = dueInPeriod.filter((a) => a.status === 'completed').length;
    const overdueQuestionnaires = assignments
      .filter((a) => a.status === 'open' && a.dueDate < today)
      .map((assignment) => ({ assignment, daysOverdue: daysBetween(assignment.dueDate, today) }));
    const urgentTasks = tasks.filter((t) => t.priority === 'urgent');
    const actor = requireActor(ctx);
    let ledger: LedgerAttention | null = null;
    if (actor.role === Role.Admin || actor.role === Role.Physician) {
      const events = await s.ledger.all();
      const labels = new Map<string, string>();
      for (const e of events) {
        if (e.type === 'received') {
          const c = e.container;
          const product = c.productKind === 'esketamine-device' ? 'Esketamine device' : 'Ketamine vial';
          labels.set(e.containerId, `${product} lot ${c.lot} (${c.location})`);
        }
      }
      const label = (id: string): string => labels.get(id) ?? id;
      const people = await peopleById(s);
      ledger = {
        openDiscrepancies: listDiscrepancies(events, { timeZone: settings.timeZone, asOf: now.toISOString() })
          .filter((d) => d.status === 'open')
          .map((d) => ({
            countEventId: d.countEventId,
            containerLabel: label(d.containerId),
            discoveredAt: d.discoveredAt,
            differenceMg: d.differenceMg,
            deaNoticeDueAt: d.deaNoticeDueAt,
            noticeOverdue: d.noticeOverdue,
          })),
        openWastes: openWastes(events).map((w) => ({
          ...w,
          wastedBy: people[w.wastedBy] ?? w.wastedBy,
          containerLabel: label(w.containerId),
        })),
      };
    }
    const dashboard: ClinicDashboard = {
      from: input.from,
      to: input.to,
      today,
      activeCourses,
      protocols: allCourseProtocolIds.map((id) => summariseProtocol(id, courses, sessionsByCourse, scores, period)),
      attendance: attendanceOf(dosing, period.fromMs, period.toMs),
      questionnaires: {
        due: dueInPeriod.length,
        completed: dueCompleted,
        completionRatePct: ratePct(dueCompleted, dueInPeriod.length),
      },
      overdueQuestionnaires,
      urgentTasks,
      ledger,
      rule: clinicOutcomeRateRule,
    };
    const shown = [
      ...activeCourses.map((r) => r.course.patientId),
      ...overdueQuestionnaires.map((o) => o.assignment.patientId),
      ...urgentTasks.map((t) => t.patientId),
    ];
    await s.audit.append(ctx, {
      action: 'dashboard.read',
      recordType: 'clinic_dashboard',
      changes: { from: input.from, to: input.to, patientIds: [...new Set(shown)] },
    });
    return dashboard;
  });
}

/** The scale name for a dashboard row (display). */
export const scaleNameOf = (scaleId: OutcomeScaleId | DashboardAssignment['scaleId']): string =>
  getScale(scaleId).abbreviation;
