/**
 * Errors a command raises when it cannot proceed. Expected clinical outcomes
 * (findings, alerts) are values, not errors. No HTTP status lives here: the
 * server maps each stable `code` to a problem document in one table.
 */

/** One input field at fault, named by its path in the request (`dateOfBirth`, `careTeam/0/email`). */
export interface FieldFault {
  readonly field: string;
  readonly message: string;
}

export const ErrorCode = {
  InvalidInput: 'INVALID_INPUT',
  MissingInput: 'MISSING_INPUT',
  NotFound: 'NOT_FOUND',
  Conflict: 'CONFLICT',
  StaleVersion: 'STALE_VERSION',
  Forbidden: 'FORBIDDEN',
  Unauthenticated: 'UNAUTHENTICATED',
  AccountLocked: 'ACCOUNT_LOCKED',
  RuleViolation: 'RULE_VIOLATION',
  InvalidTransition: 'INVALID_TRANSITION',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface DomainErrorDetails {
  readonly fields?: readonly FieldFault[];
  readonly findings?: readonly unknown[];
  readonly expected?: unknown;
  readonly actual?: unknown;
}

export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
  readonly details: DomainErrorDetails;

  constructor(message: string, details: DomainErrorDetails = {}) {
    super(message);
    this.name = new.target.name;
    this.details = details;
  }
}

/** Input of a valid shape that is clinically or logically impossible (future birth date, weight 0 kg). */
export class InvalidInputError extends DomainError {
  readonly code = ErrorCode.InvalidInput;
  static forField(field: string, message: string): InvalidInputError {
    return new InvalidInputError(message, { fields: [{ field, message }] });
  }
}
/** A value a calculation needs is absent: never default it. */
export class MissingInputError extends DomainError {
  readonly code = ErrorCode.MissingInput;
  static forField(field: string, message: string): MissingInputError {
    return new MissingInputError(message, { fields: [{ field, message }] });
  }
}
export class NotFoundError extends DomainError {
  readonly code = ErrorCode.NotFound;
}
export class ConflictError extends DomainError {
  readonly code = ErrorCode.Conflict;
}
/** Somebody else changed the record since it was read (optimistic concurrency). */
export class StaleVersionError extends DomainError {
  readonly code = ErrorCode.StaleVersion;
}
export class ForbiddenError extends DomainError {
  readonly code = ErrorCode.Forbidden;
}
export class UnauthenticatedError extends DomainError {
  readonly code = ErrorCode.Unauthenticated;
}
export class AccountLockedError extends DomainError {
  readonly code = ErrorCode.AccountLocked;
}
/** A rule stop (soft or hard) blocks the command; the findings say why. */
export class RuleViolationError extends DomainError {
  readonly code = ErrorCode.RuleViolation;
}
export class InvalidTransitionError extends DomainError {
  readonly code = ErrorCode.InvalidTransition;
}

/** Collects field faults and throws them together, so a form shows every problem at once. */
export function assertNoFaults(faults: readonly FieldFault[], message = 'Some fields are not valid'): void {
  if (faults.length > 0) {
    throw new InvalidInputError(message, { fields: faults });
  }
}
