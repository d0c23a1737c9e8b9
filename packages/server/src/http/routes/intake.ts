import { IdParams, IntakeBody, IntakeVersion, IntakeVersionSummary, PatientVersionParams } from '@chairside/contract';
import { Role, type IntakeInput } from '@chairside/domain';
import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { createIntakeVersion } from '../../app/intake/create-intake-version.js';
import { getIntakeVersion, listIntakeVersions } from '../../app/intake/read-intakes.js';
import type { IntakeVersionRecord } from '../../app/intake-ports.js';
import type { HttpDeps } from '../deps.js';

const tags = ['intake'];
/** Front desk, nurses and physicians take intakes; admins manage the system, not charts. */
export const intakeAccess = { access: [Role.Physician, Role.Nurse, Role.FrontDesk] };

const summaryOf = (r: IntakeVersionRecord) => ({
  id: r.id,
  patientId: r.patientId,
  version: r.version,
  at: r.at,
  by: r.byUsername,
  byRole: r.byRole,
  formVersion: r.formVersion,
  unrecognisedMedications: r.derived.medicationMatches.filter((m) => m.status === 'unrecognised').map((m) => m.input),
});

export const intakeRoutes: FastifyPluginAsyncTypebox<{ deps: HttpDeps }> = async (app, { deps }) => {
  app.post(
    '/api/patients/:id/intakes',
    {
      config: intakeAccess,
      schema: {
        tags,
        summary: 'Record a new intake version (earlier versions are kept); every invalid field is named',
        params: IdParams,
        body: IntakeBody,
        response: { 201: IntakeVersion },
      },
    },
    async (request, reply) => {
      const input = request.body as unknown as IntakeInput; // codes and bounds are checked by validateIntake
      const record = await createIntakeVersion(deps.app, request.ctx, request.params.id, input);
      return reply.status(201).send({ ...summaryOf(record), data: request.body, derived: record.derived });
    },
  );

  app.get(
    '/api/patients/:id/intakes',
    {
      config: intakeAccess,
      schema: {
        tags,
        summary: 'Intake versions, newest first',
        params: IdParams,
        response: { 200: Type.Array(IntakeVersionSummary) },
      },
    },
    async (request) => (await listIntakeVersions(deps.app, request.ctx, request.params.id)).map(summaryOf),
  );

  app.get(
    '/api/patients/:id/intakes/:version',
    {
      config: intakeAccess,
      schema: { tags, summary: 'One intake version', params: PatientVersionParams, response: { 200: IntakeVersion } },
    },
    async (request) => {
      const record = await getIntakeVersion(deps.app, request.ctx, request.params.id, request.params.version);
      return { ...summaryOf(record), data: record.data as unknown as IntakeBody, derived: record.derived };
    },
  );
};
