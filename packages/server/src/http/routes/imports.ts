import {
  ExternalRecordView,
  IdParams,
  ImportBundleBody,
  ImportPreviewView,
  ImportResultView,
} from '@chairside/contract';
import { Role } from '@chairside/domain';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { confirmImport, listExternalRecords, previewImport } from '../../app/imports/import-bundle.js';
import { readBundle } from '../../fhir/import-bundle.js';
import type { HttpDeps } from '../deps.js';

const tags = ['imports'];
const importAccess = { access: [Role.Physician, Role.Nurse, Role.FrontDesk] };
/** Exported patient bundles (Synthea and EHR exports) run to several megabytes. */
const bundleLimit = 25 * 1_048_576;

export const importRoutes: FastifyPluginAsyncTypebox<{ deps: HttpDeps }> = async (app, { deps }) => {
  app.post(
    '/api/imports/fhir/preview',
    {
      config: importAccess,
      bodyLimit: bundleLimit,
      schema: {
        tags,
        summary: 'Preview a FHIR R4 patient Bundle: what would be registered and imported, what is skipped and why',
        body: ImportBundleBody,
        response: { 200: ImportPreviewView },
      },
    },
    async (request) => {
      // Readonly domain values, serialised as they are: the response schema checks the shape.
      return (await previewImport(
        deps.app,
        request.ctx,
        readBundle(request.body.bundle),
      )) as unknown as ImportPreviewView;
    },
  );

  app.post(
    '/api/imports/fhir',
    {
      config: importAccess,
      bodyLimit: bundleLimit,
      schema: {
        tags,
        summary: 'Register the Bundle’s patient with its conditions, medications and allergies',
        body: ImportBundleBody,
        response: { 201: ImportResultView },
      },
    },
    async (request, reply) => {
      const result = await confirmImport(deps.app, request.ctx, readBundle(request.body.bundle));
      return reply.status(201).send({
        patientId: result.patient.id,
        mrn: result.patient.mrn,
        externalRecordId: result.externalRecordId,
        conditions: result.preview.conditions.length,
        medications: result.preview.medications.length,
        allergies: result.preview.allergies.length,
        skipped: result.preview.skipped.length,
      });
    },
  );

  app.get(
    '/api/patients/:id/external-records',
    {
      config: importAccess,
      schema: {
        tags,
        summary: 'Outside records imported for the patient, oldest first',
        params: IdParams,
        response: { 200: Type.Array(ExternalRecordView) },
      },
    },
    async (request) =>
      (await listExternalRecords(deps.app, request.ctx, request.params.id)).map(
        (r) =>
          ({
            id: r.id,
            importedAt: r.importedAt,
            byUsername: r.byUsername,
            sourceBundleId: r.sourceBundleId,
            conditions: r.conditions,
            medications: r.medications,
            allergies: r.allergies,
            skipped: r.skipped,
          }) as unknown as ExternalRecordView,
      ),
  );
};
