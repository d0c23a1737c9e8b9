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
