import {
  AmendPatientBody,
  IdParams,
  PatientAmendment,
  PatientResponse,
  PatientSearchQuery,
  PatientSearchResponse,
  RegisterPatientBody,
} from '@chairside/contract';
import { staffRoles } from '@chairside/domain';
import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { amendPatient } from '../../app/patients/amend-patient.js';
import { getPatient, listPatientAmendments } from '../../app/patients/get-patient.js';
import { registerPatient } from '../../app/patients/register-patient.js';
import { searchPatients } from '../../app/patients/search-patients.js';
import type { PatientRow } from '../../app/ports.js';
import type { HttpDeps } from '../deps.js';

const tags = ['patients'];
const staff = { access: staffRoles };

const summaryOf = (p: PatientRow) => ({
  id: p.id,
  mrn: p.mrn,
  legalGivenName: p.legalGivenName,
  legalFamilyName: p.legalFamilyName,
  preferredName: p.preferredName ?? null,
  dateOfBirth: p.dateOfBirth,
  sexAtBirth: p.sexAtBirth,
  demo: p.demo,
});

const responseOf = (p: PatientRow) => ({ ...p, careTeam: [...p.careTeam] });

export const patientRoutes: FastifyPluginAsyncTypebox<{ deps: HttpDeps }> = async (app, { deps }) => {
  app.get(
    '/api/patients',
    {
      config: staff,
      schema: {
        tags,
        summary: 'Search by part of a name, MRN or date of birth',
        querystring: PatientSearchQuery,
        response: { 200: PatientSearchResponse },
      },
    },
    async (request) => {
      const result = await searchPatients(deps.app, request.ctx, request.query);
      return { items: result.items.map(summaryOf), total: result.total };
    },
  );

  app.post(
    '/api/patients',
    {
      config: staff,
      schema: {
        tags,
        summary: 'Register a patient (MRN generated)',
        body: RegisterPatientBody,
        response: { 201: PatientResponse },
      },
    },
    async (request, reply) =>
      reply.status(201).send(responseOf(await registerPatient(deps.app, request.ctx, request.body))),
  );

  app.get(
    '/api/patients/:id',
    {
      config: staff,
      schema: {
        tags,
        summary: "A patient's record (the read is audited)",
        params: IdParams,
        response: { 200: PatientResponse },
      },
    },
    async (request) => responseOf(await getPatient(deps.app, request.ctx, request.params.id)),
  );

  app.put(
    '/api/patients/:id',
    {
      config: staff,
      schema: {
        tags,
        summary: 'Amend demographics: previous values are kept; a stale version is a 409',
        params: IdParams,
        body: AmendPatientBody,
        response: { 200: PatientResponse },
      },
    },
    async (request) => responseOf(await amendPatient(deps.app, request.ctx, request.params.id, request.body)),
  );

  app.get(
    '/api/patients/:id/amendments',
    {
      config: staff,
      schema: {
        tags,
        summary: 'Amendment history, newest first',
        params: IdParams,
        response: { 200: Type.Array(PatientAmendment) },
      },
    },
    async (request) => {
      const amendments = await listPatientAmendments(deps.app, request.ctx, request.params.id);
      return amendments.map((a) => ({
        id: a.id,
        version: a.version,
        at: a.at,
        by: a.byUsername,
        reason: a.reason,
        changes: [...a.changes],
      }));
    },
  );
};
