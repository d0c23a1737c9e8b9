import {
  EvaluateScreeningBody,
  IdParams,
  LatestSignedQuery,
  ScreeningRecord,
  ScreeningResultSchema,
  SignScreeningBody,
} from '@chairside/contract';
import { Role } from '@chairside/domain';
import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { ScreeningRecord as Row } from '../../app/intake-ports.js';
import { previewScreening, saveScreening } from '../../app/screening/evaluate-screening.js';
import { getScreening, latestSignedScreening, listScreenings } from '../../app/screening/read-screenings.js';
import { signScreening } from '../../app/screening/sign-screening.js';
import type { HttpDeps } from '../deps.js';
import { intakeAccess } from './intake.js';

const tags = ['screening'];
const clinical = { access: [Role.Physician, Role.Nurse] };

const responseOf = (r: Row) => ({
  id: r.id,
  patientId: r.patientId,
  intakeVersion: r.intakeVersion,
  protocolRef: `${r.protocolId}@${r.protocolVersion}`,
  status: r.signature ? ('signed' as const) : ('draft' as const),
  createdAt: r.createdAt,
  createdBy: r.createdByUsername,
  result: {
    ...r.result,
    findings: [...r.result.findings],
    medications: [...r.result.medications],
    tasks: [...r.result.tasks],
  },
  signature: r.signature
    ? {
        decision: r.signature.decision,
        signedAt: r.signature.signedAt,
        signedBy: r.signature.signedByUsername,
        softStopNotes: [...r.signature.softStopNotes],
        warningsAcknowledged: r.signature.warningsAcknowledged,
        note: r.signature.note,
      }
    : null,
});

export const screeningRoutes: FastifyPluginAsyncTypebox<{ deps: HttpDeps }> = async (app, { deps }) => {
  app.post(
    '/api/patients/:id/screenings/evaluate',
    {
      config: intakeAccess,
      schema: {
        tags,
        summary: 'Screen an intake version for a protocol without saving',
        params: IdParams,
        body: EvaluateScreeningBody,
        response: { 200: ScreeningResultSchema },
      },
    },
    async (request) => {
      const result = await previewScreening(deps.app, request.ctx, request.params.id, request.body);
      return {
        ...result,
        findings: [...result.findings],
        medications: [...result.medications],
        tasks: [...result.tasks],
      };
    },
  );

  app.post(
    '/api/patients/:id/screenings',
    {
      config: clinical,
      schema: {
        tags,
        summary: 'Screen and save a draft for a physician to sign',
        params: IdParams,
        body: EvaluateScreeningBody,
        response: { 201: ScreeningRecord },
      },
    },
    async (request, reply) =>
      reply.status(201).send(responseOf(await saveScreening(deps.app, request.ctx, request.params.id, request.body))),
  );

  app.get(
    '/api/patients/:id/screenings',
    {
      config: intakeAccess,
      schema: {
        tags,
        summary: 'Screenings, newest first',
        params: IdParams,
        response: { 200: Type.Array(ScreeningRecord) },
      },
    },
    async (request) => (await listScreenings(deps.app, request.ctx, request.params.id)).map(responseOf),
  );

  app.get(
    '/api/patients/:id/screenings/latest-signed',
    {
      config: intakeAccess,
      schema: {
        tags,
        summary: 'The newest signed screening for a protocol (null when none)',
        params: IdParams,
        querystring: LatestSignedQuery,
        response: { 200: Type.Union([ScreeningRecord, Type.Null()]) },
      },
    },
    async (request) => {
      const latest = await latestSignedScreening(deps.app, request.ctx, request.params.id, request.query.protocolId);
      return latest ? responseOf(latest) : null;
    },
  );

  app.get(
    '/api/screenings/:id',
    {
      config: intakeAccess,
      schema: { tags, summary: 'One screening', params: IdParams, response: { 200: ScreeningRecord } },
    },
    async (request) => responseOf(await getScreening(deps.app, request.ctx, request.params.id)),
  );

  app.post(
    '/api/screenings/:id/sign',
    {
      config: { access: [Role.Physician] },
      schema: {
        tags,
        summary: 'Physician signs: a note per soft-stop, warnings acknowledged; a hard-stop cannot be signed eligible',
        params: IdParams,
        body: SignScreeningBody,
        response: { 200: ScreeningRecord },
      },
    },
    async (request) => responseOf(await signScreening(deps.app, request.ctx, request.params.id, request.body)),
  );
};
