/**
 * Tamper evidence. Every event stores the previous event's hash, and its own hash is computed
 * over `canonicalEventText(event)`: a text with keys in a fixed order, so the same event always
 * hashes the same. The hash function itself (SHA-256 over UTF-8, node:crypto) belongs to the
 * server; the domain takes it as a parameter and stays pure.
 */
import type { LedgerEvent, UnsealedLedgerEvent } from './events.js';
import { genesisHash } from './state.js';

export { genesisHash };

/** A hash function over text, e.g. `(text) => createHash('sha256').update(text, 'utf8').digest('hex')`. */
export type HashText = (text: string) => string;

function compareKeys(a: string, b: string): number {
  if (a < b) {
    return -1;
  }
  return a > b ? 1 : 0;
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map((item) => (item === undefined ? 'null' : canonical(item))).join(',')}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => compareKeys(a, b));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) {
    // Not JSON, but distinct from null and from the strings "NaN"/"Infinity": a changed value still shows.
    return String(value);
  }
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') {
    return 'null';
  }
  return JSON.stringify(value);
}

/**
 * The text an event's hash is computed over: every field except `hash`, keys sorted at every
 * level (by UTF-16 code unit, independent of locale), no whitespace, absent optional fields left out.
 * @param event - the event, sealed or not
 */
export function canonicalEventText(event: UnsealedLedgerEvent | LedgerEvent): string {
  const fields = Object.entries(event).filter(([key]) => key !== 'hash');
  return canonical(Object.fromEntries(fields));
}

/**
 * Adds the event's hash.
 * @param event - an event from `prepareLedgerEvent`
 * @param hash - the server's hash function
 */
export function sealLedgerEvent(event: UnsealedLedgerEvent, hash: HashText): LedgerEvent {
  return { ...event, hash: hash(canonicalEventText(event)) };
}

export const ChainBreak = {
  Sequence: 'sequence-gap',
  PreviousHash: 'previous-hash-mismatch',
  Hash: 'hash-mismatch',
  Truncated: 'truncated',
} as const;
export type ChainBreak = (typeof ChainBreak)[keyof typeof ChainBreak];

export type ChainVerification =
  | { readonly ok: true; readonly length: number; readonly headHash: string }
  | { readonly ok: false; readonly brokenAtSequence: number; readonly reason: ChainBreak; readonly message: string };

/** The last sequence and hash the server keeps apart from the events, to detect removed tail events. */
export interface ChainHead {
  readonly sequence: number;
  readonly hash: string;
}

function broken(sequence: number, reason: ChainBreak, message: string): ChainVerification {
  return { ok: false, brokenAtSequence: sequence, reason, message };
}

/**
 * Checks the chain, in the order given (the store returns it by sequence): sequences 1, 2, 3…
 * without gaps, each `previousHash` equal to the hash before, and each `hash` recomputed.
 * @param events - the ledger's events in sequence order
 * @param hash - the server's hash function
 * @param expectedHead - optional head kept elsewhere; detects events removed from the end
 * @returns ok, or the first sequence at which the chain is broken and why
 */
export function verifyChain(
  events: readonly LedgerEvent[],
  hash: HashText,
  expectedHead?: ChainHead,
): ChainVerification {
  let previousHash = genesisHash;
  for (const [index, event] of events.entries()) {
    const sequence = index + 1;
    if (event.sequence !== sequence) {
      return broken(sequence, ChainBreak.Sequence, `Expected sequence ${sequence}, found ${event.sequence}`);
    }
    if (event.previousHash !== previousHash) {
      return broken(sequence, ChainBreak.PreviousHash, `Event ${sequence} does not link to the event before it`);
    }
    if (hash(canonicalEventText(event)) !== event.hash) {
      return broken(sequence, ChainBreak.Hash, `Event ${sequence} was changed after it was recorded`);
    }
    previousHash = event.hash;
  }
  if (expectedHead !== undefined && (expectedHead.sequence !== events.length || expectedHead.hash !== previousHash)) {
    return broken(
      Math.min(expectedHead.sequence, events.length) + 1,
      ChainBreak.Truncated,
      `Expected ${expectedHead.sequence} events, found ${events.length}`,
    );
  }
  return { ok: true, length: events.length, headHash: previousHash };
}
