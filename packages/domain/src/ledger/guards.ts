/**
 * Shared checks for ledger commands. Each throws the error the brief and DEFAULTS §7 ask for,
 * naming the field at fault: InvalidInputError for shape and reference faults, ConflictError
 * for ids already used, RuleViolationError (with the rule's finding) for hard stops.
 */
import { ConflictError, InvalidInputError, MissingInputError, RuleViolationError } from '../errors.js';
import { toMg } from './amounts.js';
import { ProductKind } from './container.js';
import { ledgerFinding, type LedgerFinding, type LedgerRuleKey } from './rules.js';
import type { ContainerState, LedgerState, SessionLine } from './state.js';

const instantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Parses an ISO 8601 instant with an explicit offset (`2026-03-02T14:05:00Z`, `…-05:00`).
 * @param text - the instant
 * @param field - the input field, named in the error
 * @returns milliseconds since the epoch
 */
export function parseInstant(text: string, field: string): number {
  const ms = instantPattern.test(text) ? Date.parse(text) : Number.NaN;
  if (Number.isNaN(ms)) {
    throw InvalidInputError.forField(field, 'Must be an ISO date-time with an offset, e.g. 2026-03-02T14:05:00Z');
  }
  return ms;
}

/** Refuses a blank text field. */
export function requireText(value: string, field: string, label: string): void {
  if (value.trim() === '') {
    throw MissingInputError.forField(field, `${label} is required`);
  }
}

/** Refuses an id that the ledger already uses for an event or a container. */
export function requireUnusedId(state: LedgerState, id: string, field: string): void {
  requireText(id, field, 'An id');
  if (state.eventIds.has(id) || state.containers.has(id)) {
    throw new ConflictError(`Id ${id} is already in the ledger`, { fields: [{ field, message: 'Already used' }] });
  }
}

/** The container a command names, or an InvalidInputError on `field`. */
export function requireContainer(state: LedgerState, containerId: string, field = 'containerId'): ContainerState {
  const container = state.containers.get(containerId);
  if (container === undefined) {
    throw InvalidInputError.forField(field, `No container ${containerId} in the ledger`);
  }
  return container;
}

/**
 * Throws a RuleViolationError for a hard stop, carrying the rule's finding and the field at fault.
 * @param key - the rule that stops the command
 * @param field - the input field at fault
 * @param message - what happened
 * @param values - what the rule saw
 */
export function stop(key: LedgerRuleKey, field: string, message: string, values: LedgerFinding['values']): never {
  const finding = ledgerFinding(key, message, values);
  throw new RuleViolationError(message, { fields: [{ field, message }], findings: [finding] });
}

/**
 * Hard stop when a stock movement would make the container balance negative (DEFAULTS §7).
 * @param container - the container
 * @param stockDeltaUg - the signed change to its stock
 * @param field - the input field at fault
 */
export function refuseNegativeBalance(container: ContainerState, stockDeltaUg: number, field: string): void {
  const afterUg = container.balanceUg + stockDeltaUg;
  if (afterUg < 0) {
    stop(
      'balanceNonNegative',
      field,
      `Container ${container.containerId} holds ${toMg(container.balanceUg)} mg; this would leave ${toMg(afterUg)} mg`,
      {
        containerId: container.containerId,
        balanceMg: toMg(container.balanceUg),
        changeMg: toMg(stockDeltaUg),
      },
    );
  }
}

/** Micrograms drawn for a session line not yet administered, wasted or returned. */
export function outstandingUg(line: SessionLine): number {
  return line.drawnUg - line.administeredUg - line.wastedUg - line.returnedUg;
}

/**
 * Hard stop when a session would account for more than was drawn from the container for it.
 * @param line - the session's account for this container
 * @param outstandingDeltaUg - the signed change to its outstanding amount
 * @param field - the input field at fault
 */
export function refuseSessionOverdraw(line: SessionLine, outstandingDeltaUg: number, field: string): void {
  const afterUg = outstandingUg(line) + outstandingDeltaUg;
  if (afterUg < 0) {
    stop(
      'sessionNotMoreThanDrawn',
      field,
      `Session ${line.sessionId} has ${toMg(outstandingUg(line))} mg drawn from ${line.containerId} not yet accounted for`,
      {
        sessionId: line.sessionId,
        containerId: line.containerId,
        outstandingMg: toMg(outstandingUg(line)),
        changeMg: toMg(-outstandingDeltaUg),
      },
    );
  }
}

/** The session's account for a container, or an InvalidInputError on `sessionId`. */
export function requireSessionLine(state: LedgerState, sessionId: string, containerId: string): SessionLine {
  const line = state.sessions.get(sessionId)?.get(containerId);
  if (line === undefined) {
    throw InvalidInputError.forField(
      'sessionId',
      `Nothing was drawn from container ${containerId} for session ${sessionId}`,
    );
  }
  return line;
}

/**
 * Hard stop when a witness is the same person as someone who handled the drug.
 * @param witness - the witness's user id
 * @param handlers - user ids the witness must differ from
 * @param field - the witness field
 * @param key - the rule that requires the second person
 */
export function requireIndependentWitness(
  witness: string,
  handlers: readonly string[],
  field: string,
  key: LedgerRuleKey,
): void {
  requireText(witness, field, 'The witness');
  if (handlers.includes(witness)) {
    stop(
      key,
      field,
      'The witness must be a different person from the one who prepared, wasted, counted or destroyed the drug',
      {
        witness,
        handlers: handlers.join(', '),
      },
    );
  }
}

/** Refuses a stock movement on a device container that is not a whole number of devices. */
export function requireWholeUnits(container: ContainerState, ug: number, field: string): void {
  if (container.details.productKind === ProductKind.EsketamineDevice && ug % container.unitUg !== 0) {
    throw InvalidInputError.forField(field, `Esketamine moves in whole devices of ${toMg(container.unitUg)} mg`);
  }
}
