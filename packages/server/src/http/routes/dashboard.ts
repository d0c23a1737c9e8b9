import { ClinicDashboardView, DashboardQuery } from '@chairside/contract';
import type { Role } from '@chairside/domain';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { getClinicDashboard, scaleNameOf, type ClinicDashboard } from '../../app/dashboard/get-clinic-dashboard.js';
import type { HttpDeps } from '../deps.js';
import { taskView } from './outcome-views.js';

const tags = ['dashboard'];
/** Physicians (the medical director among them) and administrators. */
const dashboardReaders = { access: ['physician', 'admin'] as readonly Role[] };

const dashboardView = (d: ClinicDashboard): ClinicDashboardView => ({
  from: d.from,
  to: d.to,
  today: d.today,
  activeCourses: d.activeCourses.map(({ course, sessionsCompleted, sessionsBooked }) => ({
    courseId: course.id,
    patient: { id: course.patientId, name: course.patientName, mrn: course.patientMrn },
    protocolId: course.protocolId,
    phase: course.phase,
    targetSessions: course.targetSessions,
    sessionsCompleted,
    sessionsBooked,
    startedAt: course.startedAt,
  })),
  protocols: d.protocols.map((p) => ({ ...p, scaleName: scaleNameOf(p.scaleId) })),
  attendance: d.attendance,
  questionnaires: d.questionnaires,
  overdueQuestionnaires: d.overdueQuestionnaires.map(({ assignment: a, daysOverdue }) => ({
    assignmentId: a.id,
    patient: { id: a.patientId, name: a.patientName, mrn: a.patientMrn },
    scaleId: a.scaleId,
    scaleName: scaleNameOf(a.scaleId),
    dueDate: a.dueDate,
    daysOverdue,
  })),
  urgentTasks: d.urgentTasks.map(taskView),
  ledger:
    d.ledger === null
      ? null
      : {
          openDiscrepancies: d.ledger.openDiscrepancies.map((x) => ({ ...x })),
          openWastes: d.ledger.openWastes.map((w) => ({
            eventId: w.eventId,
            containerLabel: w.containerLabel,
            amountMg: w.amountMg,
            wastedBy: w.wastedBy,
            wastedAt: w.wastedAt,
          })),
        },
  rule: { id: d.rule.id, version: d.rule.version, source: { ...d.rule.source } },
});

export const dashboardRoutes: FastifyPluginAsyncTypebox<{ deps: HttpDeps }> = async (app, { deps }) => {
  app.get(
    '/api/dashboard',
    {
      config: dashboardReaders,
      schema: {
        tags,
        summary: 'Clinic dashboard for a period of clinic-local dates (audited, names the patients shown)',
        querystring: DashboardQuery,
        response: { 200: ClinicDashboardView },
      },
    },
    async (request) => dashboardView(await getClinicDashboard(deps.app, request.ctx, request.query)),
  );
};
