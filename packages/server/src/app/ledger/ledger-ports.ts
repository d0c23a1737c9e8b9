/** Store ports for the controlled-substance ledger. */
import type { ChainHead, LedgerEvent } from '@chairside/domain';

export interface LedgerStore {
  /**
   * Locks the chain head for the rest of the transaction and returns it. Every append takes
   * this lock first, so two people drawing from the same container at the same moment are
   * serialised: the second sees the first's event before its own is checked.
   */
  lockHead(): Promise<ChainHead>;
  /** The head without locking (for verification). */
  head(): Promise<ChainHead>;
  /** Every event in sequence order. */
  all(): Promise<LedgerEvent[]>;
  /** Inserts a sealed event and moves the head to it (the caller holds the lock). */
  append(event: LedgerEvent): Promise<void>;
}

/** What the ledger needs to know of a treatment session (the session record owns it). */
export interface SessionDose {
  readonly sessionId: string;
  readonly patientId: string;
  /** Cumulative dose delivered to the patient so far, from the session record. */
  readonly deliveredMg: number;
}

/**
 * The narrow port through which the ledger reads treatment sessions. Undefined for a session the
 * session record does not know: a draw for it is allowed and flagged as a diversion signal.
 */
export interface SessionDoseSource {
  find(sessionId: string): Promise<SessionDose | undefined>;
  /** Every session id the record knows among the given ones. */
  known(sessionIds: readonly string[]): Promise<string[]>;
}
