/**
 * Inventory records as data: the initial inventory on the day the registrant first handles
 * controlled substances, zero if none [L 21 CFR 1304.11(b)], and the biennial inventory at least
 * every 2 years [L 21 CFR 1304.11(c)], each marked opening or close of business with who took it.
 * Quantities on hand are derived from the ledger; the server renders the rows to PDF/CSV.
 */
import { InvalidInputError, MissingInputError } from '../errors.js';
import { toMg } from './amounts.js';
import { toContainerBalance, eventsThrough, type ContainerBalance } from './balances.js';
import { isCalendarDate, ProductKind } from './container.js';
import type { LedgerEvent } from './events.js';
import { deriveLedgerState } from './fold.js';
import { parseInstant } from './guards.js';
import { describeProduct, type ProductDescription } from './product-description.js';
import { ledgerFinding, type LedgerFinding } from './rules.js';
import type { ContainerState, CountRecord } from './state.js';

export const InventoryKind = { Initial: 'initial', Biennial: 'biennial' } as const;
export type InventoryKind = (typeof InventoryKind)[keyof typeof InventoryKind];
export const BusinessTime = { Opening: 'opening-of-business', Close: 'close-of-business' } as const;
export type BusinessTime = (typeof BusinessTime)[keyof typeof BusinessTime];

/** Exact count above this many units in a CIII container [L 21 CFR 1304.11(e)]. */
export const estimatedCountMaxUnits = 1000;

export interface InventoryInput {
  readonly kind: InventoryKind;
  readonly takenAt: string;
  readonly businessTime: BusinessTime;
  /** Who took the inventory (user ids or names as they sign). */
  readonly takenBy: readonly string[];
}

export interface InventoryRow extends ProductDescription {
  readonly balance: ContainerBalance;
  /** Some of the container has been used (a partial container). */
  readonly opened: boolean;
  /** `estimate-allowed` for an opened CIII container of ≤ 1,000 units [L 21 CFR 1304.11(e)]. */
  readonly countMethod: 'exact' | 'estimate-allowed';
  readonly lastCount: { readonly at: string; readonly countedMg: number } | null;
  readonly finding: LedgerFinding | null;
}

export interface InventoryRecord extends InventoryInput {
  readonly rows: readonly InventoryRow[];
  /** Initial inventory with nothing on hand is recorded as zero [L 21 CFR 1304.11(b)]. */
  readonly nothingOnHand: boolean;
  readonly totalOnHandMg: number;
}

function countMethodOf(container: ContainerState): { opened: boolean; method: InventoryRow['countMethod'] } {
  const opened = container.balanceUg < container.details.quantity * container.unitUg;
  const overLimit =
    container.details.productKind === ProductKind.EsketamineDevice &&
    container.details.quantity > estimatedCountMaxUnits;
  return { opened, method: opened && !overLimit ? 'estimate-allowed' : 'exact' };
}

function lastCountOf(counts: Iterable<CountRecord>, containerId: string): InventoryRow['lastCount'] {
  let last: CountRecord | undefined;
  for (const count of counts) {
    if (count.containerId === containerId) {
      last = count;
    }
  }
  return last === undefined ? null : { at: last.at, countedMg: toMg(last.countedUg) };
}

function validateInput(input: InventoryInput): void {
  parseInstant(input.takenAt, 'takenAt');
  if (input.takenBy.length === 0 || input.takenBy.some((who) => who.trim() === '')) {
    throw MissingInputError.forField('takenBy', 'Record who took the inventory');
  }
  if (!Object.values(BusinessTime).includes(input.businessTime)) {
    throw InvalidInputError.forField('businessTime', 'Say whether it was taken at opening or close of business');
  }
}

/**
 * Builds an initial or biennial inventory record as of `takenAt`.
 * @param events - the ledger's events
 * @param input - kind, time, opening/close of business, who
 */
export function buildInventoryRecord(events: readonly LedgerEvent[], input: InventoryInput): InventoryRecord {
  validateInput(input);
  const state = deriveLedgerState(eventsThrough(events, input.takenAt));
  const rows: InventoryRow[] = [];
  for (const container of state.containers.values()) {
    if (container.balanceUg <= 0) {
      continue;
    }
    const { opened, method } = countMethodOf(container);
    const finding =
      method === 'estimate-allowed'
        ? ledgerFinding('estimatedCountAllowed', 'Opened CIII container: an estimated count or measure is allowed', {
            containerId: container.containerId,
          })
        : null;
    const balance = toContainerBalance(container);
    rows.push({
      ...describeProduct(container.details),
      balance,
      opened,
      countMethod: method,
      lastCount: lastCountOf(state.counts.values(), container.containerId),
      finding,
    });
  }
  const totalUg = [...state.containers.values()].reduce((sum, c) => sum + Math.max(c.balanceUg, 0), 0);
  return { ...input, rows, nothingOnHand: rows.length === 0, totalOnHandMg: toMg(totalUg) };
}

/**
 * The last date the next biennial inventory may be taken: 2 years after the previous one
 * [L 21 CFR 1304.11(c)] (29 February moves to 28 February).
 * @param previousInventoryOn - `YYYY-MM-DD` of the previous (initial or biennial) inventory
 */
export function nextBiennialInventoryDueBy(previousInventoryOn: string): string {
  if (!isCalendarDate(previousInventoryOn)) {
    throw InvalidInputError.forField('previousInventoryOn', 'Must be a real date (YYYY-MM-DD)');
  }
  const year = Number(previousInventoryOn.slice(0, 4)) + 2;
  const candidate = `${year}${previousInventoryOn.slice(4)}`;
  return isCalendarDate(candidate) ? candidate : `${year}-02-28`;
}
