import type { DestructionReason, LedgerEvent, Registrant, TransferSplit } from '@chairside/domain';
import type { AppDeps, RequestContext } from '../ports.js';
import { toContainerDetails, type ReceiptInput } from './container-input.js';
import { clinicTimeZone } from './clinic-zone.js';
import { recordLedgerCommand } from './record-ledger-command.js';
import type { WitnessCredentials } from './witness.js';

/** Registers a container received from a supplier by invoice; it gets a new id for its label. */
export async function receiveStock(deps: AppDeps, ctx: RequestContext, input: ReceiptInput): Promise<LedgerEvent> {
  const container = toContainerDetails(input);
  const containerId = deps.ids.uuid();
  const { event } = await recordLedgerCommand(deps, ctx, () => ({ type: 'received', containerId, container }));
  return event;
}

export type WasteInput =
  | {
      readonly source: 'session';
      readonly containerId: string;
      readonly sessionId: string;
      readonly amountMg: number;
      readonly method: string;
      readonly wastedAt?: string | undefined;
      readonly witness?: WitnessCredentials | undefined;
    }
  | {
      readonly source: 'stock';
      readonly containerId: string;
      readonly reason: string;
      readonly amountMg: number;
      readonly method: string;
      readonly wastedAt?: string | undefined;
      readonly witness?: WitnessCredentials | undefined;
    };

/**
 * Records a waste by the signed-in user. With a witness (a different physician or nurse who
 * re-enters their own password in the same request) it is closed; without, it stays open and
 * is flagged until witnessed.
 */
export async function recordWaste(deps: AppDeps, ctx: RequestContext, input: WasteInput): Promise<LedgerEvent> {
  const { witness: credentials, wastedAt, ...rest } = input;
  const { event } = await recordLedgerCommand(
    deps,
    ctx,
    ({ actor, witness, now }) => ({
      ...rest,
      type: 'wasted',
      wastedBy: actor.userId,
      wastedAt: wastedAt === undefined ? now.toISOString() : new Date(wastedAt).toISOString(),
      ...(witness ? { witnessedBy: witness.id } : {}),
    }),
    { witness: credentials },
  );
  return event;
}

/** A second person witnesses an open waste afterwards, confirming with their own password. */
export async function witnessWaste(
  deps: AppDeps,
  ctx: RequestContext,
  wasteEventId: string,
  credentials: WitnessCredentials,
): Promise<LedgerEvent> {
  const { event } = await recordLedgerCommand(
    deps,
    ctx,
    ({ witness }) => ({ type: 'waste-witnessed', wasteEventId, witnessedBy: witness?.id ?? '' }),
    { witness: credentials },
  );
  return event;
}

export interface CountInput {
  readonly containerId: string;
  readonly countedMg: number;
  readonly witness: WitnessCredentials;
}

/** A count by two people: the signed-in user and a witness who re-enters their own password. */
export async function recordCount(deps: AppDeps, ctx: RequestContext, input: CountInput): Promise<LedgerEvent> {
  const { event } = await recordLedgerCommand(
    deps,
    ctx,
    async ({ actor, witness, s }) => {
      // A count that differs opens a discrepancy whose DEA notice clock needs the clinic's zone.
      await clinicTimeZone(s);
      return {
        type: 'counted',
        containerId: input.containerId,
        countedMg: input.countedMg,
        countedBy: actor.userId,
        witnessedBy: witness?.id ?? '',
      };
    },
    { witness: input.witness },
  );
  return event;
}

export type ReturnInput =
  | {
      readonly destination: 'supplier';
      readonly containerId: string;
      readonly amountMg: number;
      readonly returnedTo: Registrant;
      readonly reference: string;
    }
  | {
      readonly destination: 'stock';
      readonly containerId: string;
      readonly sessionId: string;
      readonly amountMg: number;
      readonly reason: string;
    };

/** Returns stock to the supplier, or a sealed esketamine device from a session to stock. */
export async function recordReturn(deps: AppDeps, ctx: RequestContext, input: ReturnInput): Promise<LedgerEvent> {
  const { event } = await recordLedgerCommand(deps, ctx, () => ({ type: 'returned', ...input }));
  return event;
}

export interface TransferInput {
  readonly containerId: string;
  readonly toLocation: string;
  readonly splitUnitCount?: number | undefined;
}

/** Moves a container to another safe or cabinet, optionally splitting whole units off. */
export async function recordTransfer(deps: AppDeps, ctx: RequestContext, input: TransferInput): Promise<LedgerEvent> {
  const split: TransferSplit | undefined =
    input.splitUnitCount === undefined
      ? undefined
      : { newContainerId: deps.ids.uuid(), unitCount: input.splitUnitCount };
  const { event } = await recordLedgerCommand(deps, ctx, () => ({
    type: 'transferred',
    containerId: input.containerId,
    toLocation: input.toLocation,
    ...(split ? { split } : {}),
  }));
  return event;
}

export type DestructionInput =
  | {
      readonly kind: 'reverse-distributor';
      readonly containerId: string;
      readonly amountMg: number;
      readonly reason: DestructionReason;
      readonly registrant: Registrant;
    }
  | {
      readonly kind: 'on-site';
      readonly containerId: string;
      readonly amountMg: number;
      readonly reason: DestructionReason;
      readonly manner: string;
      readonly witness: WitnessCredentials;
    };

/** Stock handed to a reverse distributor, or destroyed on site by the user with a witness. */
export async function recordDestruction(
  deps: AppDeps,
  ctx: RequestContext,
  input: DestructionInput,
): Promise<LedgerEvent> {
  const { event } = await recordLedgerCommand(
    deps,
    ctx,
    ({ actor, witness }) => ({
      type: 'destroyed',
      containerId: input.containerId,
      amountMg: input.amountMg,
      reason: input.reason,
      disposal:
        input.kind === 'reverse-distributor'
          ? { kind: 'reverse-distributor', registrant: input.registrant }
          : { kind: 'on-site', manner: input.manner, destroyedBy: actor.userId, witnessedBy: witness?.id ?? '' },
    }),
    input.kind === 'on-site' ? { witness: input.witness } : {},
  );
  return event;
}
