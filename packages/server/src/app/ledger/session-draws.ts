import { InvalidInputError, MissingInputError, reconcileSession, type LedgerEvent } from '@chairside/domain';
import { requirePatient } from '../intake/require-patient.js';
import type { AppDeps, RequestContext } from '../ports.js';
import { clinicDate } from './clinic-zone.js';
import { recordLedgerCommand } from './record-ledger-command.js';
import { findSessionDose, type SessionDose } from './session-doses.js';

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
    const session = await findSessionDose(s, input.sessionId, now);
    if (session && session.patientId !== input.patientId) {
      throw InvalidInputError.forField('patientId', 'The session record has this session for another patient');
    }
    if (session && closedStates.includes(session.state)) {
      throw InvalidInputError.forField('sessionId', `The session is ${session.state}: nothing more is drawn for it`);
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
  /** Required only when the session record does not know the session. */
  readonly amountMg?: number | undefined;
  readonly administeredAt?: string | undefined;
}

const closedStates: readonly string[] = ['discharged', 'aborted'];
const mgTolerance = 1e-9;

/** The amount to record: from the session record when it has the session, typed in otherwise. */
function administeredAmount(session: SessionDose | undefined, alreadyMg: number, typedMg: number | undefined): number {
  if (!session) {
    if (typedMg === undefined) {
      throw MissingInputError.forField(
        'amountMg',
        'The session record does not have this session: enter the amount given',
      );
    }
    return typedMg;
  }
  if (session.deliveredMg === null) {
    throw InvalidInputError.forField('sessionId', 'The session record cannot tell the dose delivered yet');
  }
  const fromRecordMg = Math.round((session.deliveredMg - alreadyMg) * 1000) / 1000;
  if (typedMg !== undefined && Math.abs(typedMg - fromRecordMg) > mgTolerance) {
    throw InvalidInputError.forField(
      'amountMg',
      `The session record shows ${session.deliveredMg} mg delivered, ${alreadyMg} mg of it already recorded here: ${fromRecordMg} mg, not ${typedMg} mg`,
    );
  }
  if (fromRecordMg <= 0) {
    throw InvalidInputError.forField(
      'amountMg',
      `The session record shows ${session.deliveredMg} mg delivered, all of it already recorded`,
    );
  }
  return fromRecordMg;
}

/**
 * Records what the patient received from a container in a session. The amount is the session
 * record's cumulative delivered dose less what the ledger already has; only for a session the
 * record does not know is it typed in (and the session stays flagged).
 */
export async function recordAdministration(
  deps: AppDeps,
  ctx: RequestContext,
  input: AdministrationInput,
): Promise<LedgerEvent> {
  const { event } = await recordLedgerCommand(deps, ctx, async ({ actor, s, events, now }) => {
    const account = reconcileSession(events, input.sessionId);
    if (account.patientId === null) {
      throw InvalidInputError.forField('sessionId', 'Nothing was drawn for this session');
    }
    const session = await findSessionDose(s, input.sessionId, now);
    return {
      type: 'administered',
      containerId: input.containerId,
      sessionId: input.sessionId,
      patientId: account.patientId,
      amountMg: administeredAmount(session, account.administeredMg, input.amountMg),
      administeredBy: actor.userId,
      administeredAt: new Date(input.administeredAt ?? now.toISOString()).toISOString(),
    };
  });
  return event;
}
