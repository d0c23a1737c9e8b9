import {
  ConsentRecord,
  ConsentValidQuery,
  ConsentValidResponse,
  IdParams,
  RecordConsentBody,
  RouteSchema,
  Strict,
  WithdrawConsentBody,
} from '@chairside/contract';
import { currentConsentForm } from '@chairside/domain';
import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { checkConsent, getConsent, listConsents } from '../../app/consent/read-consents.js';
import { getPatient } from '../../app/patients/get-patient.js';
import { renderConsentPdf } from '../../documents/consent-pdf.js';
import { recordConsent } from '../../app/consent/record-consent.js';
import { withdrawConsent } from '../../app/consent/withdraw-consent.js';
import type { ConsentRecordRow } from '../../app/intake-ports.js';
import type { HttpDeps } from '../deps.js';
import { intakeAccess } from './intake.js';

const tags = ['consent'];

const responseOf = (c: ConsentRecordRow) => ({
  id: c.id,
  patientId: c.patientId,
  route: c.route,
  formId: c.formId,
  formVersion: c.formVersion,
  acknowledgedElements: [...c.acknowledgedElements],
  patientTypedName: c.patientTypedName,
  signatureMethod: c.signatureMethod,
  hasDrawnSignature: c.signaturePng !== null,
  patientSignedAt: c.patientSignedAt,
  witnessedBy: c.witnessUsername,
  recordedAt: c.recordedAt,
  withdrawal: c.withdrawal ? { at: c.withdrawal.at, by: c.withdrawal.byUsername, reason: c.withdrawal.reason } : null,
});

export const consentRoutes: FastifyPluginAsyncTypebox<{ deps: HttpDeps }> = async (app, { deps }) => {
  app.get(
    '/api/consent-forms/:route',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'The current consent form of a route (elements with sources)',
        params: Strict({ route: RouteSchema }),
        response: { 200: Type.Unknown() },
      },
    },
    async (request) => currentConsentForm(request.params.route),
  );

  app.post(
    '/api/patients/:id/consents',
    {
      config: intakeAccess,
      schema: {
        tags,
        summary: 'Record a signed consent, witnessed by the signed-in staff member',
        params: IdParams,
        body: RecordConsentBody,
        response: { 201: ConsentRecord },
      },
    },
    async (request, reply) =>
      reply.status(201).send(responseOf(await recordConsent(deps.app, request.ctx, request.params.id, request.body))),
  );

  app.get(
    '/api/patients/:id/consents',
    {
      config: intakeAccess,
      schema: {
        tags,
        summary: 'Consents, newest first, with withdrawals',
        params: IdParams,
        response: { 200: Type.Array(ConsentRecord) },
      },
    },
    async (request) => (await listConsents(deps.app, request.ctx, request.params.id)).map(responseOf),
  );

  app.get(
    '/api/consents/:id/pdf',
    {
      config: intakeAccess,
      schema: { tags, summary: 'The printable copy of a signed consent (PDF)', params: IdParams },
    },
    async (request, reply) => {
      const consent = await getConsent(deps.app, request.ctx, request.params.id);
      const patient = await getPatient(deps.app, request.ctx, consent.patientId);
      const pdf = await renderConsentPdf(consent, patient, deps.clinicName);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="consent-${patient.mrn}-${consent.route}.pdf"`)
        .send(pdf);
    },
  );

  app.post(
    '/api/consents/:id/withdraw',
    {
      config: intakeAccess,
      schema: {
        tags,
        summary: 'Withdraw a consent (an event is appended; nothing is deleted)',
        params: IdParams,
        body: WithdrawConsentBody,
        response: { 200: ConsentRecord },
      },
    },
    async (request) => responseOf(await withdrawConsent(deps.app, request.ctx, request.params.id, request.body.reason)),
  );

  app.get(
    '/api/patients/:id/consent/valid',
    {
      config: intakeAccess,
      schema: {
        tags,
        summary: 'Whether a signed, not-withdrawn consent on the current form covers the protocol’s route',
        params: IdParams,
        querystring: ConsentValidQuery,
        response: { 200: ConsentValidResponse },
      },
    },
    async (request) => {
      const { route, formVersion, validity } = await checkConsent(
        deps.app,
        request.ctx,
        request.params.id,
        request.query.protocolId,
      );
      return {
        hasValidConsent: validity.valid,
        route,
        formVersion,
        consentId: validity.valid ? validity.consentId : null,
        reason: validity.valid ? null : validity.reason,
      };
    },
  );
};
