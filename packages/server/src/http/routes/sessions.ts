import {
  AlertIdParams,
  BoardResponse,
  CreateSessionBody,
  DischargeBody,
  DischargeReadinessView,
  FormularyItem,
  FormularyItemBody,
  FormularyResponse,
  IdParams,
  PatientSessionsResponse,
  PreChecksBody,
  RecordAdverseEventBody,
  RecordDeviceBody,
  RecordMedicationBody,
  RecordObservationBody,
  RecordRecoveryCheckBody,
  RecordSedationCheckBody,
  RecordTitrationBody,
  RecordVitalsBody,
  ResolveAlertBody,
  SessionDetail,
  SessionIdParams,
  StartReadinessView,
  TransitionBody,
  UpdateFormularyItemBody,
} from '@chairside/contract';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Static, TSchema } from 'typebox';
import type { RequestContext } from '../../app/ports.js';
import { createSession } from '../../app/sessions/create-session.js';
import { dischargeReadiness, dischargeSession } from '../../app/sessions/discharge-session.js';
import { addFormularyItem, listFormulary, updateFormularyItem } from '../../app/sessions/formulary.js';
import {
  recordAdverseEvent,
  recordDevice,
  recordMedication,
  recordObservation,
  recordPreChecks,
  recordSedationCheck,
  recordTitration,
} from '../../app/sessions/record-entries.js';
import { recordRecoveryCheck, recordVitals } from '../../app/sessions/record-vitals.js';
import { resolveAlert } from '../../app/sessions/resolve-alert.js';
import { dischargeSheetData } from '../../app/sessions/session-documents.js';
import {
  getBoard,
  getPatientSessions,
  getSessionDetail,
  getStartReadiness,
} from '../../app/sessions/session-queries.js';
import { transitionSession } from '../../app/sessions/transition-session.js';
import type { AppDeps } from '../../app/ports.js';
import { renderDischargeInstructionsPdf } from '../../documents/discharge-instructions-pdf.js';
import type { HttpDeps } from '../deps.js';

const tags = ['sessions'];
const clinicians = { access: ['physician', 'nurse'] } as const;
const formularyEditors = { access: ['physician', 'admin'] } as const;

type Write<B> = (deps: AppDeps, ctx: RequestContext, id: string, body: B) => Promise<unknown>;

