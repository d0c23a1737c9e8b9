import type { Problem } from '@chairside/contract';

export interface FieldError {
  readonly field: string;
  readonly message: string;
}

/** A failed API call, carrying the server's RFC 9457 problem document. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly fieldErrors: readonly FieldError[];
  /** Rule findings or booking problems the server listed (problem+json `findings`). */
  readonly findings: readonly unknown[];

  constructor(status: number, problem: Partial<Problem>) {
    const detail = problem.detail ?? problem.title ?? `The request failed (HTTP ${status})`;
    super(detail);
    this.name = 'ApiError';
    this.status = status;
    this.code = problem.code ?? 'UNKNOWN';
    this.detail = detail;
    this.fieldErrors = problem.errors ?? [];
    this.findings = problem.findings ?? [];
  }

  /** Field errors keyed by path (`dateOfBirth`, `careTeam/0/email`), first message wins. */
  fieldErrorMap(): Record<string, string> {
    const map: Record<string, string> = {};
    for (const error of this.fieldErrors) {
      map[error.field] ??= sentenceCase(error.message);
    }
    return map;
  }
}

/** Schema messages are written for programmers; say the common ones the way staff would. */
function sentenceCase(message: string): string {
  if (message.includes('fewer than 1 characters')) {
    return 'Required';
  }
  if (message.includes('must match pattern')) {
    return 'Use digits, spaces and + ( ) - x only';
  }
  if (message.includes('must match format "date"')) {
    return 'Enter a date (YYYY-MM-DD)';
  }
  if (message.includes('must match format "email"') || message.includes('valid email')) {
    return 'Enter an email address like name@example.org';
  }
  return message.length > 0 ? message.charAt(0).toUpperCase() + message.slice(1) : message;
}

/** Field errors of any thrown value; empty when it was not a field-level problem. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  return error instanceof ApiError ? error.fieldErrorMap() : {};
}

/** A message a person can act on, whatever was thrown. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) {
    return error.detail;
  }
  if (error instanceof TypeError) {
    return 'Chairside could not reach the server. Check the network connection and try again.';
  }
  return error instanceof Error ? error.message : 'Something went wrong.';
}
