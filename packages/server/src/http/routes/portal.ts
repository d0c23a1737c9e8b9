import {
  IdParams,
  InvitationView,
  PortalAssignmentView,
  PortalScoreView,
  PortalSubmitBody,
  PortalSubmitResult,
  PortalVisitsView,
  GoalView,
  PortalRateGoalBody,
  RedeemInvitationBody,
} from '@chairside/contract';
import { getScale, staffRoles } from '@chairside/domain';
import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { listMyVisits, type PortalVisits } from '../../app/portal/portal-appointments.js';
import { listMyGoals, rateMyGoal } from '../../app/portal/portal-goals.js';
import { invitePatient } from '../../app/portal/invite-patient.js';
import { listMyAssignments, listMyResponses, submitMyQuestionnaire } from '../../app/portal/portal-questionnaires.js';
import { redeemInvitation } from '../../app/portal/redeem-invitation.js';
import type { HttpDeps } from '../deps.js';
import { goalView } from './care-plan.js';
import { assignmentView, crisisResources, portalScoreView, scaleView } from './outcome-views.js';

const tags = ['portal'];

const visitsView = (v: PortalVisits): PortalVisitsView => ({
  timeZone: v.timeZone,
  upcoming: v.upcoming.map((a) => ({
    ...a,
    instructions: a.instructions
      ? a.instructions.sections.map((section) => ({
          heading: section.heading,
          items: section.items.map((item) => ({
            text: item.text,
            source: { tags: [...item.source.tags], citation: item.source.citation },
          })),
        }))
      : null,
  })),
  lastSession: v.lastSession
    ? {
        at: v.lastSession.at,
        title: v.lastSession.instructions.title,
        sections: v.lastSession.instructions.sections.map((section) => ({
          heading: section.heading,
          items: section.items.map((item) => ({
            text: item.text,
            source: { tags: [item.source.tag], citation: item.source.citation },
          })),
        })),
        crisisLine: v.lastSession.instructions.crisisLine.text,
      }
    : null,
});
/** Portal routes never take a patient id: the patient is the signed-in user's own record. */
const patientOnly = { access: ['patient'] as const };

export const portalRoutes: FastifyPluginAsyncTypebox<{ deps: HttpDeps }> = async (app, { deps }) => {
  app.post(
    '/api/patients/:id/portal-invitations',
    {
      config: { access: staffRoles },
      schema: {
        tags,
        summary: 'Invite the patient to the portal: a one-time code, shown once, valid 7 days',
        params: IdParams,
        response: { 201: InvitationView },
      },
    },
    async (request, reply) => reply.status(201).send(await invitePatient(deps.app, request.ctx, request.params.id)),
  );

  app.post(
    '/api/portal/redeem',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Redeem an invitation code and choose a username and password',
        body: RedeemInvitationBody,
        response: { 201: Type.Object({ username: Type.String() }) },
      },
    },
    async (request, reply) => reply.status(201).send(await redeemInvitation(deps.app, request.ctx, request.body)),
  );

  app.get(
    '/api/portal/questionnaires',
    {
      config: patientOnly,
      schema: { tags, summary: 'My questionnaires to complete', response: { 200: Type.Array(PortalAssignmentView) } },
    },
    async (request) =>
      (await listMyAssignments(deps.app, request.ctx)).map((a) => ({
        ...assignmentView(a),
        scale: scaleView(getScale(a.scaleId)),
      })),
  );

  app.post(
    '/api/portal/questionnaires/:id/responses',
    {
      config: patientOnly,
      schema: {
        tags,
        summary: 'Submit my answers; crisis resources come back at once when an answer needs them',
        params: IdParams,
        body: PortalSubmitBody,
        response: { 201: PortalSubmitResult },
      },
    },
    async (request, reply) => {
      const recorded = await submitMyQuestionnaire(deps.app, request.ctx, {
        assignmentId: request.params.id,
        answers: request.body.answers,
      });
      return reply.status(201).send({
        score: portalScoreView(recorded.response),
        crisisResources: recorded.suicideRisk ? crisisResources(deps.clinicPhone) : null,
      });
    },
  );

  app.get(
    '/api/portal/scores',
    {
      config: patientOnly,
      schema: { tags, summary: 'My score history, oldest first', response: { 200: Type.Array(PortalScoreView) } },
    },
    async (request) => (await listMyResponses(deps.app, request.ctx)).map(portalScoreView),
  );

  app.get(
    '/api/portal/appointments',
    {
      config: patientOnly,
      schema: {
        tags,
        summary: 'My upcoming appointments with what to do before each, and my last discharge instructions',
        response: { 200: PortalVisitsView },
      },
    },
    async (request) =>
      visitsView(await listMyVisits(deps.app, request.ctx, { name: deps.clinicName, phone: deps.clinicPhone })),
  );

  app.get(
    '/api/portal/goals',
    {
      config: patientOnly,
      schema: { tags, summary: 'My care-plan goals and my ratings', response: { 200: Type.Array(GoalView) } },
    },
    async (request) => (await listMyGoals(deps.app, request.ctx)).map(goalView),
  );

  app.post(
    '/api/portal/goals/:id/ratings',
    {
      config: patientOnly,
      schema: {
        tags,
        summary: 'Rate one of my goals now (0–10)',
        params: IdParams,
        body: PortalRateGoalBody,
        response: { 201: Type.Object({ id: Type.String() }) },
      },
    },
    async (request, reply) => {
      const rating = await rateMyGoal(deps.app, request.ctx, request.params.id, request.body);
      return reply.status(201).send({ id: rating.id });
    },
  );
};
