import {
  ProtocolParams,
  ProtocolVersionParams,
  ProtocolVersionResponse,
  ProtocolWithVersionsResponse,
  PublishProtocolVersionBody,
} from '@chairside/contract';
import { staffRoles } from '@chairside/domain';
import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { getProtocol, getProtocolVersion, listProtocols } from '../../app/protocols/get-protocols.js';
import { publishProtocolVersion } from '../../app/protocols/publish-protocol-version.js';
import type { ProtocolVersionRecord } from '../../app/ports.js';
import type { HttpDeps } from '../deps.js';

const tags = ['protocols'];

const responseOf = (record: ProtocolVersionRecord) => ({
  protocolId: record.protocolId,
  version: record.version,
  publishedAt: record.publishedAt,
  publishedBy: record.publishedByUsername,
  reason: record.reason,
  protocol: record.protocol,
});

export const protocolRoutes: FastifyPluginAsyncTypebox<{ deps: HttpDeps }> = async (app, { deps }) => {
  app.get(
    '/api/protocols',
    {
      config: { access: staffRoles },
      schema: {
        tags,
        summary: 'The protocol library: the latest version of each',
        response: { 200: Type.Array(ProtocolVersionResponse) },
      },
    },
    async (request) => (await listProtocols(deps.app, request.ctx)).map(responseOf),
  );

  app.get(
    '/api/protocols/:protocolId',
    {
      config: { access: staffRoles },
      schema: {
        tags,
        summary: 'A protocol with every version (newest first) and who published each, when and why',
        params: ProtocolParams,
        response: { 200: ProtocolWithVersionsResponse },
      },
    },
    async (request) => {
      const { latest, versions } = await getProtocol(deps.app, request.ctx, request.params.protocolId);
      return { latest: responseOf(latest), versions: versions.map(responseOf) };
    },
  );

  app.get(
    '/api/protocols/:protocolId/versions/:version',
    {
      config: { access: staffRoles },
      schema: {
        tags,
        summary: 'One protocol version; every version stays readable',
        params: ProtocolVersionParams,
        response: { 200: ProtocolVersionResponse },
      },
    },
    async (request) =>
      responseOf(await getProtocolVersion(deps.app, request.ctx, request.params.protocolId, request.params.version)),
  );

  app.post(
    '/api/protocols/:protocolId/versions',
    {
      config: { access: ['physician'] },
      schema: {
        tags,
        summary: 'Publish a new version (medical director only): defaults and limits, with a reason',
        params: ProtocolParams,
        body: PublishProtocolVersionBody,
        response: { 201: ProtocolVersionResponse },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(responseOf(await publishProtocolVersion(deps.app, request.ctx, request.params.protocolId, request.body))),
  );
};
