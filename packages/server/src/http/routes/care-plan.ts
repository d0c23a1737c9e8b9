import { AddGoalBody, GoalView, IdParams, RateGoalBody } from '@chairside/contract';
import { clinicalRoles, goalAreaLabel, staffRoles } from '@chairside/domain';
import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { addGoal, listPatientGoals, rateGoal, type GoalWithRatings } from '../../app/care-plan/care-plan-goals.js';
import type { HttpDeps } from '../deps.js';

const tags = ['care-plan'];

export const goalView = ({ goal, ratings, progress }: GoalWithRatings): GoalView => ({
  id: goal.id,
  courseId: goal.courseId,
  area: goal.area,
  areaLabel: goalAreaLabel[goal.area],
  description: goal.description,
  baselineRating: goal.baselineRating,
  targetRating: goal.targetRating,
  createdAt: goal.createdAt,
  createdBy: goal.createdByUsername,
  ratings: ratings.map((r) => ({
    id: r.id,
    rating: r.rating,
    ratedAt: r.ratedAt,
    note: r.note,
    enteredByRole: r.enteredByRole,
  })),
  progress: {
    latest: progress.latest?.rating ?? null,
    met: progress.met,
    progressPct: progress.progressPct ?? null,
    rule: progress.rule,
  },
});

export const carePlanRoutes: FastifyPluginAsyncTypebox<{ deps: HttpDeps }> = async (app, { deps }) => {
  app.get(
    '/api/patients/:id/care-plan-goals',
    {
      config: { access: staffRoles },
      schema: {
        tags,
        summary: "The patient's care-plan goals across courses, with ratings and progress",
        params: IdParams,
        response: { 200: Type.Array(GoalView) },
      },
    },
    async (request) => (await listPatientGoals(deps.app, request.ctx, request.params.id)).map(goalView),
  );

  app.post(
    '/api/courses/:id/care-plan-goals',
    {
      config: { access: clinicalRoles },
      schema: {
        tags,
        summary: 'Agree a goal with the patient for an active course (rating now and target, 0–10)',
        params: IdParams,
        body: AddGoalBody,
        response: { 201: Type.Object({ id: Type.String() }) },
      },
    },
    async (request, reply) => {
      const goal = await addGoal(deps.app, request.ctx, request.params.id, request.body);
      return reply.status(201).send({ id: goal.id });
    },
  );

  app.post(
    '/api/care-plan-goals/:id/ratings',
    {
      config: { access: clinicalRoles },
      schema: {
        tags,
        summary: "Record the patient's rating of a goal (append-only)",
        params: IdParams,
        body: RateGoalBody,
        response: { 201: Type.Object({ id: Type.String() }) },
      },
    },
    async (request, reply) => {
      const rating = await rateGoal(deps.app, request.ctx, request.params.id, request.body);
      return reply.status(201).send({ id: rating.id });
    },
  );
};
