/**
 * Validates the commands that move a container's stock outside a session: receipt, waste from
 * stock, return to the supplier, transfer between storage locations, destruction, and counts.
 * Each returns the event body to append, or throws.
 */
import { InvalidInputError } from '../errors.js';
import { positiveMicrograms, toMicrograms } from './amounts.js';
import { validateContainerDetails, validateRegistrant } from './container.js';
import {
  DestructionReason,
  type CountedBody,
  type DestroyedBody,
  type EventMeta,
  type ReceivedBody,
  type ReturnedToSupplierBody,
  type StockWasteBody,
  type TransferCommand,
  type TransferredBody,
} from './events.js';
import {
  parseInstant,
  refuseNegativeBalance,
  requireContainer,
  requireIndependentWitness,
  requireText,
  requireUnusedId,
  requireWholeUnits,
} from './guards.js';
import type { LedgerState } from './state.js';

/** Checks a receipt: a new container id and complete, valid container details. */
export function validateReceived(state: LedgerState, command: ReceivedBody): ReceivedBody {
  requireUnusedId(state, command.containerId, 'containerId');
  validateContainerDetails(command.container);
  return command;
}

/** Checks a waste from stock (not from a session draw); it reduces the container's balance. */
export function validateStockWaste(state: LedgerState, command: StockWasteBody, meta: EventMeta): StockWasteBody {
  const container = requireContainer(state, command.containerId);
  const ug = positiveMicrograms(command.amountMg, 'amountMg');
  requireWholeUnits(container, ug, 'amountMg');
  requireText(command.method, 'method', 'The waste method');
  requireText(command.reason, 'reason', 'The reason');
  requireText(command.wastedBy, 'wastedBy', 'Who wasted');
  if (parseInstant(command.wastedAt, 'wastedAt') > parseInstant(meta.at, 'at')) {
    throw InvalidInputError.forField('wastedAt', 'Cannot be later than the time it is recorded');
  }
  if (command.witnessedBy !== undefined) {
    requireIndependentWitness(command.witnessedBy, [command.wastedBy], 'witnessedBy', 'witnessIndependent');
  }
  refuseNegativeBalance(container, -ug, 'amountMg');
  return command;
}

/** Checks a return to the supplier: registrant details, reference, and enough stock. */
export function validateReturnToSupplier(state: LedgerState, command: ReturnedToSupplierBody): ReturnedToSupplierBody {
  const container = requireContainer(state, command.containerId);
  const ug = positiveMicrograms(command.amountMg, 'amountMg');
  requireWholeUnits(container, ug, 'amountMg');
  validateRegistrant(command.returnedTo, 'returnedTo');
  requireText(command.reference, 'reference', 'The return authorisation or invoice number');
  refuseNegativeBalance(container, -ug, 'amountMg');
  return command;
}

/** Checks a transfer and fills in where the container is now (derived, never typed in). */
export function validateTransfer(state: LedgerState, command: TransferCommand): TransferredBody {
  const container = requireContainer(state, command.containerId);
  requireText(command.toLocation, 'toLocation', 'The destination');
  const body: TransferredBody = { ...command, fromLocation: container.location };
  if (command.split === undefined) {
    if (command.toLocation === container.location) {
      throw InvalidInputError.forField(
        'toLocation',
        `Container ${container.containerId} is already in ${container.location}`,
      );
    }
    return body;
  }
  requireUnusedId(state, command.split.newContainerId, 'split/newContainerId');
  const { unitCount } = command.split;
  if (!Number.isSafeInteger(unitCount) || unitCount < 1) {
    throw InvalidInputError.forField('split/unitCount', 'Split off a whole number of units, at least 1');
  }
  refuseNegativeBalance(container, -unitCount * container.unitUg, 'split/unitCount');
  return body;
}

const destructionReasons: readonly string[] = Object.values(DestructionReason);

/** Checks a destruction: by a reverse distributor, or on site by one person witnessed by another. */
export function validateDestroyed(state: LedgerState, command: DestroyedBody): DestroyedBody {
  const container = requireContainer(state, command.containerId);
  const ug = positiveMicrograms(command.amountMg, 'amountMg');
  requireWholeUnits(container, ug, 'amountMg');
  if (!destructionReasons.includes(command.reason)) {
    throw InvalidInputError.forField('reason', `Reason must be one of ${destructionReasons.join(', ')}`);
  }
  const { disposal } = command;
  switch (disposal.kind) {
    case 'reverse-distributor':
      validateRegistrant(disposal.registrant, 'disposal/registrant');
      break;
    case 'on-site':
      requireText(disposal.manner, 'disposal/manner', 'The manner of destruction');
      requireText(disposal.destroyedBy, 'disposal/destroyedBy', 'Who destroyed it');
      requireIndependentWitness(
        disposal.witnessedBy,
        [disposal.destroyedBy],
        'disposal/witnessedBy',
        'destructionTwoWitnesses',
      );
      break;
  }
  refuseNegativeBalance(container, -ug, 'amountMg');
  return command;
}

/** Checks a count: two different people, a counted amount ≥ 0 (an empty container counts as 0). */
export function validateCounted(state: LedgerState, command: CountedBody): CountedBody {
  const container = requireContainer(state, command.containerId);
  const ug = toMicrograms(command.countedMg, 'countedMg');
  if (ug < 0) {
    throw InvalidInputError.forField('countedMg', 'A count cannot be negative');
  }
  requireWholeUnits(container, ug, 'countedMg');
  requireText(command.countedBy, 'countedBy', 'Who counted');
  requireIndependentWitness(command.witnessedBy, [command.countedBy], 'witnessedBy', 'countTwoPersons');
  return command;
}
