/**
 * Property tests of the stock model. The expected balances are computed here by a closed formula
 * over the event list (not by the domain's fold):
 *   balance = received + split in + returned to stock
 *           − drawn − returned to supplier − destroyed − wasted from stock − split out
 *           ± corrections (a correction moves stock as the corrected event does)
 * and a session's outstanding amount = drawn − administered − session waste − returned to stock.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { DomainError } from '../errors.js';
import { deriveBalances } from './balances.js';
import { verifyChain } from './chain.js';
import type { LedgerCommand, LedgerEvent } from './events.js';
import { deviceDetails, fnv1a64, newLedger, supplier, vialDetails } from './ledger-fixtures.js';
import { reconcileSession } from './reconcile.js';

const ug = (mg: number): number => Math.round(mg * 1000);

/** How each event type moves stock (per unit of its amount); for `wasted`/`returned` it depends on the variant. */
function stockSign(event: LedgerEvent): number {
  switch (event.type) {
    case 'received':
    case 'counted':
      return 1;
    case 'drawn':
    case 'destroyed':
      return -1;
    case 'wasted':
      return event.source === 'stock' ? -1 : 0;
    case 'returned':
      return event.destination === 'stock' ? 1 : -1;
    case 'administered':
    case 'transferred':
    case 'correction':
    case 'waste-witnessed':
    case 'discrepancy-resolved':
    case 'discrepancy-reported':
      return 0;
  }
}

function amountUg(event: LedgerEvent): number {
  if (event.type === 'received') {
    const c = event.container;
    return (
      c.quantity * (c.productKind === 'esketamine-device' ? ug(c.mgPerDevice) : ug(c.concentrationMgPerMl * c.volumeMl))
    );
  }
  return 'amountMg' in event ? ug(event.amountMg) : 0;
}

/** Expected balance of every container by the formula above. */
function expectedBalances(events: readonly LedgerEvent[]): Map<string, number> {
  const byId = new Map(events.map((e) => [e.id, e]));
  const unitOf = new Map<string, number>();
  const balances = new Map<string, number>();
  const add = (id: string, delta: number): void => {
    balances.set(id, (balances.get(id) ?? 0) + delta);
  };
  for (const event of events) {
    if (event.type === 'received') {
      unitOf.set(event.containerId, amountUg(event) / event.container.quantity);
    }
    if (event.type === 'transferred' && event.split !== undefined) {
      const moved = event.split.unitCount * (unitOf.get(event.containerId) ?? 0);
      unitOf.set(event.split.newContainerId, unitOf.get(event.containerId) ?? 0);
      add(event.containerId, -moved);
      add(event.split.newContainerId, moved);
    } else if (event.type === 'correction') {
      const target = byId.get(event.correctsEventId)!;
      add(event.containerId, stockSign(target) * ug(event.deltaMg));
    } else if ('containerId' in event && event.type !== 'counted') {
      add(event.containerId, stockSign(event) * amountUg(event));
    }
  }
  return balances;
}

/** Expected outstanding (drawn − administered − wasted − returned) per session and container. */
function expectedOutstanding(events: readonly LedgerEvent[]): Map<string, number> {
  const byId = new Map(events.map((e) => [e.id, e]));
  const sign = (e: LedgerEvent): number => {
    if (e.type === 'drawn') {
      return 1;
    }
    const sessionUse =
      e.type === 'administered' ||
      (e.type === 'wasted' && e.source === 'session') ||
      (e.type === 'returned' && e.destination === 'stock');
    return sessionUse ? -1 : 0;
  };
  const key = (e: LedgerEvent): string => ('sessionId' in e ? `${e.sessionId}|${e.containerId}` : '');
  const out = new Map<string, number>();
  for (const event of events) {
    const target = event.type === 'correction' ? byId.get(event.correctsEventId)! : event;
    const amount = event.type === 'correction' ? ug(event.deltaMg) : amountUg(event);
    if (sign(target) !== 0) {
      out.set(key(target), (out.get(key(target)) ?? 0) + sign(target) * amount);
    }
  }
  return out;
}

