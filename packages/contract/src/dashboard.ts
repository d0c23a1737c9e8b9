import { Type } from 'typebox';
import { IsoDate, Strict, Uuid } from './common.js';
import { TaskView } from './questionnaires.js';

export const DashboardQuery = Strict({
  from: IsoDate,
  to: IsoDate,
});
export type DashboardQuery = Type.Static<typeof DashboardQuery>;

const Pct = Type.Union([Type.Number({ minimum: 0, maximum: 100 }), Type.Null()], {
  description: 'Percent, one decimal; null when nothing could be counted',
});
const PatientRef = Type.Object({ id: Uuid, name: Type.String(), mrn: Type.String() });

export const DashboardActiveCourse = Type.Object({
  courseId: Uuid,
  patient: PatientRef,
  protocolId: Type.String(),
  phase: Type.String(),
  targetSessions: Type.Integer(),
  sessionsCompleted: Type.Integer(),
  sessionsBooked: Type.Integer(),
  startedAt: Type.String(),
});

export const DashboardProtocolSummary = Type.Object({
  protocolId: Type.String(),
  scaleId: Type.String(),
  scaleName: Type.String(),
  activeCourses: Type.Integer(),
  evaluated: Type.Integer(),
  notEvaluable: Type.Integer(),
  responders: Type.Integer(),
  remitters: Type.Integer(),
  responseRatePct: Pct,
  remissionRatePct: Pct,
  coursesEnded: Type.Integer(),
  coursesCompleted: Type.Integer(),
  completionRatePct: Pct,
});

export const DashboardOverdueQuestionnaire = Type.Object({
  assignmentId: Uuid,
  patient: PatientRef,
  scaleId: Type.String(),
  scaleName: Type.String(),
  dueDate: Type.String(),
  daysOverdue: Type.Integer(),
});

export const ClinicDashboardView = Type.Object({
  from: Type.String(),
  to: Type.String(),
  today: Type.String(),
  activeCourses: Type.Array(DashboardActiveCourse),
  protocols: Type.Array(DashboardProtocolSummary),
  attendance: Type.Object({
    completed: Type.Integer(),
    noShow: Type.Integer(),
    cancelled: Type.Integer(),
    attendanceRatePct: Pct,
  }),
  questionnaires: Type.Object({ due: Type.Integer(), completed: Type.Integer(), completionRatePct: Pct }),
  overdueQuestionnaires: Type.Array(DashboardOverdueQuestionnaire),
  urgentTasks: Type.Array(TaskView),
  /** Controlled-substance items needing attention (physicians and administrators). */
  ledger: Type.Union([
    Type.Object({
      openDiscrepancies: Type.Array(
        Type.Object({
          countEventId: Type.String(),
          containerLabel: Type.String(),
          discoveredAt: Type.String(),
          differenceMg: Type.Number(),
          deaNoticeDueAt: Type.String(),
          noticeOverdue: Type.Boolean(),
        }),
      ),
      openWastes: Type.Array(
        Type.Object({
          eventId: Type.String(),
          containerLabel: Type.String(),
          amountMg: Type.Number(),
          wastedBy: Type.String(),
          wastedAt: Type.String(),
        }),
      ),
    }),
    Type.Null(),
  ]),
  rule: Type.Object({
    id: Type.String(),
    version: Type.Integer(),
    source: Type.Object({ tag: Type.String(), citation: Type.String() }),
  }),
});
export type ClinicDashboardView = Type.Static<typeof ClinicDashboardView>;