export const sessionRoutes: FastifyPluginAsyncTypebox<{ deps: HttpDeps }> = async (app, { deps }) => {
  const detail = { 200: SessionDetail };

  app.get(
    '/api/sessions/board',
    { config: clinicians, schema: { tags, summary: 'One entry per active session', response: { 200: BoardResponse } } },
    async (request) => getBoard(deps.app, request.ctx),
  );

  app.get(
    '/api/patients/:id/sessions',
    {
      config: clinicians,
      schema: {
        tags,
        summary: 'The patient’s treatment sessions, newest first, with the dose delivered',
        params: IdParams,
        response: { 200: PatientSessionsResponse },
      },
    },
    async (request) => getPatientSessions(deps.app, request.ctx, request.params.id),
  );

  app.post(
    '/api/sessions',
    {
      config: clinicians,
      schema: {
        tags,
        summary: 'A session from a booked dosing appointment, or for a patient on a course at a chair',
        body: CreateSessionBody,
        response: { 201: SessionDetail },
      },
    },
    async (request, reply) => {
      const id = await createSession(deps.app, request.ctx, request.body);
      return reply.code(201).send(await getSessionDetail(deps.app, request.ctx, id));
    },
  );

  app.get(
    '/api/sessions/:id',
    { config: clinicians, schema: { tags, summary: 'A session in full', params: SessionIdParams, response: detail } },
    async (request) => getSessionDetail(deps.app, request.ctx, request.params.id),
  );

  app.get(
    '/api/sessions/:id/start-readiness',
    {
      config: clinicians,
      schema: {
        tags,
        summary: 'What still stops dosing from starting',
        params: SessionIdParams,
        response: { 200: StartReadinessView },
      },
    },
    async (request) => getStartReadiness(deps.app, request.ctx, request.params.id),
  );

  const write = <S extends TSchema>(path: string, summary: string, body: S, run: Write<Static<S>>) => {
    app.post(
      `/api/sessions/:id/${path}`,
      { config: clinicians, schema: { tags, summary, params: SessionIdParams, body, response: detail } },
      async (request) => {
        await run(deps.app, request.ctx, request.params.id, request.body as Static<S>);
        return getSessionDetail(deps.app, request.ctx, request.params.id);
      },
    );
  };
  write(
    'transitions',
    'Move the session (illegal moves are 409; an unready start is 422 with every unmet item)',
    TransitionBody,
    transitionSession,
  );
  write('pre-checks', 'Record pre-check items (the latest value of an item wins)', PreChecksBody, recordPreChecks);
  write('vitals', 'Record a manual vital reading, or correct one', RecordVitalsBody, recordVitals);
  write('sedation-checks', 'Record MOAA/S and CADSS-6', RecordSedationCheckBody, recordSedationCheck);
  write('titrations', 'Rate change, bolus, pause, resume or stop', RecordTitrationBody, recordTitration);
  write('observations', 'A nurse observation', RecordObservationBody, recordObservation);
  write('adverse-events', 'An adverse event', RecordAdverseEventBody, recordAdverseEvent);
  write('medications', 'A rescue or adjunct medication from the formulary', RecordMedicationBody, recordMedication);
  write('esketamine-devices', 'An esketamine device given, with its lot number', RecordDeviceBody, recordDevice);
  write(
    'recovery-checks',
    'A recovery check scored with the modified Aldrete',
    RecordRecoveryCheckBody,
    recordRecoveryCheck,
  );
  write(
    'discharge',
    'Discharge: all criteria met, or a physician override with a reason',
    DischargeBody,
    dischargeSession,
  );

  app.post(
    '/api/sessions/:id/alerts/:alertId/resolution',
    {
      config: clinicians,
      schema: {
        tags,
        summary: 'Resolve an alert with an action and a note',
        params: AlertIdParams,
        body: ResolveAlertBody,
        response: detail,
      },
    },
    async (request) => {
      await resolveAlert(deps.app, request.ctx, request.params.id, request.params.alertId, request.body);
      return getSessionDetail(deps.app, request.ctx, request.params.id);
    },
  );

  app.get(
    '/api/sessions/:id/discharge-readiness',
    {
      config: clinicians,
      schema: {
        tags,
        summary: 'Each discharge criterion, met or not',
        params: SessionIdParams,
        response: { 200: DischargeReadinessView },
      },
    },
    async (request) => dischargeReadiness(deps.app, request.ctx, request.params.id),
  );

  app.get(
    '/api/sessions/:id/discharge-instructions.pdf',
    { config: clinicians, schema: { tags, summary: 'The printable discharge instructions (PDF)', params: IdParams } },
    async (request, reply) => {
      const sheet = await dischargeSheetData(deps.app, request.ctx, request.params.id, {
        name: deps.clinicName,
        phone: deps.clinicPhone,
      });
      const pdf = await renderDischargeInstructionsPdf(sheet);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="discharge-${sheet.mrn}.pdf"`)
        .send(pdf);
    },
  );

  app.get(
    '/api/session-formulary',
    {
      config: { access: ['physician', 'nurse', 'admin'] },
      schema: { tags, summary: 'Rescue and adjunct medications', response: { 200: FormularyResponse } },
    },
    async (request) => ({ items: await listFormulary(deps.app, request.ctx) }),
  );
  app.post(
    '/api/session-formulary',
    {
      config: formularyEditors,
      schema: { tags, summary: 'Add a formulary item', body: FormularyItemBody, response: { 201: FormularyItem } },
    },
    async (request, reply) => reply.code(201).send(await addFormularyItem(deps.app, request.ctx, request.body)),
  );
  app.put(
    '/api/session-formulary/:id',
    {
      config: formularyEditors,
      schema: {
        tags,
        summary: 'Change a formulary item (version check)',
        params: IdParams,
        body: UpdateFormularyItemBody,
        response: { 200: FormularyItem },
      },
    },
    async (request) => updateFormularyItem(deps.app, request.ctx, request.params.id, request.body),
  );
};
