/**
 * Running balances, derived from the events and never typed in (state.ts has the stock model).
 */
import { toMg, volumeMlOf } from './amounts.js';
import { ProductKind, type ContainerDetails } from './container.js';
import type { LedgerEvent } from './events.js';
import { deriveLedgerState } from './fold.js';
import { parseNdc } from './identifiers.js';
import type { ContainerState } from './state.js';

export interface ContainerBalance {
  readonly containerId: string;
  readonly productKind: ContainerDetails['productKind'];
  /** The 11-digit 5-4-2 NDC. */
  readonly ndc: string;
  readonly lot: string;
  readonly expiryDate: string;
  readonly location: string;
  readonly balanceMg: number;
  /** Vials: the volume left (mg ÷ concentration, to 0.001 mL). Devices: absent. */
  readonly balanceMl?: number;
  /** Devices: whole devices left. Vials: absent. */
  readonly devices?: number;
}

export interface ProductLocationBalance {
  readonly productKind: ContainerDetails['productKind'];
  readonly location: string;
  readonly balanceMg: number;
  readonly containerCount: number;
}

export interface LedgerBalances {
  readonly containers: readonly ContainerBalance[];
  readonly byProductLocation: readonly ProductLocationBalance[];
}

export interface BalanceOptions {
  /** Only events recorded at or before this instant (for an inventory as of a time). */
  readonly throughAt?: string;
}

/** One container's balance as a plain object. */
export function toContainerBalance(container: ContainerState): ContainerBalance {
  const { details } = container;
  const common = {
    containerId: container.containerId,
    productKind: details.productKind,
    ndc: parseNdc(details.ndc)?.ndc11 ?? details.ndc,
    lot: details.lot,
    expiryDate: details.expiryDate,
    location: container.location,
    balanceMg: toMg(container.balanceUg),
  };
  switch (details.productKind) {
    case ProductKind.KetamineHclVial:
      return { ...common, balanceMl: volumeMlOf(container.balanceUg, details.concentrationMgPerMl) };
    case ProductKind.EsketamineDevice:
      return { ...common, devices: container.balanceUg / container.unitUg };
  }
}

/** Events recorded at or before an instant. */
export function eventsThrough(events: readonly LedgerEvent[], throughAt: string | undefined): readonly LedgerEvent[] {
  if (throughAt === undefined) {
    return events;
  }
  const limit = Date.parse(throughAt);
  return events.filter((event) => Date.parse(event.at) <= limit);
}

/**
 * Balance per container and per product kind and storage location.
 * @param events - the ledger's events
 * @param options - `throughAt` to stop at an instant
 */
export function deriveBalances(events: readonly LedgerEvent[], options: BalanceOptions = {}): LedgerBalances {
  const state = deriveLedgerState(eventsThrough(events, options.throughAt));
  const containers = [...state.containers.values()].map(toContainerBalance);
  const groups = new Map<
    string,
    { productKind: ContainerDetails['productKind']; location: string; ug: number; count: number }
  >();
  for (const container of state.containers.values()) {
    const key = `${container.details.productKind}\u0000${container.location}`;
    const group = groups.get(key) ?? {
      productKind: container.details.productKind,
      location: container.location,
      ug: 0,
      count: 0,
    };
    group.ug += container.balanceUg;
    group.count += 1;
    groups.set(key, group);
  }
  const byProductLocation = [...groups.values()]
    .map((group) => ({
      productKind: group.productKind,
      location: group.location,
      balanceMg: toMg(group.ug),
      containerCount: group.count,
    }))
    .sort((a, b) => (a.productKind + a.location < b.productKind + b.location ? -1 : 1));
  return { containers, byProductLocation };
}
