import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { canonicalEventText, verifyChain } from './chain.js';
import type { LedgerEvent } from './events.js';
import { fnv1a64, richLedger } from './ledger-fixtures.js';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type Path = readonly string[];

/** Every leaf (non-object value) of an event, as a key path. */
function leafPaths(value: unknown, prefix: Path = []): Path[] {
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => leafPaths(item, [...prefix, key]));
  }
  return [prefix];
}

function getAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], value);
}

function setAt(value: Json, path: Path, leaf: Json): Json {
  const [key, ...rest] = path;
  if (key === undefined || typeof value !== 'object' || value === null || Array.isArray(value)) {
    return leaf;
  }
  return { ...value, [key]: setAt(value[key] ?? null, rest, leaf) };
}

/** A value of any JSON leaf type that differs from the original. */
function differentLeaf(original: unknown): fc.Arbitrary<Json> {
  return fc
    .oneof(
      fc.string(),
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(null),
    )
    .filter((candidate) => JSON.stringify(candidate) !== JSON.stringify(original));
}

const ledger = richLedger();
const events = ledger.events;
const targets = events.flatMap((event, index) => leafPaths(event).map((path) => ({ index, path })));

describe('tamper evidence', () => {
  test('the fixture covers every event type', () => {
    expect(new Set(events.map((e) => e.type)).size).toBe(12);
    expect(verifyChain(events, fnv1a64).ok).toBe(true);
  });

  test.prop(
    [
      fc
        .constantFrom(...targets)
        .chain((t) => differentLeaf(getAt(events[t.index], t.path)).map((leaf) => ({ ...t, leaf }))),
    ],
    {
      numRuns: 500,
    },
  )('altering any single field of any single event is detected at that event', ({ index, path, leaf }) => {
    const altered = [...events];
    altered[index] = setAt(events[index] as unknown as Json, path, leaf) as unknown as LedgerEvent;
    const result = verifyChain(altered, fnv1a64);
    expect(result).toMatchObject({ ok: false, brokenAtSequence: index + 1 });
  });

  test.prop([fc.constantFrom(...targets.filter((t) => t.path.length > 0 && t.path[0] !== 'hash'))], { numRuns: 200 })(
    'removing any single field of any single event is detected at that event',
    ({ index, path }) => {
      const original = events[index] as unknown as Json;
      const parentPath = path.slice(0, -1);
      const parent = getAt(original, parentPath) as Record<string, Json>;
      const withoutField = Object.fromEntries(Object.entries(parent).filter(([key]) => key !== path.at(-1)));
      const altered = [...events];
      altered[index] = (parentPath.length === 0
        ? withoutField
        : setAt(original, parentPath, withoutField)) as unknown as LedgerEvent;
      expect(verifyChain(altered, fnv1a64)).toMatchObject({ ok: false, brokenAtSequence: index + 1 });
    },
  );

  test.prop([fc.constantFrom(...events), fc.infiniteStream(fc.integer())])(
    'canonical text does not depend on key order',
    (event, noise) => {
      const shuffled = Object.entries(event)
        .map((entry) => ({ entry, order: noise.next().value as number }))
        .sort((a, b) => a.order - b.order)
        .map(({ entry }) => entry);
      expect(canonicalEventText(Object.fromEntries(shuffled) as LedgerEvent)).toBe(canonicalEventText(event));
    },
  );
});
