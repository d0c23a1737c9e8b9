import { desc, eq, sql } from 'drizzle-orm';
import type { Protocol } from '@chairside/domain';
import type { ProtocolStore, ProtocolVersionRecord } from '../../app/ports.js';
import type { Db } from '../connect.js';
import { protocolVersions } from '../schema/index.js';

function toRecord(row: typeof protocolVersions.$inferSelect): ProtocolVersionRecord {
  return {
    protocolId: row.protocolId,
    version: row.version,
    protocol: row.document as Protocol,
    reason: row.reason,
    publishedAt: new Date(row.publishedAt).toISOString(),
    publishedByUserId: row.publishedByUserId,
    publishedByUsername: row.publishedByUsername,
  };
}

function valuesOf(record: ProtocolVersionRecord): typeof protocolVersions.$inferInsert {
  return {
    protocolId: record.protocolId,
    version: record.version,
    document: record.protocol,
    reason: record.reason,
    publishedAt: record.publishedAt,
    publishedByUserId: record.publishedByUserId,
    publishedByUsername: record.publishedByUsername,
  };
}

export function protocolStore(db: Db): ProtocolStore {
  const insertIfAbsent = async (record: ProtocolVersionRecord): Promise<boolean> => {
    const inserted = await db
      .insert(protocolVersions)
      .values(valuesOf(record))
      .onConflictDoNothing()
      .returning({ version: protocolVersions.version });
    return inserted.length === 1;
  };
  return {
    insertIfAbsent,
    insert: insertIfAbsent,
    async listLatest() {
      const rows = await db
        .selectDistinctOn([protocolVersions.protocolId])
        .from(protocolVersions)
        .orderBy(protocolVersions.protocolId, desc(protocolVersions.version));
      return rows.map(toRecord);
    },
    async listVersions(protocolId) {
      const rows = await db
        .select()
        .from(protocolVersions)
        .where(eq(protocolVersions.protocolId, protocolId))
        .orderBy(desc(protocolVersions.version));
      return rows.map(toRecord);
    },
    async findVersion(protocolId, version) {
      const [row] = await db
        .select()
        .from(protocolVersions)
        .where(sql`${protocolVersions.protocolId} = ${protocolId} and ${protocolVersions.version} = ${version}`);
      return row ? toRecord(row) : undefined;
    },
    async findLatest(protocolId) {
      const [row] = await db
        .select()
        .from(protocolVersions)
        .where(eq(protocolVersions.protocolId, protocolId))
        .orderBy(desc(protocolVersions.version))
        .limit(1);
      return row ? toRecord(row) : undefined;
    },
  };
}
