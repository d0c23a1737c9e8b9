import {
  prepareLedgerEvent,
  sealLedgerEvent,
  type LedgerCommand,
  type LedgerEvent,
  type Role,
} from '@chairside/domain';
import { requireRole } from '../context.js';
import type { Actor, AppDeps, RequestContext, Stores, UserRecord } from '../ports.js';
import { sha256Text } from './ledger-hash.js';
import { confirmWitness, findWitness, type WitnessCredentials } from './witness.js';

/** Only physicians and nurses handle the drug (draw, waste, receive, count). */
export const handlerRoles: readonly Role[] = ['physician', 'nurse'];

export interface CommandContext {
  readonly actor: Actor;
  readonly witness: UserRecord | undefined;
  readonly events: readonly LedgerEvent[];
  readonly s: Stores;
  /** The clinic's date now, from the Clock. */
  readonly now: Date;
}

export interface LedgerCommandOptions {
  readonly roles?: readonly Role[];
  readonly witness?: WitnessCredentials | undefined;
  /** The field path of the witness credentials in the request, named in errors. */
  readonly witnessField?: string;
  readonly patientId?: string | null;
}

type Outcome = { kind: 'ok'; event: LedgerEvent; events: LedgerEvent[] } | { kind: 'refused'; error: Error };

/**
 * Appends one event to the ledger: locks the chain head (serialising concurrent writers), checks
 * the command against every earlier event, confirms the witness's own password, seals the event
 * with the previous hash and records it with its audit event, all in one transaction. A refused
 * command changes nothing, except that a wrong witness password is counted like a failed sign-in.
 */
export async function recordLedgerCommand(
  deps: AppDeps,
  ctx: RequestContext,
  build: (c: CommandContext) => LedgerCommand | Promise<LedgerCommand>,
  options: LedgerCommandOptions = {},
): Promise<{ event: LedgerEvent; events: LedgerEvent[] }> {
  const actor = requireRole(ctx, options.roles ?? handlerRoles);
  const field = options.witnessField ?? 'witness';
  const outcome = await deps.tx.run(async (s): Promise<Outcome> => {
    const witness = options.witness ? await findWitness(s, options.witness, field) : undefined;
    await s.ledger.lockHead();
    const events = await s.ledger.all();
    const now = deps.clock.now();
    const command = await build({ actor, witness, events, s, now });
    const meta = { id: deps.ids.uuid(), at: now.toISOString(), by: actor.userId };
    const unsealed = prepareLedgerEvent(events, command, meta);
    if (witness && options.witness) {
      const error = await confirmWitness(deps, s, ctx, witness, options.witness, field);
      if (error) {
        return { kind: 'refused', error };
      }
    }
    const event = sealLedgerEvent(unsealed, sha256Text);
    await s.ledger.append(event);
    const { id: _id, sequence, at: _at, by: _by, previousHash: _p, hash, ...body } = event;
    await s.audit.append(ctx, {
      action: `ledger.${event.type}`,
      recordType: 'ledger_event',
      recordId: event.id,
      patientId: 'patientId' in event ? event.patientId : (options.patientId ?? null),
      changes: { sequence, hash, ...body },
    });
    return { kind: 'ok', event, events: [...events, event] };
  });
  if (outcome.kind === 'refused') {
    throw outcome.error;
  }
  return outcome;
}
