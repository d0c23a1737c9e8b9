import { InvalidInputError, reconcileSession, type LedgerEvent } from '@chairside/domain';
import { requirePatient } from '../intake/require-patient.js';
import type { AppDeps, RequestContext } from '../ports.js';
import { clinicDate } from './clinic-zone.js';
import { recordLedgerCommand } from './record-ledger-command.js';

export interface DrawInput {
  readonly containerId: string;
  readonly sessionId: string;
  readonly patientId: string;
  readonly amountMg: number;
  readonly volumeMl?: number | undefined;
}

/**
 * Records a dose drawn from a container for a treatment session, prepared by the signed-in
 * physician or nurse. Refused for an expired container, an amount the container does not hold,
 * or a session the session record has for another patient.
 */
export async function drawForSession(deps: AppDeps, ctx: RequestContext, input: DrawInput): Promise<LedgerEvent> {
  const { event } = await recordLedgerCommand(deps, ctx, async ({ actor, s, now }) => {
    await requirePatient(s, input.patientId);
    const session = await s.sessionDoses.find(input.sessionId);
    if (session && session.patientId !== input.patientId) {
      throw InvalidInputError.forField('patientId', 'The session record has this session for another patient');
    }
    return {
      type: 'drawn',
      containerId: input.containerId,
      sessionId: input.sessionId,
      patientId: input.patientId,
      amountMg: input.amountMg,
      ...(input.volumeMl === undefined ? {} : { volumeMl: input.volumeMl }),
      preparedBy: actor.userId,
      onDate: await clinicDate(s, now),
    };
  });
  return event;
}

export interface AdministrationInput {
  readonly containerId: string;
  readonly sessionId: string;
  readonly amountMg: number;
  readonly administeredAt: string;
}

/**
 * Records what the patient received from a container in a session. When the session record knows
 * the session, the ledger's administered total may not exceed its cumulative delivered dose.
 */
export async function recordAdministration(
  deps: AppDeps,
  ctx: RequestContext,
  input: AdministrationInput,
): Promise<LedgerEvent> {
  const { event } = await recordLedgerCommand(deps, ctx, async ({ actor, s, events }) => {
    const account = reconcileSession(events, input.sessionId);
    if (account.patientId === null) {
      throw InvalidInputError.forField('sessionId', 'Nothing was drawn for this session');
    }
    const session = await s.sessionDoses.find(input.sessionId);
    if (session && account.administeredMg + input.amountMg > session.deliveredMg + 1e-9) {
      throw InvalidInputError.forField(
        'amountMg',
        `The session record shows ${session.deliveredMg} mg delivered; ${account.administeredMg} mg is already recorded`,
      );
    }
    return {
      type: 'administered',
      containerId: input.containerId,
      sessionId: input.sessionId,
      patientId: account.patientId,
      amountMg: input.amountMg,
      administeredBy: actor.userId,
      administeredAt: new Date(input.administeredAt).toISOString(),
    };
  });
  return event;
}
