/**
 * Turns a user's command into the next ledger event, after checking it against the state derived
 * from every earlier event. Nothing is appended here: the server hashes the returned event
 * (`sealLedgerEvent`) and inserts it in the same transaction as its audit record. There is no
 * update, delete or purge: records are kept at least 2 years [L 21 CFR 1304.04(a)].
 */
import { ConflictError } from '../errors.js';
import { validateCorrection, validateDiscrepancyReported, validateDiscrepancyResolved } from './correction-commands.js';
import type { EventMeta, LedgerCommand, LedgerEvent, LedgerEventBody, UnsealedLedgerEvent } from './events.js';
import { deriveLedgerState } from './fold.js';
import { parseInstant, requireText } from './guards.js';
import {
  validateAdministered,
  validateDraw,
  validateReturnToStock,
  validateSessionWaste,
  validateWasteWitnessed,
} from './session-commands.js';
import type { LedgerState } from './state.js';
import {
  validateCounted,
  validateDestroyed,
  validateReceived,
  validateReturnToSupplier,
  validateStockWaste,
  validateTransfer,
} from './stock-commands.js';

function validateCommand(state: LedgerState, command: LedgerCommand, meta: EventMeta): LedgerEventBody {
  switch (command.type) {
    case 'received':
      return validateReceived(state, command);
    case 'drawn':
      return validateDraw(state, command);
    case 'administered':
      return validateAdministered(state, command, meta);
    case 'wasted':
      return command.source === 'session'
        ? validateSessionWaste(state, command, meta)
        : validateStockWaste(state, command, meta);
    case 'waste-witnessed':
      return validateWasteWitnessed(state, command);
    case 'returned':
      return command.destination === 'stock'
        ? validateReturnToStock(state, command)
        : validateReturnToSupplier(state, command);
    case 'transferred':
      return validateTransfer(state, command);
    case 'destroyed':
      return validateDestroyed(state, command);
    case 'counted':
      return validateCounted(state, command);
    case 'correction':
      return validateCorrection(state, command);
    case 'discrepancy-resolved':
      return validateDiscrepancyResolved(state, command);
    case 'discrepancy-reported':
      return validateDiscrepancyReported(state, command);
  }
}

function validateMeta(state: LedgerState, meta: EventMeta): void {
  requireText(meta.id, 'id', 'An event id');
  if (state.eventIds.has(meta.id)) {
    throw new ConflictError(`Event ${meta.id} is already in the ledger`, {
      fields: [{ field: 'id', message: 'Already used' }],
    });
  }
  parseInstant(meta.at, 'at');
  requireText(meta.by, 'by', 'The user recording the event');
}

/**
 * Checks a command against the ledger and builds the next event (sequence and previousHash
 * filled in). Throws InvalidInputError / MissingInputError / ConflictError / RuleViolationError /
 * InvalidTransitionError naming the field at fault; a refused command changes nothing.
 * @param events - every event of the ledger so far
 * @param command - what the user asks to record
 * @param meta - the new event's id, time and recording user
 */
export function prepareLedgerEvent(
  events: readonly LedgerEvent[],
  command: LedgerCommand,
  meta: EventMeta,
): UnsealedLedgerEvent {
  const state = deriveLedgerState(events);
  validateMeta(state, meta);
  const body = validateCommand(state, command, meta);
  return {
    ...body,
    id: meta.id,
    sequence: state.lastSequence + 1,
    at: meta.at,
    by: meta.by,
    previousHash: state.lastHash,
  };
}
