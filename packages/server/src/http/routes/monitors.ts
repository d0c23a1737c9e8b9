import {
  BindMonitorBody,
  ChairReadingsQuery,
  DeviceReadingList,
  HeldReadingsQuery,
  IdParams,
  MonitorBinding,
  MonitorListResponse,
  MonitorMessageList,
} from '@chairside/contract';
import { clinicalRoles } from '@chairside/domain';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { bindMonitor, unbindMonitor } from '../../app/monitors/monitor-bindings.js';
import {
  listHeldReadings,
  listMonitorMessages,
  listMonitors,
  readingsForChair,
} from '../../app/monitors/monitor-queries.js';
import type { StoredDeviceReading } from '../../app/ports.js';
import type { HttpDeps } from '../deps.js';

const tags = ['monitors'];
const clinical = { access: clinicalRoles };

const readingView = (r: StoredDeviceReading) => {
  const { kind: _k, source: _s, status: _st, ...values } = r.reading;
  return {
    id: r.id,
    deviceId: r.deviceId,
    chairLabel: r.chairLabel,
    receivedAt: r.receivedAt,
    status: r.status,
    ...values,
  };
};

export const monitorRoutes: FastifyPluginAsyncTypebox<{ deps: HttpDeps }> = async (app, { deps }) => {
  app.get(
    '/api/monitors',
    {
      config: clinical,
      schema: { tags, summary: 'Bedside monitors, last seen and bound chair', response: { 200: MonitorListResponse } },
    },
    async (request) => ({ items: await listMonitors(deps.app, request.ctx) }),
  );
  app.post(
    '/api/monitors/bindings',
    {
      config: clinical,
      schema: { tags, summary: 'Bind a monitor to a chair', body: BindMonitorBody, response: { 201: MonitorBinding } },
    },
    async (request, reply) => reply.status(201).send(await bindMonitor(deps.app, request.ctx, request.body)),
  );
  app.post(
    '/api/monitors/bindings/:id/end',
    {
      config: clinical,
      schema: { tags, summary: 'End a monitor–chair binding', params: IdParams, response: { 200: MonitorBinding } },
    },
    async (request) => unbindMonitor(deps.app, request.ctx, request.params.id),
  );
  app.get(
    '/api/monitors/held-readings',
    {
      config: clinical,
      schema: {
        tags,
        summary: 'Readings from monitors bound to no chair (holding list)',
        querystring: HeldReadingsQuery,
        response: { 200: DeviceReadingList },
      },
    },
    async (request) => ({
      items: (await listHeldReadings(deps.app, request.ctx, request.query.limit ?? 100)).map(readingView),
    }),
  );
  app.get(
    '/api/monitors/readings',
    {
      config: clinical,
      schema: {
        tags,
        summary: 'Device readings for a chair over a time range (observation time)',
        querystring: ChairReadingsQuery,
        response: { 200: DeviceReadingList },
      },
    },
    async (request) => {
      const { chair, from, to, limit } = request.query;
      const items = await readingsForChair(deps.app, request.ctx, {
        chairLabel: chair,
        from,
        to,
        limit: limit ?? 1000,
      });
      return { items: items.map(readingView) };
    },
  );
  app.get(
    '/api/monitors/messages',
    {
      config: clinical,
      schema: {
        tags,
        summary: 'The monitor feed’s message log (newest first)',
        querystring: HeldReadingsQuery,
        response: { 200: MonitorMessageList },
      },
    },
    async (request) => ({ items: await listMonitorMessages(deps.app, request.ctx, request.query.limit ?? 100) }),
  );
};