const tenths = fc.integer({ min: 1, max: 6000 });
const op = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('receive'),
      device: fc.boolean(),
      conc: fc.constantFrom(10, 50, 100),
      vol: fc.constantFrom(5, 10, 20),
      qty: fc.integer({ min: 1, max: 3 }),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('draw'),
      pick: fc.nat(),
      session: fc.integer({ min: 0, max: 4 }),
      tenths,
      devices: fc.integer({ min: 1, max: 4 }),
    }),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('use'),
      pick: fc.nat(),
      how: fc.constantFrom('administer', 'waste', 'return'),
      tenths: fc.integer({ min: 1, max: 3000 }),
      witnessed: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('stock-out'),
      pick: fc.nat(),
      how: fc.constantFrom('waste', 'destroy', 'return', 'split'),
      tenths,
      devices: fc.integer({ min: 1, max: 4 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('count'), pick: fc.nat(), tenths: fc.integer({ min: 0, max: 6000 }) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('correct'),
      pick: fc.nat(),
      tenths: fc.integer({ min: -3000, max: 3000 }).filter((t) => t !== 0),
      devices: fc.integer({ min: -2, max: 2 }).filter((d) => d !== 0),
    }),
  },
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

interface Step {
  readonly command: LedgerCommand;
  /** For commands that take stock or session amounts: the amount, and what it may not exceed. */
  readonly limit?: { readonly amountUg: number; readonly availableUg: number; readonly rule: string };
}

type ReceivedDetails = Extract<LedgerEvent, { type: 'received' }>['container'];

/** The received details of a container, following splits back to the receipt. */
function splitRoot(events: readonly LedgerEvent[], containerId: string): ReceivedDetails {
  for (const e of events) {
    if (e.type === 'received' && e.containerId === containerId) {
      return e.container;
    }
    if (e.type === 'transferred' && e.split?.newContainerId === containerId) {
      return splitRoot(events, e.containerId);
    }
  }
  throw new Error(`no container ${containerId}`);
}

function unitUg(details: ReceivedDetails): number {
  return details.productKind === 'esketamine-device' ? 28_000 : ug(details.concentrationMgPerMl * details.volumeMl);
}

function containerIds(events: readonly LedgerEvent[]): string[] {
  return events.flatMap((e) => {
    if (e.type === 'received') {
      return [e.containerId];
    }
    return e.type === 'transferred' && e.split !== undefined ? [e.split.newContainerId] : [];
  });
}

function commandFor(o: Op, events: readonly LedgerEvent[], n: number): Step | undefined {
  if (o.kind === 'receive') {
    const container = o.device
      ? deviceDetails({ quantity: o.qty })
      : vialDetails({ concentrationMgPerMl: o.conc, volumeMl: o.vol, quantity: o.qty });
    return { command: { type: 'received', containerId: `c${n}`, container } };
  }
  if (o.kind === 'use') {
    return useStep(o, events);
  }
  if (o.kind === 'correct') {
    const target = events[o.pick % Math.max(events.length, 1)];
    if (target === undefined) {
      return undefined;
    }
    const isDevice =
      'containerId' in target && splitRoot(events, target.containerId).productKind === 'esketamine-device';
    return {
      command: {
        type: 'correction',
        correctsEventId: target.id,
        deltaMg: isDevice ? o.devices * 28 : o.tenths / 10,
        reason: 'property test',
      },
    };
  }
  const ids = containerIds(events);
  const containerId = ids[o.pick % Math.max(ids.length, 1)];
  if (containerId === undefined) {
    return undefined;
  }
  const details = splitRoot(events, containerId);
  const isDevice = details.productKind === 'esketamine-device';
  if (o.kind === 'count') {
    return {
      command: {
        type: 'counted',
        containerId,
        countedMg: isDevice ? (o.tenths % 5) * 28 : o.tenths / 10,
        countedBy: 'u-a',
        witnessedBy: 'u-b',
      },
    };
  }
  const amountMg = isDevice ? o.devices * 28 : o.tenths / 10;
  const limit = {
    amountUg: ug(amountMg),
    availableUg: expectedBalances(events).get(containerId) ?? 0,
    rule: 'ledger.balance.non-negative@1',
  };
  if (o.kind === 'draw') {
    const volume =
      details.productKind === 'ketamine-hcl-vial' ? { volumeMl: amountMg / details.concentrationMgPerMl } : {};
    const command: LedgerCommand = {
      type: 'drawn',
      containerId,
      sessionId: `s${o.session}`,
      patientId: `p${o.session}`,
      amountMg,
      preparedBy: 'u-prep',
      onDate: '2026-03-02',
      ...volume,
    };
    return { command, limit };
  }
  if (o.how === 'split') {
    const unitCount = isDevice ? o.devices : 1;
    const command: LedgerCommand = {
      type: 'transferred',
      containerId,
      toLocation: `Room ${n}`,
      split: { newContainerId: `c${n}`, unitCount },
    };
    return { command, limit: { ...limit, amountUg: unitCount * unitUg(details) } };
  }
  return { command: stockOut(o.how, containerId, amountMg), limit };
}

