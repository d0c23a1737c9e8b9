import { createHash } from 'node:crypto';
import type { AuditRecord } from '../ports.js';

/** The hash the first event links to. */
export const genesisHash = '0'.repeat(64);

/** JSON with keys sorted at every level, so the same content always gives the same text (jsonb reorders keys). */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) {
    return 'null';
  }
  if (Array.isArray(value)) {
    return `[${value.map(canonicalJson).join(',')}]`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The content an event's hash covers: everything but its place in the chain. */
export type HashedFields = Omit<AuditRecord, 'seq' | 'prevHash' | 'hash'>;

/** sha-256 over the previous hash and the event's canonical content: altering, removing or reordering any event breaks every later link. */
export function hashAuditEvent(prevHash: string, event: HashedFields): string {
  const content = canonicalJson({
    id: event.id,
    at: new Date(event.at).toISOString(),
    actorUserId: event.actorUserId,
    actorUsername: event.actorUsername,
    actorRole: event.actorRole,
    action: event.action,
    recordType: event.recordType,
    recordId: event.recordId,
    patientId: event.patientId,
    requestId: event.requestId,
    clientAddress: event.clientAddress,
    changes: event.changes,
  });
  return createHash('sha256').update(prevHash).update('\n').update(content).digest('hex');
}
