import { protocolLibraryV1 } from '@chairside/domain';
import type { Db } from './connect.js';
import { protocolVersions } from './schema/index.js';

/**
 * Stores v1 of each shipped protocol (DEFAULTS.md §1) from the domain data at start-up, after the
 * migrations. Idempotent: an existing id@version is left as it is, so a clinic's later versions
 * and the original publication time are never touched.
 */
export async function seedProtocolLibrary(db: Db): Promise<number> {
  const publishedAt = new Date().toISOString();
  const rows = Object.values(protocolLibraryV1).map((protocol) => ({
    protocolId: protocol.id,
    version: protocol.version,
    document: protocol,
    reason: protocol.revisionReason,
    publishedAt,
    publishedByUserId: null,
    publishedByUsername: null,
  }));
  const inserted = await db
    .insert(protocolVersions)
    .values(rows)
    .onConflictDoNothing()
    .returning({ protocolId: protocolVersions.protocolId });
  return inserted.length;
}
