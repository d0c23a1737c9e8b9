import { asc, eq, sql } from 'drizzle-orm';
import type { ChainHead, LedgerEvent } from '@chairside/domain';
import type { LedgerStore } from '../../app/ledger/ledger-ports.js';
import type { Db } from '../connect.js';
import { ledgerEvents, ledgerHead } from '../schema/index.js';

function containerIdOf(event: LedgerEvent): string | null {
  return 'containerId' in event ? event.containerId : null;
}

function sessionIdOf(event: LedgerEvent): string | null {
  return 'sessionId' in event ? event.sessionId : null;
}

export function ledgerStore(db: Db): LedgerStore {
  const readHead = async (lock: boolean): Promise<ChainHead> => {
    const query = db.select().from(ledgerHead).where(eq(ledgerHead.id, 1));
    const [row] = lock ? await query.for('update') : await query;
    if (!row) {
      throw new Error('ledger_head row missing: the ledger migration did not run');
    }
    return { sequence: row.sequence, hash: row.hash };
  };
  return {
    lockHead: () => readHead(true),
    head: () => readHead(false),
    async all() {
      const rows = await db
        .select({ event: ledgerEvents.event })
        .from(ledgerEvents)
        .orderBy(asc(ledgerEvents.sequence));
      return rows.map((row) => row.event as LedgerEvent);
    },
    async append(event) {
      await db.insert(ledgerEvents).values({
        sequence: event.sequence,
        id: event.id,
        type: event.type,
        at: event.at,
        byUserId: event.by,
        containerId: containerIdOf(event),
        sessionId: sessionIdOf(event),
        event,
        previousHash: event.previousHash,
        hash: event.hash,
      });
      await db
        .update(ledgerHead)
        .set({ sequence: event.sequence, hash: event.hash })
        .where(sql`${ledgerHead.id} = 1`);
    },
  };
}
