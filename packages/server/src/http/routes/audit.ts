import { AuditPage, AuditQuery, ChainVerification } from '@chairside/contract';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { queryAudit, verifyChain } from '../../app/audit/query-audit.js';
import type { AuditRecord } from '../../app/ports.js';
import type { HttpDeps } from '../deps.js';

const tags = ['audit'];
const adminOnly = { access: ['admin'] as const };

const csvColumns = [
  'seq',
  'at',
  'actorUsername',
  'actorRole',
  'action',
  'recordType',
  'recordId',
  'patientId',
  'requestId',
  'clientAddress',
  'changes',
  'hash',
] as const;

export function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  // A leading = + - @ would run as a formula in a spreadsheet: prefix it with a quote.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function auditCsv(events: readonly AuditRecord[]): string {
  const lines = events.map((e) => csvColumns.map((c) => csvCell(e[c])).join(','));
  return `${csvColumns.join(',')}\r\n${lines.join('\r\n')}\r\n`;
}

export const auditRoutes: FastifyPluginAsyncTypebox<{ deps: HttpDeps }> = async (app, { deps }) => {
  app.get(
    '/api/audit',
    {
      config: adminOnly,
      schema: {
        tags,
        summary: 'Filter the audit trail, newest first',
        querystring: AuditQuery,
        response: { 200: AuditPage },
      },
    },
    async (request) => {
      const limit = request.query.limit ?? 100;
      const items = await queryAudit(deps.app, request.ctx, { ...request.query, limit });
      const last = items.at(-1);
      return { items, nextBeforeSeq: items.length === limit && last ? last.seq : null };
    },
  );

  app.get(
    '/api/audit/export.csv',
    {
      config: adminOnly,
      schema: { tags, summary: 'The filtered audit trail as CSV (up to 100,000 events)', querystring: AuditQuery },
    },
    async (request, reply) => {
      const items = await queryAudit(deps.app, request.ctx, { ...request.query, limit: 100_000 });
      return reply
        .header('content-disposition', 'attachment; filename="chairside-audit.csv"')
        .type('text/csv; charset=utf-8')
        .send(auditCsv(items));
    },
  );

  app.post(
    '/api/audit/verify',
    {
      config: adminOnly,
      schema: { tags, summary: 'Check the hash chain of the whole audit trail', response: { 200: ChainVerification } },
    },
    (request) => verifyChain(deps.app, request.ctx),
  );
};