function stockOut(how: 'waste' | 'destroy' | 'return', containerId: string, amountMg: number): LedgerCommand {
  switch (how) {
    case 'waste':
      return {
        type: 'wasted',
        source: 'stock',
        containerId,
        amountMg,
        method: 'sequestrant',
        reason: 'broken',
        wastedBy: 'u-a',
        wastedAt: '2026-03-02T12:00:00Z',
        witnessedBy: 'u-b',
      };
    case 'destroy':
      return {
        type: 'destroyed',
        containerId,
        amountMg,
        reason: 'expired',
        disposal: { kind: 'on-site', manner: 'sequestrant', destroyedBy: 'u-a', witnessedBy: 'u-b' },
      };
    case 'return':
      return {
        type: 'returned',
        destination: 'supplier',
        containerId,
        amountMg,
        returnedTo: supplier,
        reference: 'RA',
      };
  }
}

function useStep(o: Extract<Op, { kind: 'use' }>, events: readonly LedgerEvent[]): Step | undefined {
  const outstanding = expectedOutstanding(events);
  const lines = [...outstanding.keys()];
  const key = lines[o.pick % Math.max(lines.length, 1)];
  if (key === undefined) {
    return undefined;
  }
  const [sessionId = '', containerId = ''] = key.split('|');
  const isDevice = splitRoot(events, containerId).productKind === 'esketamine-device';
  const amountMg = isDevice && o.how === 'return' ? 28 : o.tenths / 10;
  const limit = {
    amountUg: ug(amountMg),
    availableUg: outstanding.get(key) ?? 0,
    rule: 'ledger.session.not-more-than-drawn@1',
  };
  const patientId = sessionId.replace('s', 'p');
  switch (o.how) {
    case 'administer':
      return {
        command: {
          type: 'administered',
          containerId,
          sessionId,
          patientId,
          amountMg,
          administeredBy: 'u-b',
          administeredAt: '2026-03-02T12:00:00Z',
        },
        limit,
      };
    case 'waste':
      return {
        command: {
          type: 'wasted',
          source: 'session',
          containerId,
          sessionId,
          amountMg,
          method: 'sequestrant',
          wastedBy: 'u-b',
          wastedAt: '2026-03-02T12:00:00Z',
          ...(o.witnessed ? { witnessedBy: 'u-c' } : {}),
        },
        limit,
      };
    case 'return':
      return isDevice
        ? {
            command: { type: 'returned', destination: 'stock', containerId, sessionId, amountMg, reason: 'sealed' },
            limit,
          }
        : undefined;
  }
}

describe('derived balances', () => {
  test.prop([fc.array(op, { minLength: 5, maxLength: 50, size: 'max' })], { numRuns: 200 })(
    'every balance equals the formula, is never negative, and a command is refused exactly when it would overdraw',
    (ops) => {
      const ledger = newLedger();
      ops.forEach((o, n) => {
        const step = commandFor(o, ledger.events, n);
        if (step === undefined) {
          return;
        }
        let refusedBy: string | undefined;
        try {
          ledger.add(step.command);
        } catch (error) {
          expect(error).toBeInstanceOf(DomainError);
          const finding = (error as DomainError).details.findings?.[0] as { rule?: string } | undefined;
          refusedBy = finding?.rule ?? (error as DomainError).code;
        }
        if (step.limit !== undefined) {
          const overdraws = step.limit.amountUg > step.limit.availableUg;
          expect(refusedBy === step.limit.rule).toBe(overdraws);
          expect(refusedBy).toBe(overdraws ? step.limit.rule : undefined);
        }
        const balances = deriveBalances(ledger.events);
        const expected = expectedBalances(ledger.events);
        for (const container of balances.containers) {
          expect(ug(container.balanceMg)).toBe(expected.get(container.containerId) ?? 0);
          expect(container.balanceMg).toBeGreaterThanOrEqual(0);
        }
        expect(balances.byProductLocation.reduce((s, g) => s + ug(g.balanceMg), 0)).toBe(
          balances.containers.reduce((s, c) => s + ug(c.balanceMg), 0),
        );
      });
      for (const [key, outstandingUg] of expectedOutstanding(ledger.events)) {
        expect(outstandingUg).toBeGreaterThanOrEqual(0);
        const [sessionId = ''] = key.split('|');
        expect(reconcileSession(ledger.events, sessionId).discrepancyMg).toBeGreaterThanOrEqual(0);
      }
      expect(verifyChain(ledger.events, fnv1a64).ok).toBe(true);
    },
  );
});
