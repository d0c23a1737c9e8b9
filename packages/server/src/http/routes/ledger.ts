import {
  AdministrationBody,
  CorrectionBody,
  CountBody,
  DestructionBody,
  DrawBody,
  LedgerEventIdParams,
  ReceiveStockBody,
  ReportDiscrepancyBody,
  ResolveDiscrepancyBody,
  ReturnBody,
  TransferBody,
  WasteBody,
  WitnessCredentialsBody,
} from '@chairside/contract';
import { MissingInputError } from '@chairside/domain';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  discrepancyRoles,
  recordCorrection,
  reportDiscrepancy,
  resolveDiscrepancy,
} from '../../app/ledger/correction-commands.js';
import {
  getContainerHistory,
  getLedgerOverview,
  ledgerViewerRoles,
  verifyLedger,
} from '../../app/ledger/ledger-queries.js';
import { handlerRoles } from '../../app/ledger/record-ledger-command.js';
import { drawForSession, recordAdministration } from '../../app/ledger/session-draws.js';
import {
  receiveStock,
  recordCount,
  recordDestruction,
  recordReturn,
  recordTransfer,
  recordWaste,
  witnessWaste,
} from '../../app/ledger/stock-commands.js';
import { renderContainerLabelPdf } from '../../documents/ledger-pdf.js';
import type { HttpDeps } from '../deps.js';

const tags = ['ledger'];
const handlers = { access: handlerRoles };
const viewers = { access: ledgerViewerRoles };
const discrepancyManagers = { access: discrepancyRoles };
const Event = Type.Unknown({ description: 'The ledger event as recorded (sequence, hashes, body)' });

function present<T>(value: T | undefined, field: string, label: string): T {
  if (value === undefined) {
    throw MissingInputError.forField(field, `${label} is required`);
  }
  return value;
}

