/**
 * Ledger events: the append-only chain of custody of every ketamine and esketamine container.
 * A fact is never edited; a mistake is fixed by a `correction` event that references it. Every
 * event is a plain JSON object and carries the previous event's hash (tamper evidence, chain.ts).
 */
import type { ContainerDetails, Registrant } from './container.js';

export const LedgerEventType = {
  Received: 'received',
  Drawn: 'drawn',
  Administered: 'administered',
  Wasted: 'wasted',
  WasteWitnessed: 'waste-witnessed',
  Returned: 'returned',
  Transferred: 'transferred',
  Destroyed: 'destroyed',
  Counted: 'counted',
  Correction: 'correction',
  DiscrepancyResolved: 'discrepancy-resolved',
  DiscrepancyReported: 'discrepancy-reported',
} as const;
export type LedgerEventType = (typeof LedgerEventType)[keyof typeof LedgerEventType];

/** What every event carries. `at` is when it was recorded (Clock); `by` is the user who recorded it. */
export interface LedgerEventHeader {
  readonly id: string;
  /** 1, 2, 3… with no gaps, across the whole ledger of one registered location. */
  readonly sequence: number;
  readonly at: string;
  readonly by: string;
  /** The hash of the event before (or `genesisHash` for the first). */
  readonly previousHash: string;
}

/** Stock received from a supplier by invoice (CIII: no DEA Form 222, REFERENCE.md §10). */
export interface ReceivedBody {
  readonly type: typeof LedgerEventType.Received;
  readonly containerId: string;
  readonly container: ContainerDetails;
}

/** Drug taken out of a container for one session: it leaves the container's stock. */
export interface DrawnBody {
  readonly type: typeof LedgerEventType.Drawn;
  readonly containerId: string;
  readonly sessionId: string;
  readonly patientId: string;
  readonly amountMg: number;
  /** Required for vials (must match amount ÷ concentration); absent for esketamine devices. */
  readonly volumeMl?: number;
  readonly preparedBy: string;
  /** The clinic's date (YYYY-MM-DD) the expiry was checked against. */
  readonly onDate: string;
}

/** Drug given to the patient, copied from the session record; does not move container stock. */
export interface AdministeredBody {
  readonly type: typeof LedgerEventType.Administered;
  readonly containerId: string;
  readonly sessionId: string;
  readonly patientId: string;
  readonly amountMg: number;
  readonly administeredBy: string;
  readonly administeredAt: string;
}

interface WasteCommon {
  readonly type: typeof LedgerEventType.Wasted;
  readonly containerId: string;
  readonly amountMg: number;
  /** How it was made unrecoverable (e.g. "into drug waste sequestrant"). */
  readonly method: string;
  readonly wastedBy: string;
  readonly wastedAt: string;
  /** A second person; absent = the waste stays open and is flagged until `waste-witnessed`. */
  readonly witnessedBy?: string;
}

/** Drawn for a session but not given: accounts for the session, does not reduce stock again. */
export interface SessionWasteBody extends WasteCommon {
  readonly source: 'session';
  readonly sessionId: string;
}

/** Lost from the container itself (dropped vial, residue of a single-dose vial): reduces stock. */
export interface StockWasteBody extends WasteCommon {
  readonly source: 'stock';
  readonly reason: string;
}

export type WastedBody = SessionWasteBody | StockWasteBody;

/** A second person witnesses an open waste afterwards. */
export interface WasteWitnessedBody {
  readonly type: typeof LedgerEventType.WasteWitnessed;
  readonly wasteEventId: string;
  readonly witnessedBy: string;
}

/** A sealed esketamine device drawn for a session and not opened goes back to its container. */
export interface ReturnedToStockBody {
  readonly type: typeof LedgerEventType.Returned;
  readonly destination: 'stock';
  readonly containerId: string;
  readonly sessionId: string;
  readonly amountMg: number;
  readonly reason: string;
}

/** Stock sent back to the supplier (a registrant-to-registrant transfer documented by invoice). */
export interface ReturnedToSupplierBody {
  readonly type: typeof LedgerEventType.Returned;
  readonly destination: 'supplier';
  readonly containerId: string;
  readonly amountMg: number;
  readonly returnedTo: Registrant;
  /** Return authorisation or invoice number. */
  readonly reference: string;
}

