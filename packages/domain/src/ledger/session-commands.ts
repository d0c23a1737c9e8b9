/**
 * Validates the commands of a treatment session against the derived ledger state: drawing for a
 * session, administering, wasting what was drawn but not given, returning a sealed device, and
 * witnessing a waste afterwards. Each returns the event body to append, or throws.
 */
import { ConflictError, InvalidInputError, InvalidTransitionError, MissingInputError } from '../errors.js';
import { positiveMicrograms } from './amounts.js';
import { isCalendarDate, isExpiredOn, lastUsableDate, ProductKind } from './container.js';
import type {
  AdministeredBody,
  DrawnBody,
  EventMeta,
  ReturnedToStockBody,
  SessionWasteBody,
  WasteWitnessedBody,
} from './events.js';
import {
  parseInstant,
  refuseNegativeBalance,
  refuseSessionOverdraw,
  requireContainer,
  requireIndependentWitness,
  requireSessionLine,
  requireText,
  requireWholeUnits,
  stop,
} from './guards.js';
import type { ContainerState, LedgerState } from './state.js';

/** Half of the 0.01 mL a syringe is read to: how far mL × concentration may sit from the mg recorded [P]. */
export const syringeReadingToleranceMl = 0.005;

function checkDrawVolume(container: ContainerState, command: DrawnBody): void {
  const { details } = container;
  switch (details.productKind) {
    case ProductKind.KetamineHclVial: {
      if (command.volumeMl === undefined) {
        throw MissingInputError.forField('volumeMl', 'The volume drawn (mL) is required for a vial');
      }
      const impliedMg = command.volumeMl * details.concentrationMgPerMl;
      const toleranceMg = syringeReadingToleranceMl * details.concentrationMgPerMl;
      if (
        !Number.isFinite(command.volumeMl) ||
        command.volumeMl <= 0 ||
        Math.abs(impliedMg - command.amountMg) > toleranceMg + 1e-9
      ) {
        throw InvalidInputError.forField(
          'volumeMl',
          `${command.volumeMl} mL of ${details.concentrationMgPerMl} mg/mL is ${impliedMg} mg, not ${command.amountMg} mg`,
        );
      }
      return;
    }
    case ProductKind.EsketamineDevice:
      if (command.volumeMl !== undefined) {
        throw InvalidInputError.forField('volumeMl', 'Esketamine devices are drawn in mg (whole devices), not mL');
      }
  }
}

/**
 * Checks a draw for a session: container known and in date, amount and volume consistent, the
 * session for one patient only, and the stock not going negative.
 */
export function validateDraw(state: LedgerState, command: DrawnBody): DrawnBody {
  const container = requireContainer(state, command.containerId);
  const ug = positiveMicrograms(command.amountMg, 'amountMg');
  requireText(command.sessionId, 'sessionId', 'The session');
  requireText(command.patientId, 'patientId', 'The patient');
  requireText(command.preparedBy, 'preparedBy', 'The preparer');
  if (!isCalendarDate(command.onDate)) {
    throw InvalidInputError.forField('onDate', 'The date must be a real date (YYYY-MM-DD)');
  }
  if (isExpiredOn(container.details.expiryDate, command.onDate)) {
    stop(
      'drawExpiredContainer',
      'containerId',
      `Container ${container.containerId} expired (usable through ${lastUsableDate(container.details.expiryDate) ?? '?'})`,
      {
        containerId: container.containerId,
        expiryDate: container.details.expiryDate,
        onDate: command.onDate,
      },
    );
  }
  checkDrawVolume(container, command);
  requireWholeUnits(container, ug, 'amountMg');
  const otherPatient = [...(state.sessions.get(command.sessionId)?.values() ?? [])].find(
    (line) => line.patientId !== command.patientId,
  );
  if (otherPatient !== undefined) {
    throw new ConflictError(`Session ${command.sessionId} is for another patient`, {
      fields: [{ field: 'patientId', message: 'The session already has draws for a different patient' }],
    });
  }
  refuseNegativeBalance(container, -ug, 'amountMg');
  return command;
}

function requireOccurredBy(occurredAt: string, field: string, meta: EventMeta): void {
  if (parseInstant(occurredAt, field) > parseInstant(meta.at, 'at')) {
    throw InvalidInputError.forField(field, 'Cannot be later than the time it is recorded');
  }
}

/** Checks an administration copied from the session record against what the session drew. */
export function validateAdministered(state: LedgerState, command: AdministeredBody, meta: EventMeta): AdministeredBody {
  requireContainer(state, command.containerId);
  const ug = positiveMicrograms(command.amountMg, 'amountMg');
  const line = requireSessionLine(state, command.sessionId, command.containerId);
  if (line.patientId !== command.patientId) {
    throw InvalidInputError.forField('patientId', `Session ${command.sessionId} drew for another patient`);
  }
  requireText(command.administeredBy, 'administeredBy', 'Who administered');
  requireOccurredBy(command.administeredAt, 'administeredAt', meta);
  refuseSessionOverdraw(line, -ug, 'amountMg');
  return command;
}

/** Checks a session waste: the witness (if any) is neither the waster nor a preparer of the session. */
export function validateSessionWaste(state: LedgerState, command: SessionWasteBody, meta: EventMeta): SessionWasteBody {
  requireContainer(state, command.containerId);
  const ug = positiveMicrograms(command.amountMg, 'amountMg');
  const line = requireSessionLine(state, command.sessionId, command.containerId);
  requireText(command.method, 'method', 'The waste method');
  requireText(command.wastedBy, 'wastedBy', 'Who wasted');
  requireOccurredBy(command.wastedAt, 'wastedAt', meta);
  if (command.witnessedBy !== undefined) {
    requireIndependentWitness(
      command.witnessedBy,
      [command.wastedBy, ...line.preparedBy],
      'witnessedBy',
      'witnessIndependent',
    );
  }
  refuseSessionOverdraw(line, -ug, 'amountMg');
  return command;
}

/** Checks a second person witnessing an open waste. */
export function validateWasteWitnessed(state: LedgerState, command: WasteWitnessedBody): WasteWitnessedBody {
  const waste = state.wastes.get(command.wasteEventId);
  if (waste === undefined) {
    throw InvalidInputError.forField('wasteEventId', `No waste ${command.wasteEventId} in the ledger`);
  }
  if (waste.witnessedBy !== undefined) {
    throw new InvalidTransitionError('This waste is already witnessed', {
      fields: [{ field: 'wasteEventId', message: `Witnessed by ${waste.witnessedBy}` }],
    });
  }
  const line = waste.sessionId === undefined ? undefined : state.sessions.get(waste.sessionId)?.get(waste.containerId);
  requireIndependentWitness(
    command.witnessedBy,
    [waste.wastedBy, ...(line?.preparedBy ?? [])],
    'witnessedBy',
    'witnessIndependent',
  );
  return command;
}

/** Checks a sealed esketamine device going back to stock from a session that did not use it. */
export function validateReturnToStock(state: LedgerState, command: ReturnedToStockBody): ReturnedToStockBody {
  const container = requireContainer(state, command.containerId);
  if (container.details.productKind !== ProductKind.EsketamineDevice) {
    throw InvalidInputError.forField(
      'containerId',
      'Only sealed esketamine devices go back to stock; waste drawn ketamine',
    );
  }
  const ug = positiveMicrograms(command.amountMg, 'amountMg');
  requireWholeUnits(container, ug, 'amountMg');
  const line = requireSessionLine(state, command.sessionId, command.containerId);
  requireText(command.reason, 'reason', 'The reason');
  refuseSessionOverdraw(line, -ug, 'amountMg');
  return command;
}