export const ledgerRoutes: FastifyPluginAsyncTypebox<{ deps: HttpDeps }> = async (app, { deps }) => {
  app.get(
    '/api/ledger',
    { config: viewers, schema: { tags, summary: 'Balances, discrepancies with the DEA clock, open wastes, sessions' } },
    async (request) => getLedgerOverview(deps.app, request.ctx),
  );

  app.get(
    '/api/ledger/containers/:id',
    {
      config: viewers,
      schema: { tags, summary: 'One container with every event that touched it', params: LedgerEventIdParams },
    },
    async (request) => getContainerHistory(deps.app, request.ctx, request.params.id),
  );

  app.get(
    '/api/ledger/containers/:id/label.pdf',
    {
      config: viewers,
      schema: { tags, summary: 'A printable container label with a QR code of its id', params: LedgerEventIdParams },
    },
    async (request, reply) => {
      const { container } = await getContainerHistory(deps.app, request.ctx, request.params.id);
      const pdf = await renderContainerLabelPdf(container, deps.clinicName);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="container-${container.containerId.slice(0, 8)}.pdf"`)
        .send(pdf);
    },
  );

  app.post(
    '/api/ledger/receipts',
    {
      config: handlers,
      schema: {
        tags,
        summary: 'Register containers received from a supplier',
        body: ReceiveStockBody,
        response: { 201: Event },
      },
    },
    async (request, reply) => reply.status(201).send(await receiveStock(deps.app, request.ctx, request.body)),
  );

  app.post(
    '/api/ledger/draws',
    {
      config: handlers,
      schema: { tags, summary: 'Draw a dose from a container for a session', body: DrawBody, response: { 201: Event } },
    },
    async (request, reply) => reply.status(201).send(await drawForSession(deps.app, request.ctx, request.body)),
  );

  app.post(
    '/api/ledger/administrations',
    {
      config: handlers,
      schema: {
        tags,
        summary: 'Record the amount given to the patient from a container in a session',
        body: AdministrationBody,
        response: { 201: Event },
      },
    },
    async (request, reply) => reply.status(201).send(await recordAdministration(deps.app, request.ctx, request.body)),
  );

  app.post(
    '/api/ledger/wastes',
    {
      config: handlers,
      schema: {
        tags,
        summary: 'Waste drug, witnessed by a second person who re-enters their own password (or left open)',
        body: WasteBody,
        response: { 201: Event },
      },
    },
    async (request, reply) => {
      const { source, sessionId, reason, ...rest } = request.body;
      const input =
        source === 'session'
          ? { ...rest, source, sessionId: present(sessionId, 'sessionId', 'The session') }
          : { ...rest, source, reason: present(reason, 'reason', 'The reason') };
      return reply.status(201).send(await recordWaste(deps.app, request.ctx, input));
    },
  );

  app.post(
    '/api/ledger/wastes/:id/witness',
    {
      config: handlers,
      schema: {
        tags,
        summary: 'Witness an open waste: the witness re-enters their own password',
        params: LedgerEventIdParams,
        body: WitnessCredentialsBody,
        response: { 201: Event },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await witnessWaste(deps.app, request.ctx, request.params.id, request.body)),
  );

  app.post(
    '/api/ledger/counts',
    {
      config: handlers,
      schema: {
        tags,
        summary: 'A count by two people; a difference opens a discrepancy',
        body: CountBody,
        response: { 201: Event },
      },
    },
    async (request, reply) => reply.status(201).send(await recordCount(deps.app, request.ctx, request.body)),
  );

  app.post(
    '/api/ledger/returns',
    {
      config: handlers,
      schema: {
        tags,
        summary: 'Return stock to the supplier, or a sealed device to stock',
        body: ReturnBody,
        response: { 201: Event },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const input =
        b.destination === 'supplier'
          ? {
              destination: b.destination,
              containerId: b.containerId,
              amountMg: b.amountMg,
              returnedTo: present(b.returnedTo, 'returnedTo', 'The supplier'),
              reference: present(b.reference, 'reference', 'The return authorisation or invoice number'),
            }
          : {
              destination: b.destination,
              containerId: b.containerId,
              amountMg: b.amountMg,
              sessionId: present(b.sessionId, 'sessionId', 'The session'),
              reason: present(b.reason, 'reason', 'The reason'),
            };
      return reply.status(201).send(await recordReturn(deps.app, request.ctx, input));
    },
  );

  app.post(
    '/api/ledger/transfers',
    {
      config: handlers,
      schema: {
        tags,
        summary: 'Move a container to another safe or cabinet',
        body: TransferBody,
        response: { 201: Event },
      },
    },
    async (request, reply) => reply.status(201).send(await recordTransfer(deps.app, request.ctx, request.body)),
  );

  app.post(
    '/api/ledger/destructions',
    {
      config: handlers,
      schema: {
        tags,
        summary: 'Hand stock to a reverse distributor, or destroy it on site with a witness',
        body: DestructionBody,
        response: { 201: Event },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const common = { containerId: b.containerId, amountMg: b.amountMg, reason: b.reason };
      const input =
        b.kind === 'reverse-distributor'
          ? { ...common, kind: b.kind, registrant: present(b.registrant, 'registrant', 'The reverse distributor') }
          : {
              ...common,
              kind: b.kind,
              manner: present(b.manner, 'manner', 'The manner of destruction'),
              witness: present(b.witness, 'witness', 'The witness'),
            };
      return reply.status(201).send(await recordDestruction(deps.app, request.ctx, input));
    },
  );

  app.post(
    '/api/ledger/corrections',
    {
      config: handlers,
      schema: {
        tags,
        summary: 'Correct the amount of an earlier event by a new event with a reason',
        body: CorrectionBody,
        response: { 201: Event },
      },
    },
    async (request, reply) => reply.status(201).send(await recordCorrection(deps.app, request.ctx, request.body)),
  );

  app.post(
    '/api/ledger/discrepancies/:id/resolve',
    {
      config: discrepancyManagers,
      schema: {
        tags,
        summary: 'Close an open count discrepancy with an explanation',
        params: LedgerEventIdParams,
        body: ResolveDiscrepancyBody,
        response: { 201: Event },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await resolveDiscrepancy(deps.app, request.ctx, request.params.id, request.body.explanation)),
  );

  app.post(
    '/api/ledger/discrepancies/:id/report',
    {
      config: discrepancyManagers,
      schema: {
        tags,
        summary: 'Record that an open discrepancy was reported to the DEA Field Division',
        params: LedgerEventIdParams,
        body: ReportDiscrepancyBody,
        response: { 201: Event },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await reportDiscrepancy(deps.app, request.ctx, request.params.id, request.body)),
  );

  app.get(
    '/api/ledger/verify',
    { config: { access: ['admin'] as const }, schema: { tags, summary: 'Re-check every hash of the ledger chain' } },
    async (request) => verifyLedger(deps.app, request.ctx),
  );
};
