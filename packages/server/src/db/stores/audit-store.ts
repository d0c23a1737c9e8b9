import { and, asc, desc, eq, gt, gte, like, lt, lte, sql, type SQL } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Clock } from '@chairside/domain';
import { genesisHash, hashAuditEvent } from '../../app/audit/chain.js';
import type { AuditRecord, AuditStore } from '../../app/ports.js';
import type { Db } from '../connect.js';
import { auditEvents } from '../schema/index.js';

// One lock for the chain: appends are serialised so every event links to exactly one predecessor.
const chainLockKey = 7_261_001;

function toRecord(row: typeof auditEvents.$inferSelect): AuditRecord {
  return { ...row, at: new Date(row.at).toISOString() };
}

export function auditStore(db: Db, clock: Clock): AuditStore {
  return {
    async append(ctx, entry) {
      await db.execute(sql`select pg_advisory_xact_lock(${chainLockKey})`);
      const [last] = await db
        .select({ hash: auditEvents.hash })
        .from(auditEvents)
        .orderBy(desc(auditEvents.seq))
        .limit(1);
      const prevHash = last?.hash ?? genesisHash;
      const event = {
        id: randomUUID(),
        at: clock.now().toISOString(),
        actorUserId: ctx.actor?.userId ?? null,
        actorUsername: ctx.actor?.username ?? null,
        actorRole: ctx.actor?.role ?? null,
        action: entry.action,
        recordType: entry.recordType,
        recordId: entry.recordId ?? null,
        patientId: entry.patientId ?? null,
        requestId: ctx.requestId,
        clientAddress: ctx.clientAddress,
        changes: entry.changes ?? null,
      };
      await db.insert(auditEvents).values({ ...event, prevHash, hash: hashAuditEvent(prevHash, event) });
    },

    async query(filter) {
      const conditions: SQL[] = [];
      if (filter.from) {
        conditions.push(gte(auditEvents.at, filter.from));
      }
      if (filter.to) {
        conditions.push(lte(auditEvents.at, filter.to));
      }
      if (filter.actor) {
        conditions.push(eq(auditEvents.actorUsername, filter.actor));
      }
      if (filter.action) {
        conditions.push(like(auditEvents.action, `${filter.action.replace(/[%_\\]/g, '\\$&')}%`));
      }
      if (filter.recordType) {
        conditions.push(eq(auditEvents.recordType, filter.recordType));
      }
      if (filter.patientId) {
        conditions.push(eq(auditEvents.patientId, filter.patientId));
      }
      if (filter.beforeSeq) {
        conditions.push(lt(auditEvents.seq, filter.beforeSeq));
      }
      const rows = await db
        .select()
        .from(auditEvents)
        .where(and(...conditions))
        .orderBy(desc(auditEvents.seq))
        .limit(filter.limit);
      return rows.map(toRecord);
    },

    async scan(afterSeq, batchSize) {
      const rows = await db
        .select()
        .from(auditEvents)
        .where(gt(auditEvents.seq, afterSeq))
        .orderBy(asc(auditEvents.seq))
        .limit(batchSize);
      return rows.map(toRecord);
    },
  };
}
