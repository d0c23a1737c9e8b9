import { describe, expect, it } from 'vitest';
import { canonicalEventText, genesisHash, sealLedgerEvent, verifyChain } from './chain.js';
import type { LedgerEvent } from './events.js';
import { fnv1a64, richLedger } from './ledger-fixtures.js';

describe('canonicalEventText', () => {
  it('sorts keys at every level, leaves out hash and absent fields, and has no whitespace', () => {
    const event = richLedger().events[0];
    if (event === undefined) {
      throw new Error('fixture');
    }
    const text = canonicalEventText(event);
    expect(
      text.startsWith(
        '{"at":"2026-03-02T15:01:00.000Z","by":"u-clerk","container":{"concentrationMgPerMl":50,"expiryDate"',
      ),
    ).toBe(true);
    expect(text).not.toContain('"hash"');
    expect(text).not.toMatch(/\s"|":\s/);
    const reordered = Object.fromEntries(Object.entries(event).reverse()) as LedgerEvent;
    expect(canonicalEventText(reordered)).toBe(text);
    expect(canonicalEventText({ ...event, witnessedBy: undefined } as unknown as LedgerEvent)).toBe(text);
  });

  it('keeps NaN apart from null and from the string "NaN"', () => {
    const event = richLedger().events[2]!;
    const asNaN = canonicalEventText({ ...event, amountMg: Number.NaN } as LedgerEvent);
    const asNull = canonicalEventText({ ...event, amountMg: null } as unknown as LedgerEvent);
    const asText = canonicalEventText({ ...event, amountMg: 'NaN' } as unknown as LedgerEvent);
    expect(new Set([asNaN, asNull, asText]).size).toBe(3);
  });
});

describe('verifyChain', () => {
  it('accepts an untouched ledger and links the first event to the genesis hash', () => {
    const { events } = richLedger();
    expect(events[0]?.previousHash).toBe(genesisHash);
    expect(verifyChain(events, fnv1a64)).toEqual({ ok: true, length: events.length, headHash: events.at(-1)?.hash });
    expect(verifyChain([], fnv1a64)).toEqual({ ok: true, length: 0, headHash: genesisHash });
  });

  it('finds an edited amount at its sequence', () => {
    const events = [...richLedger().events];
    events[3] = { ...events[3]!, amountMg: 30 } as LedgerEvent;
    expect(verifyChain(events, fnv1a64)).toMatchObject({ ok: false, brokenAtSequence: 4, reason: 'hash-mismatch' });
  });

  it('finds an edited event even when its hash was recomputed (the next link breaks)', () => {
    const events = [...richLedger().events];
    const edited = { ...events[3]!, amountMg: 30 } as LedgerEvent;
    events[3] = sealLedgerEvent(edited, fnv1a64);
    expect(verifyChain(events, fnv1a64)).toMatchObject({
      ok: false,
      brokenAtSequence: 5,
      reason: 'previous-hash-mismatch',
    });
  });

  it('finds a removed event and swapped events', () => {
    const events = richLedger().events;
    expect(verifyChain([...events.slice(0, 4), ...events.slice(5)], fnv1a64)).toMatchObject({
      brokenAtSequence: 5,
      reason: 'sequence-gap',
    });
    const swapped = [...events];
    [swapped[6], swapped[7]] = [swapped[7]!, swapped[6]!];
    expect(verifyChain(swapped, fnv1a64)).toMatchObject({ brokenAtSequence: 7, reason: 'sequence-gap' });
  });

  it('finds events removed from the end only against a head kept elsewhere', () => {
    const { events } = richLedger();
    const last = events.at(-1)!;
    const head = { sequence: last.sequence, hash: last.hash };
    expect(verifyChain(events, fnv1a64, head).ok).toBe(true);
    expect(verifyChain(events.slice(0, -2), fnv1a64)).toMatchObject({ ok: true });
    expect(verifyChain(events.slice(0, -2), fnv1a64, head)).toMatchObject({
      ok: false,
      brokenAtSequence: events.length - 1,
      reason: 'truncated',
    });
  });
});
