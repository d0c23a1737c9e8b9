import {
  allScaleIds,
  getScale,
  InvalidInputError,
  isScaleId,
  NotFoundError,
  Role,
  staffRoles,
} from '@chairside/domain';
import type { Resource } from '@medplum/fhirtypes';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import {
  listPractitioners,
  ownerOfRecord,
  readPatientRecord,
  searchAuditEvents,
  searchPatientsForFhir,
} from '../../app/records/read-record.js';
import {
  capabilityStatement,
  collectionBundle,
  operationOutcome,
  searchBundle,
  type IssueCode,
} from '../../fhir/bundle.js';
import { toFhirAuditEvent } from '../../fhir/map-care.js';
import { toFhirPatient, toFhirPractitioner } from '../../fhir/map-patient.js';
import { toFhirQuestionnaire } from '../../fhir/map-questionnaires.js';
import { everythingResources, patientResources, type PatientResourceType } from '../../fhir/resources.js';
import { matchesDate, parseDateParams, patientIdOf, sourceRowId, type DateCriterion } from '../../fhir/search.js';
import { fhirJson } from '../../fhir/systems.js';
import type { HttpDeps } from '../deps.js';

const tags = ['fhir'];
const prefix = '/fhir/R4';
/** Clinical resources: the roles that read the clinical chart, and the patient for their own. */
const clinicalAccess = [Role.Physician, Role.Nurse, Role.FrontDesk, Role.Patient] as const;
const patientAccess = [...staffRoles, Role.Patient] as const;

const id = Type.String({ pattern: '^[A-Za-z0-9\\-\\.]{1,64}$' });
const text = Type.String({ maxLength: 200 });
const dateParam = Type.Union([
  Type.String({ maxLength: 40 }),
  Type.Array(Type.String({ maxLength: 40 }), { maxItems: 4 }),
]);
const SearchQuery = Type.Object(
  {
    patient: Type.Optional(text),
    subject: Type.Optional(text),
    date: Type.Optional(dateParam),
    _format: Type.Optional(Type.String({ maxLength: 40 })),
  },
  { additionalProperties: false },
);
const PatientQuery = Type.Object(
  {
    _id: Type.Optional(id),
    identifier: Type.Optional(text),
    name: Type.Optional(text),
    family: Type.Optional(text),
    given: Type.Optional(text),
    birthdate: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })),
    _count: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
    _format: Type.Optional(Type.String({ maxLength: 40 })),
  },
  { additionalProperties: false },
);

const clinicalTypes: readonly Exclude<PatientResourceType, 'Patient'>[] = [
  'Condition',
  'AllergyIntolerance',
  'MedicationStatement',
  'Observation',
  'QuestionnaireResponse',
  'Consent',
  'CarePlan',
  'Appointment',
  'Encounter',
  'MedicationAdministration',
];

const issueOf: Readonly<Record<number, IssueCode>> = {
  400: 'invalid',
  401: 'login',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  422: 'invalid',
};

const baseOf = (request: FastifyRequest): string => `${request.protocol}://${request.host}${prefix}`;

function dateCriteria(value: string | string[] | undefined): DateCriterion[] {
  const parsed = parseDateParams(value === undefined ? [] : Array.isArray(value) ? value : [value]);
  if ('invalid' in parsed) {
    throw InvalidInputError.forField('date', `"${parsed.invalid}" is not a FHIR date search value (e.g. ge2025-01-01)`);
  }
  return parsed;
}

