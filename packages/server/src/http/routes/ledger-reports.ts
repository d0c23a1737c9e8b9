import { InventoryQuery, ReportRangeQuery } from '@chairside/contract';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ledgerViewerRoles } from '../../app/ledger/ledger-queries.js';
import {
  diversionRoles,
  getDispensingReport,
  getDiversionReport,
  getInventoryReport,
} from '../../app/ledger/ledger-reports.js';
import { dispensingCsv, inventoryCsv } from '../../documents/ledger-csv.js';
import { renderDispensingRecordPdf, renderInventoryPdf } from '../../documents/ledger-pdf.js';
import type { HttpDeps } from '../deps.js';

const tags = ['ledger'];
const viewers = { access: ledgerViewerRoles };
const rangeOf = (query: ReportRangeQuery) => ({ fromAt: query.from, toAt: query.to });
const fileDate = (iso: string): string => iso.slice(0, 10);

/** Controlled-substance reports: the 1304.22(c) record, inventories, diversion signals. */
export const ledgerReportRoutes: FastifyPluginAsyncTypebox<{ deps: HttpDeps }> = async (app, { deps }) => {
  app.get(
    '/api/ledger/reports/dispensing.pdf',
    {
      config: viewers,
      schema: {
        tags,
        summary: 'The 21 CFR 1304.22(c) dispensing/administration record (PDF)',
        querystring: ReportRangeQuery,
      },
    },
    async (request, reply) => {
      const report = await getDispensingReport(deps.app, request.ctx, rangeOf(request.query));
      const pdf = await renderDispensingRecordPdf(report.record, report.people, deps.clinicName, report.generatedAt);
      return reply
        .type('application/pdf')
        .header(
          'content-disposition',
          `inline; filename="dispensing-record-${fileDate(request.query.from)}-${fileDate(request.query.to)}.pdf"`,
        )
        .send(pdf);
    },
  );

  app.get(
    '/api/ledger/reports/dispensing.csv',
    {
      config: viewers,
      schema: {
        tags,
        summary: 'The 21 CFR 1304.22(c) dispensing/administration record (CSV)',
        querystring: ReportRangeQuery,
      },
    },
    async (request, reply) => {
      const report = await getDispensingReport(deps.app, request.ctx, rangeOf(request.query));
      return reply
        .type('text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="dispensing-record-${fileDate(request.query.from)}-${fileDate(request.query.to)}.csv"`,
        )
        .send(dispensingCsv(report.record, report.people));
    },
  );

  app.get(
    '/api/ledger/reports/inventory.pdf',
    {
      config: viewers,
      schema: { tags, summary: 'Initial or biennial inventory as of an instant (PDF)', querystring: InventoryQuery },
    },
    async (request, reply) => {
      const { kind, businessTime, at } = request.query;
      const report = await getInventoryReport(deps.app, request.ctx, { kind, businessTime, takenAt: at });
      const pdf = await renderInventoryPdf(report.record, deps.clinicName, report.generatedAt);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${kind}-inventory-${fileDate(at)}.pdf"`)
        .send(pdf);
    },
  );

  app.get(
    '/api/ledger/reports/inventory.csv',
    {
      config: viewers,
      schema: { tags, summary: 'Initial or biennial inventory as of an instant (CSV)', querystring: InventoryQuery },
    },
    async (request, reply) => {
      const { kind, businessTime, at } = request.query;
      const report = await getInventoryReport(deps.app, request.ctx, { kind, businessTime, takenAt: at });
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${kind}-inventory-${fileDate(at)}.csv"`)
        .send(inventoryCsv(report.record));
    },
  );

  app.get(
    '/api/ledger/reports/diversion',
    {
      config: { access: diversionRoles },
      schema: {
        tags,
        summary: 'Diversion signals per staff member, outliers highlighted',
        querystring: ReportRangeQuery,
      },
    },
    async (request) => getDiversionReport(deps.app, request.ctx, rangeOf(request.query)),
  );
};
