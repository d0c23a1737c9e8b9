import {
  Course,
  CourseDetail,
  EndCourseBody,
  ExtendCourseBody,
  IdParams,
  ProposeCalendarBody,
  ProposedCalendar,
  StartCourseBody,
} from '@chairside/contract';
import { minutesOfHhMm, staffRoles, type Role } from '@chairside/domain';
import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  endCourse,
  extendCourse,
  getCourse,
  listPatientCourses,
  proposeCourseCalendar,
  startCourse,
} from '../../app/scheduling/courses.js';
import type { HttpDeps } from '../deps.js';
import { bookers } from './scheduling.js';

const tags = ['courses'];
const staff = { access: staffRoles };
const physician = { access: ['physician'] as readonly Role[] };

export const courseRoutes: FastifyPluginAsyncTypebox<{ deps: HttpDeps }> = async (app, { deps }) => {
  app.get(
    '/api/patients/:id/courses',
    {
      config: staff,
      schema: {
        tags,
        summary: "A patient's treatment courses, newest first",
        params: IdParams,
        response: { 200: Type.Array(Course) },
      },
    },
    async (request) => listPatientCourses(deps.app, request.ctx, request.params.id),
  );

  app.post(
    '/api/patients/:id/courses',
    {
      config: physician,
      schema: {
        tags,
        summary: 'Start a treatment course on a protocol (physician)',
        params: IdParams,
        body: StartCourseBody,
        response: { 201: Course },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await startCourse(deps.app, request.ctx, request.params.id, request.body)),
  );

  app.get(
    '/api/courses/:id',
    {
      config: staff,
      schema: {
        tags,
        summary: 'A course with its history, sessions and capacity',
        params: IdParams,
        response: { 200: CourseDetail },
      },
    },
    async (request) => getCourse(deps.app, request.ctx, request.params.id),
  );

  app.post(
    '/api/courses/:id/extensions',
    {
      config: physician,
      schema: {
        tags,
        summary: "Physician's documented extension beyond the target",
        params: IdParams,
        body: ExtendCourseBody,
      },
    },
    async (request, reply) => {
      await extendCourse(deps.app, request.ctx, request.params.id, request.body);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/courses/:id/end',
    {
      config: physician,
      schema: { tags, summary: 'Complete or stop a course, with a reason', params: IdParams, body: EndCourseBody },
    },
    async (request, reply) => {
      await endCourse(deps.app, request.ctx, request.params.id, request.body);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/courses/:id/proposal',
    {
      config: bookers,
      schema: {
        tags,
        summary: 'Propose dated slots for the remaining sessions (nothing is booked)',
        params: IdParams,
        body: ProposeCalendarBody,
        response: { 200: ProposedCalendar },
      },
    },
    async (request) =>
      proposeCourseCalendar(deps.app, request.ctx, request.params.id, {
        ...request.body,
        allowedWeekdays: request.body.allowedWeekdays,
        startMinute: minutesOfHhMm(request.body.startTime) ?? 0,
      }),
  );
};