export const fhirRoutes: FastifyPluginAsyncTypebox<{ deps: HttpDeps }> = async (app, { deps }) => {
  // Every answer of this API is FHIR: errors (including sign-in and role refusals made before
  // the handler) leave as an OperationOutcome with the same HTTP status.
  app.addHook('onSend', async (request, reply, payload) => {
    const type = String(reply.getHeader('content-type') ?? '');
    if (type.startsWith('application/problem+json') && typeof payload === 'string') {
      const problem = JSON.parse(payload) as {
        status: number;
        detail?: string;
        title: string;
        errors?: { field: string }[];
      };
      void reply.type(fhirJson);
      return JSON.stringify(
        operationOutcome(
          issueOf[problem.status] ?? 'exception',
          problem.detail ?? problem.title,
          problem.errors?.[0]?.field,
        ),
      );
    }
    if (type.startsWith('application/json')) {
      void reply.type(fhirJson);
    }
    return payload;
  });

  app.get(
    `${prefix}/metadata`,
    { config: { access: 'public' }, schema: { tags, summary: 'CapabilityStatement of the FHIR R4 API' } },
    async (request) =>
      capabilityStatement(baseOf(request), deps.version, deps.app.clock.now().toISOString(), [
        {
          type: 'Patient',
          read: true,
          params: [
            { name: '_id', type: 'token', documentation: 'Patient id' },
            { name: 'identifier', type: 'token', documentation: 'MRN' },
            { name: 'name', type: 'string', documentation: 'Any part of the name' },
            { name: 'birthdate', type: 'date', documentation: 'YYYY-MM-DD' },
          ],
        },
        ...clinicalTypes.map((type) => ({
          type,
          read: true,
          params: [
            { name: 'patient', type: 'reference' as const, documentation: 'Patient/{id}; required for staff' },
            { name: 'date', type: 'date' as const, documentation: 'eq, ne, ge, gt, le, lt prefixes' },
          ],
        })),
        { type: 'Questionnaire', read: true, params: [] },
        { type: 'Practitioner', read: true, params: [] },
        {
          type: 'AuditEvent',
          read: false,
          params: [
            { name: 'patient', type: 'reference', documentation: 'Patient/{id}' },
            { name: 'date', type: 'date', documentation: 'ge/le range' },
          ],
        },
      ]),
  );

  app.get(
    `${prefix}/Patient`,
    { config: { access: patientAccess }, schema: { tags, summary: 'Search patients', querystring: PatientQuery } },
    async (request) => {
      const q = request.query;
      const terms = [q.name, q.family, q.given]
        .filter((t): t is string => t !== undefined)
        .flatMap((t) => t.toLowerCase().split(/\s+/));
      const found = await searchPatientsForFhir(deps.app, request.ctx, {
        terms,
        dateOfBirth: q.birthdate ?? null,
        mrn: q.identifier ? (q.identifier.split('|').at(-1) ?? null) : null,
        limit: q._count ?? 50,
      });
      const matches = found.filter((p) => q._id === undefined || p.id === q._id);
      return searchBundle(baseOf(request), matches.map(toFhirPatient), `${baseOf(request)}/Patient`);
    },
  );

  app.get(
    `${prefix}/Patient/:id`,
    { config: { access: patientAccess }, schema: { tags, summary: 'Read a patient', params: Type.Object({ id }) } },
    async (request) => {
      const record = await readPatientRecord(deps.app, request.ctx, request.params.id, 'Patient read');
      return toFhirPatient(record.patient);
    },
  );

  app.get(
    `${prefix}/Patient/:id/$everything`,
    {
      config: { access: clinicalAccess },
      schema: { tags, summary: 'Everything in a patient record, as a Bundle', params: Type.Object({ id }) },
    },
    async (request) => {
      const record = await readPatientRecord(deps.app, request.ctx, request.params.id, '$everything');
      const now = deps.app.clock.now().toISOString();
      return collectionBundle(baseOf(request), `everything-${record.patient.id}`, now, everythingResources(record));
    },
  );

  for (const type of clinicalTypes) {
    app.get(
      `${prefix}/${type}`,
      {
        config: { access: clinicalAccess },
        schema: { tags, summary: `Search ${type} by patient and date`, querystring: SearchQuery },
      },
      async (request) => {
        const criteria = dateCriteria(request.query.date);
        const requested = patientIdOf(request.query.patient ?? request.query.subject);
        const record = await readPatientRecord(deps.app, request.ctx, requested, `${type} search`);
        const matches = patientResources(record).filter((r) => r.resourceType === type && matchesDate(r, criteria));
        return searchBundle(baseOf(request), matches, `${baseOf(request)}/${type}`);
      },
    );
    app.get(
      `${prefix}/${type}/:id`,
      { config: { access: clinicalAccess }, schema: { tags, summary: `Read a ${type}`, params: Type.Object({ id }) } },
      async (request) => {
        const row = sourceRowId(request.params.id);
        const owner = row === null ? null : await ownerOfRecord(deps.app, row);
        const record = await readPatientRecord(deps.app, request.ctx, owner ?? '', `${type} read`);
        const found: Resource | undefined = patientResources(record).find(
          (r) => r.resourceType === type && r.id === request.params.id,
        );
        if (!found) {
          throw new NotFoundError(`No ${type} with id ${request.params.id}`);
        }
        return found;
      },
    );
  }

  app.get(
    `${prefix}/Questionnaire`,
    { config: { access: 'signed-in' }, schema: { tags, summary: 'The questionnaire definitions (scales)' } },
    async (request) =>
      searchBundle(
        baseOf(request),
        allScaleIds.map((scaleId) => toFhirQuestionnaire(getScale(scaleId))),
        `${baseOf(request)}/Questionnaire`,
      ),
  );
  app.get(
    `${prefix}/Questionnaire/:id`,
    { config: { access: 'signed-in' }, schema: { tags, summary: 'Read a questionnaire', params: Type.Object({ id }) } },
    async (request) => {
      if (!isScaleId(request.params.id)) {
        throw new NotFoundError(`No Questionnaire with id ${request.params.id}`);
      }
      return toFhirQuestionnaire(getScale(request.params.id));
    },
  );

  app.get(
    `${prefix}/Practitioner`,
    { config: { access: staffRoles }, schema: { tags, summary: 'Staff as practitioners' } },
    async (request) =>
      searchBundle(
        baseOf(request),
        (await listPractitioners(deps.app, null)).map(toFhirPractitioner),
        `${baseOf(request)}/Practitioner`,
      ),
  );
  app.get(
    `${prefix}/Practitioner/:id`,
    { config: { access: staffRoles }, schema: { tags, summary: 'Read a practitioner', params: Type.Object({ id }) } },
    async (request) => {
      const found = await listPractitioners(deps.app, request.params.id);
      if (!found[0]) {
        throw new NotFoundError(`No Practitioner with id ${request.params.id}`);
      }
      return toFhirPractitioner(found[0]);
    },
  );

  app.get(
    `${prefix}/AuditEvent`,
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        summary: 'Audit events by patient and date (newest first, 500 at most)',
        querystring: Type.Object(
          { patient: Type.Optional(text), date: Type.Optional(dateParam), _format: Type.Optional(text) },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      const criteria = dateCriteria(request.query.date);
      const patientId = patientIdOf(request.query.patient);
      const events = await searchAuditEvents(deps.app, request.ctx, {
        ...(patientId ? { patientId } : {}),
        limit: 500,
      });
      const resources = events.map(toFhirAuditEvent).filter((r) => matchesDate(r, criteria));
      return searchBundle(baseOf(request), resources, `${baseOf(request)}/AuditEvent`);
    },
  );
};