export type ReturnedBody = ReturnedToStockBody | ReturnedToSupplierBody;

/** Whole units split off into a new container record at the destination. */
export interface TransferSplit {
  readonly newContainerId: string;
  readonly unitCount: number;
}

/** A change of storage location within the registered location; optionally splits units off. */
export interface TransferredBody {
  readonly type: typeof LedgerEventType.Transferred;
  readonly containerId: string;
  /** Derived from the ledger at the time, never typed in. */
  readonly fromLocation: string;
  readonly toLocation: string;
  readonly split?: TransferSplit;
}

export const DestructionReason = {
  Expired: 'expired',
  Damaged: 'damaged',
  Recalled: 'recalled',
  Unwanted: 'unwanted',
} as const;
export type DestructionReason = (typeof DestructionReason)[keyof typeof DestructionReason];

/** Handed to a reverse distributor (21 CFR 1317; keep date, name/address, quantity). */
export interface ReverseDistributorDisposal {
  readonly kind: 'reverse-distributor';
  readonly registrant: Registrant;
}

/** Destroyed on site to a non-retrievable state by one person, witnessed by another (DEA Form 41 §D). */
export interface OnSiteDisposal {
  readonly kind: 'on-site';
  readonly manner: string;
  readonly destroyedBy: string;
  readonly witnessedBy: string;
}

export interface DestroyedBody {
  readonly type: typeof LedgerEventType.Destroyed;
  readonly containerId: string;
  readonly amountMg: number;
  readonly reason: DestructionReason;
  readonly disposal: ReverseDistributorDisposal | OnSiteDisposal;
}

/** A physical count by two people. The expected balance is derived, never typed in. */
export interface CountedBody {
  readonly type: typeof LedgerEventType.Counted;
  readonly containerId: string;
  readonly countedMg: number;
  readonly countedBy: string;
  readonly witnessedBy: string;
}

/**
 * Fixes the amount of an earlier event by a signed delta (the event itself is never edited).
 * On a `counted` event the delta adjusts the container's stock to the physical count.
 */
export interface CorrectionBody {
  readonly type: typeof LedgerEventType.Correction;
  readonly correctsEventId: string;
  /** Derived from the corrected event. */
  readonly containerId: string;
  readonly deltaMg: number;
  readonly reason: string;
}

export interface DiscrepancyResolvedBody {
  readonly type: typeof LedgerEventType.DiscrepancyResolved;
  readonly countEventId: string;
  readonly explanation: string;
}

export interface DiscrepancyReportedBody {
  readonly type: typeof LedgerEventType.DiscrepancyReported;
  readonly countEventId: string;
  /** Date the written notice went to the DEA Field Division, `YYYY-MM-DD`. */
  readonly reportedOn: string;
  readonly reference?: string;
}

export type LedgerEventBody =
  | ReceivedBody
  | DrawnBody
  | AdministeredBody
  | WastedBody
  | WasteWitnessedBody
  | ReturnedBody
  | TransferredBody
  | DestroyedBody
  | CountedBody
  | CorrectionBody
  | DiscrepancyResolvedBody
  | DiscrepancyReportedBody;

/** An event before the server has hashed it. */
export type UnsealedLedgerEvent = LedgerEventHeader & LedgerEventBody;
/** An event as stored: `hash` = hash(canonicalEventText(event)). */
export type LedgerEvent = UnsealedLedgerEvent & { readonly hash: string };

/** What a user submits. Fields the ledger derives (`fromLocation`, a correction's `containerId`) are left out. */
export type TransferCommand = Omit<TransferredBody, 'fromLocation'>;
export type CorrectionCommand = Omit<CorrectionBody, 'containerId'>;
export type LedgerCommand =
  Exclude<LedgerEventBody, TransferredBody | CorrectionBody> | TransferCommand | CorrectionCommand;

/** Who, when and under which id a command is recorded; from the Clock, IdSource and session. */
export interface EventMeta {
  readonly id: string;
  readonly at: string;
  readonly by: string;
}
