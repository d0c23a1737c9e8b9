import { IdParams, RemsFormView } from '@chairside/contract';
import { Role } from '@chairside/domain';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { sessionRemsForm } from '../../app/records/session-rems-form.js';
import { sessionSummary } from '../../app/records/session-summary.js';
import { renderSessionSummaryPdf } from '../../documents/session-summary-pdf.js';
import type { HttpDeps } from '../deps.js';

export const sessionDocumentRoutes: FastifyPluginAsyncTypebox<{ deps: HttpDeps }> = async (app, { deps }) => {
  app.get(
    '/api/sessions/:id/summary.pdf',
    {
      config: { access: [Role.Physician, Role.Nurse] },
      schema: {
        tags: ['sessions'],
        summary:
          'Session summary PDF (the discharge summary once discharged; esketamine adds the REMS monitoring form)',
        params: IdParams,
      },
    },
    async (request, reply) => {
      const summary = await sessionSummary(deps.app, request.ctx, request.params.id);
      const pdf = await renderSessionSummaryPdf(summary, deps.clinicName);
      const kind = summary.session.row.state === 'discharged' ? 'discharge-summary' : 'session-summary';
      return reply
        .type('application/pdf')
        .header(
          'content-disposition',
          `inline; filename="${kind}-${summary.patient.mrn}-${(summary.session.row.dosingStartedAt ?? summary.session.row.createdAt).slice(0, 10)}.pdf"`,
        )
        .send(pdf);
    },
  );
  app.get(
    '/api/sessions/:id/rems-form',
    {
      config: { access: [Role.Physician, Role.Nurse] },
      schema: {
        tags: ['sessions'],
        summary: 'SPRAVATO REMS monitoring form items from the session record (null: not held; fill in on the portal)',
        params: IdParams,
        response: { 200: RemsFormView },
      },
    },
    (request) => sessionRemsForm(deps.app, request.ctx, request.params.id),
  );
};
