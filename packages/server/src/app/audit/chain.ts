import { createHash } from 'node:crypto';

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

export interface HashedFields {
  readonly id: string;
  readonly at: string;
  readonly actorUserId: string | null;
  readonly actorUsername: string | null;
  readonly actorRole: string | null;
  readonly action: string;
  readonly recordType: string;
  readonly recordId: string | null;
  readonly patientId: string | null;
  readonly requestId: string | null;
  readonly clientAddress: string | null;
  readonly changes: unknown;
}

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
