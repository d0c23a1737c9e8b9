import { CompleteTaskBody, IdParams, TaskListQuery, TaskView } from '@chairside/contract';
import { clinicalRoles, staffRoles } from '@chairside/domain';
import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { completeTask } from '../../app/tasks/complete-task.js';
import { listTasks } from '../../app/tasks/list-tasks.js';
import type { HttpDeps } from '../deps.js';
import { taskView } from './outcome-views.js';

const tags = ['tasks'];

export const taskRoutes: FastifyPluginAsyncTypebox<{ deps: HttpDeps }> = async (app, { deps }) => {
  app.get(
    '/api/tasks',
    {
      config: { access: staffRoles },
      schema: {
        tags,
        summary: 'Tasks, urgent first',
        querystring: TaskListQuery,
        response: { 200: Type.Array(TaskView) },
      },
    },
    async (request) =>
      (
        await listTasks(deps.app, request.ctx, {
          status: request.query.status ?? 'open',
          limit: request.query.limit ?? 200,
        })
      ).map(taskView),
  );

  app.post(
    '/api/tasks/:id/complete',
    {
      config: { access: clinicalRoles },
      schema: {
        tags,
        summary: 'Close a task with a note of what was done (audited)',
        params: IdParams,
        body: CompleteTaskBody,
        response: { 200: Type.Object({ id: Type.String(), status: Type.String() }) },
      },
    },
    async (request) => {
      const task = await completeTask(deps.app, request.ctx, { taskId: request.params.id, note: request.body.note });
      return { id: task.id, status: task.status };
    },
  );
};
