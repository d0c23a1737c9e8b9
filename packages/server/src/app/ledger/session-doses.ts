import type { Stores } from '../ports.js';
import { doseOf } from '../sessions/session-derive.js';

/** What the ledger reads of a treatment session: whose it is and the dose delivered so far. */
export interface SessionDose {
  readonly sessionId: string;
  readonly patientId: string;
  /** Cumulative dose delivered, from the session record (pump history, IM dose or devices); null when unknown. */
  readonly deliveredMg: number | null;
  readonly state: string;
}

/**
 * The session record's view of a session, or undefined when the record has no such session
 * (a draw for it is a diversion signal).
 */
export async function findSessionDose(s: Stores, sessionId: string, now: Date): Promise<SessionDose | undefined> {
  const row = await s.treatmentSessions.find(sessionId);
  if (!row) {
    return undefined;
  }
  const [journal, plan] = await Promise.all([
    s.treatmentSessions.journal(sessionId),
    row.dosePlanId ? s.dosePlans.findById(row.dosePlanId) : Promise.resolve(undefined),
  ]);
  const dose = doseOf(row, journal, plan?.result ?? null, now.toISOString());
  return { sessionId, patientId: row.patientId, deliveredMg: dose.deliveredMg, state: row.state };
}

/** Which of these session ids the session record knows. */
export async function knownSessionIds(s: Stores, sessionIds: readonly string[]): Promise<string[]> {
  const found = await Promise.all(sessionIds.map(async (id) => ((await s.treatmentSessions.find(id)) ? id : null)));
  return found.filter((id): id is string => id !== null);
}
