import {
  DraftLetterBody,
  IdParams,
  LetterDispatchView,
  LetterDraftView,
  LetterTemplateBody,
  LetterTemplateView,
  LetterView,
  RecordDispatchBody,
  SaveLetterTemplateBody,
  SignLetterBody,
} from '@chairside/contract';
import { Role, staffRoles } from '@chairside/domain';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { LetterDispatchRecord, LetterRecipient } from '../../app/continuity-ports.js';
import {
  draftLetter,
  getTemplate,
  letterPdf,
  listLetters,
  sampleLetter,
  recordDispatch,
  saveTemplate,
  signLetter,
  type LetterWithDispatches,
} from '../../app/letters/letters.js';
import { renderLetterPdf } from '../../documents/letter-pdf.js';
import type { HttpDeps } from '../deps.js';

const tags = ['letters'];
const physicianOnly = { access: [Role.Physician] };
const senders = { access: [Role.Physician, Role.Nurse, Role.FrontDesk] };
const adminOnly = { access: [Role.Admin] };

/** The contract's recipient without absent optional fields (exact optional properties). */
function recipientOf(r: {
  role: LetterRecipient['role'];
  name: string;
  organisation?: string | undefined;
  fax?: string | undefined;
  email?: string | undefined;
}): LetterRecipient {
  return {
    role: r.role,
    name: r.name.trim(),
    ...(r.organisation?.trim() ? { organisation: r.organisation.trim() } : {}),
    ...(r.fax?.trim() ? { fax: r.fax.trim() } : {}),
    ...(r.email?.trim() ? { email: r.email.trim() } : {}),
  };
}

const dispatchView = (d: LetterDispatchRecord) => ({
  id: d.id,
  method: d.method,
  destination: d.destination,
  recipientName: d.recipientName,
  sentAt: d.sentAt,
  recordedAt: d.recordedAt,
  byUsername: d.byUsername,
  note: d.note,
});

const letterView = (l: LetterWithDispatches) => ({
  id: l.id,
  patientId: l.patientId,
  kind: l.kind,
  recipient: { ...l.recipient },
  subject: l.subject,
  sections: l.sections.map((x) => ({ ...x })),
  scoreSeries: l.scoreSeries.map((x) => ({ ...x })),
  templateVersion: l.templateVersion,
  signedAt: l.signedAt,
  signedByUsername: l.signedByUsername,
  signedByName: l.signedByName,
  dispatches: l.dispatches.map(dispatchView),
});

export const letterRoutes: FastifyPluginAsyncTypebox<{ deps: HttpDeps }> = async (app, { deps }) => {
  app.post(
    '/api/patients/:id/letters/draft',
    {
      config: physicianOnly,
      schema: {
        tags,
        summary: 'Draft a progress letter from the record, for the physician to edit before signing',
        params: IdParams,
        body: DraftLetterBody,
        response: { 200: LetterDraftView },
      },
    },
    async (request) => {
      const draft = await draftLetter(deps.app, request.ctx, request.params.id, recipientOf(request.body.recipient));
      return {
        recipient: { ...draft.recipient },
        subject: draft.subject,
        sections: draft.sections.map((x) => ({ ...x })),
        scoreSeries: draft.scoreSeries.map((x) => ({ ...x })),
      };
    },
  );

  app.post(
    '/api/patients/:id/letters',
    {
      config: physicianOnly,
      schema: {
        tags,
        summary: 'Sign the edited letter: its PDF is rendered and kept in the record',
        params: IdParams,
        body: SignLetterBody,
        response: { 201: LetterView },
      },
    },
    async (request, reply) => {
      const letter = await signLetter(
        deps.app,
        request.ctx,
        request.params.id,
        {
          recipient: recipientOf(request.body.recipient),
          subject: request.body.subject,
          sections: request.body.sections,
          clinicName: deps.clinicName,
        },
        renderLetterPdf,
      );
      return reply.status(201).send(letterView({ ...letter, dispatches: [] }));
    },
  );

  app.get(
    '/api/patients/:id/letters',
    {
      config: senders,
      schema: {
        tags,
        summary: 'Signed letters, newest first, with how and when each was sent',
        params: IdParams,
        response: { 200: Type.Array(LetterView) },
      },
    },
    async (request) => (await listLetters(deps.app, request.ctx, request.params.id)).map(letterView),
  );

  app.get(
    '/api/letters/:id/pdf',
    { config: senders, schema: { tags, summary: 'The signed letter as PDF, exactly as signed', params: IdParams } },
    async (request, reply) => {
      const { letter, pdf } = await letterPdf(deps.app, request.ctx, request.params.id);
      return reply
        .type('application/pdf')
        .header(
          'content-disposition',
          `attachment; filename="letter-${letter.signedAt.slice(0, 10)}-${letter.id.slice(0, 8)}.pdf"`,
        )
        .send(pdf);
    },
  );

  app.post(
    '/api/letters/:id/dispatches',
    {
      config: senders,
      schema: {
        tags,
        summary: 'Record that the letter was sent: print, fax (number) or secure email (address), and when',
        params: IdParams,
        body: RecordDispatchBody,
        response: { 201: LetterDispatchView },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(dispatchView(await recordDispatch(deps.app, request.ctx, request.params.id, request.body))),
  );

  app.get(
    '/api/letter-template',
    {
      config: { access: staffRoles },
      schema: { tags, summary: 'The clinic’s current letter template', response: { 200: LetterTemplateView } },
    },
    async () => {
      const t = await getTemplate(deps.app, deps.clinicName);
      return { ...t, letterhead: [...t.letterhead], createdAt: t.version === 0 ? null : t.createdAt };
    },
  );

  app.put(
    '/api/letter-template',
    {
      config: adminOnly,
      schema: {
        tags,
        summary: 'Save a new version of the letter template (letterhead, signature block, footer)',
        body: SaveLetterTemplateBody,
        response: { 200: LetterTemplateView },
      },
    },
    async (request) => {
      const t = await saveTemplate(deps.app, request.ctx, request.body);
      return { ...t, letterhead: [...t.letterhead] };
    },
  );

  app.post(
    '/api/letter-template/preview',
    {
      config: adminOnly,
      schema: {
        tags,
        summary: 'A sample letter (PDF) on a proposed template, before it is saved',
        body: LetterTemplateBody,
      },
    },
    async (request, reply) =>
      reply
        .type('application/pdf')
        .header('content-disposition', 'inline; filename="letter-template-preview.pdf"')
        .send(
          await renderLetterPdf(
            sampleLetter(request.ctx, deps.app.clock.now().toISOString().slice(0, 10), request.body),
          ),
        ),
  );
};
