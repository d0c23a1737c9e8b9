import type { AuditRecord, AuditStore } from '../ports.js';
import { genesisHash, hashAuditEvent } from './chain.js';

export interface ChainReport {
  readonly ok: boolean;
  readonly checked: number;
  readonly firstBrokenSeq: number | null;
  readonly message: string;
}

function brokenAt(event: AuditRecord, expectedPrev: string): string | null {
  if (event.prevHash !== expectedPrev) {
    return `event ${event.seq} does not link to the event before it (an event was removed or inserted)`;
  }
  if (hashAuditEvent(event.prevHash, event) !== event.hash) {
    return `event ${event.seq} (${event.action}) was altered after it was written`;
  }
  return null;
}

/** Walks the whole chain in sequence order and reports the first broken link. */
export async function verifyAuditChain(audit: Pick<AuditStore, 'scan'>, batchSize = 2000): Promise<ChainReport> {
  let expectedPrev = genesisHash;
  let afterSeq = 0;
  let checked = 0;
  for (;;) {
    const batch = await audit.scan(afterSeq, batchSize);
    for (const event of batch) {
      const fault = brokenAt(event, expectedPrev);
      if (fault) {
        return { ok: false, checked, firstBrokenSeq: event.seq, message: `Audit chain broken: ${fault}` };
      }
      expectedPrev = event.hash;
      afterSeq = event.seq;
      checked += 1;
    }
    if (batch.length < batchSize) {
      return { ok: true, checked, firstBrokenSeq: null, message: `Audit chain intact: ${checked} events verified` };
    }
  }
}
