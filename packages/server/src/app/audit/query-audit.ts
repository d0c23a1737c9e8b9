import type { AppDeps, AuditFilter, AuditRecord, RequestContext } from '../ports.js';
import { verifyAuditChain, type ChainReport } from './verify-chain.js';

/** Admin view of the audit trail; looking at it is itself audited. */
export async function queryAudit(deps: AppDeps, ctx: RequestContext, filter: AuditFilter): Promise<AuditRecord[]> {
  return deps.tx.run(async (s) => {
    const events = await s.audit.query(filter);
    await s.audit.append(ctx, {
      action: 'audit.query',
      recordType: 'audit',
      changes: { filter, results: events.length },
    });
    return events;
  });
}

export async function verifyChain(deps: AppDeps, ctx: RequestContext): Promise<ChainReport> {
  return deps.tx.run(async (s) => {
    const report = await verifyAuditChain(s.audit);
    await s.audit.append(ctx, {
      action: 'audit.verify',
      recordType: 'audit',
      changes: { ok: report.ok, checked: report.checked },
    });
    return report;
  });
}
