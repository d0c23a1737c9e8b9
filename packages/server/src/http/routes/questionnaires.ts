import {
  AssignmentView,
  AssignQuestionnaireBody,
  EnterResponseBody,
  IdParams,
  PatientOutcomesView,
  QuestionnaireResponseView,
  RecordedResponseView,
  ScaleView,
} from '@chairside/contract';
import { allScaleIds, getScale, staffRoles } from '@chairside/domain';
import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { getOutcomes } from '../../app/outcomes/get-outcomes.js';
import { assignQuestionnaire } from '../../app/questionnaires/assign-questionnaire.js';
import { enterResponse } from '../../app/questionnaires/enter-response.js';
import { listAssignments, listResponses } from '../../app/questionnaires/list-responses.js';
import type { HttpDeps } from '../deps.js';
import { assignmentView, responseView, scaleOutcomeView, scaleView } from './outcome-views.js';

const tags = ['questionnaires'];
const staff = { access: staffRoles };

export const questionnaireRoutes: FastifyPluginAsyncTypebox<{ deps: HttpDeps }> = async (app, { deps }) => {
  app.get(
    '/api/scales',
    {
      config: staff,
      schema: {
        tags,
        summary: 'The outcome scales, with item text where the licence allows it',
        response: { 200: Type.Array(ScaleView) },
      },
    },
    () => allScaleIds.map((id) => scaleView(getScale(id))),
  );

  app.post(
    '/api/patients/:id/questionnaire-responses',
    {
      config: staff,
      schema: {
        tags,
        summary: "Enter a questionnaire on the patient's behalf; PHQ-9 item 9 > 0 raises an urgent task",
        params: IdParams,
        body: EnterResponseBody,
        response: { 201: RecordedResponseView },
      },
    },
    async (request, reply) => {
      const recorded = await enterResponse(deps.app, request.ctx, { ...request.body, patientId: request.params.id });
      return reply.status(201).send({ ...recorded, response: responseView(recorded.response) });
    },
  );

  app.get(
    '/api/patients/:id/questionnaire-responses',
    {
      config: staff,
      schema: {
        tags,
        summary: 'All responses, oldest first (incomplete ones too)',
        params: IdParams,
        response: { 200: Type.Array(QuestionnaireResponseView) },
      },
    },
    async (request) => (await listResponses(deps.app, request.ctx, request.params.id)).map(responseView),
  );

  app.post(
    '/api/patients/:id/questionnaire-assignments',
    {
      config: staff,
      schema: {
        tags,
        summary: 'Ask the patient to complete a questionnaire in the portal',
        params: IdParams,
        body: AssignQuestionnaireBody,
        response: { 201: AssignmentView },
      },
    },
    async (request, reply) => {
      const assignment = await assignQuestionnaire(deps.app, request.ctx, {
        patientId: request.params.id,
        scaleId: request.body.scaleId,
        dueDate: request.body.dueDate,
        recurrence: request.body.recurrence,
      });
      return reply.status(201).send(assignmentView(assignment));
    },
  );

  app.get(
    '/api/patients/:id/questionnaire-assignments',
    {
      config: staff,
      schema: {
        tags,
        summary: 'Questionnaires assigned to the patient',
        params: IdParams,
        response: { 200: Type.Array(AssignmentView) },
      },
    },
    async (request) => (await listAssignments(deps.app, request.ctx, request.params.id)).map(assignmentView),
  );

  app.get(
    '/api/patients/:id/outcomes',
    {
      config: staff,
      schema: {
        tags: ['outcomes'],
        summary: 'Scores over time per scale, with response/remission (DEFAULTS.md §6) and a booster suggestion',
        params: IdParams,
        response: { 200: PatientOutcomesView },
      },
    },
    async (request) => {
      const outcomes = await getOutcomes(deps.app, request.ctx, request.params.id);
      return {
        sessionAts: [...outcomes.sessionAts],
        sessions: outcomes.sessions.map((x) => ({
          at: x.at,
          source: x.source,
          doseMg: x.doseMg,
          doseMgPerKg: x.measures.doseMgPerKg,
        })),
        scales: outcomes.scales.map(scaleOutcomeView),
      };
    },
  );
};
