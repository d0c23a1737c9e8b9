/** Small field checks shared by the intake validators; each returns faults, never throws. */
import type { FieldFault } from '../errors.js';
import { isIsoCalendarDate } from '../patients/age.js';
import { boundsFault, type NumberBounds } from './bounds.js';

const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** True for an ISO 8601 instant with an explicit offset (`2025-03-01T09:30:00Z`). */
export function isIsoInstant(text: unknown): text is string {
  return (
    typeof text === 'string' &&
    isoInstant.test(text) &&
    isIsoCalendarDate(text.slice(0, 10)) &&
    !Number.isNaN(Date.parse(text))
  );
}

/**
 * Faults of a number against its bounds.
 * @param field - path of the field
 * @param value - the value
 * @param bounds - accepted range
 */
export function checkNumber(field: string, value: unknown, bounds: NumberBounds): FieldFault[] {
  const fault = boundsFault(value, bounds);
  return fault === null ? [] : [{ field, message: `${field} ${fault}` }];
}

/**
 * Faults of a calendar date that must not be after today. The date part of an instant is the
 * local date where it was measured, which is what "today" means at the clinic.
 * @param field - path of the field
 * @param value - YYYY-MM-DD
 * @param today - today's date, YYYY-MM-DD
 */
export function checkPastDate(field: string, value: unknown, today: string): FieldFault[] {
  if (typeof value !== 'string' || !isIsoCalendarDate(value)) {
    return [{ field, message: `${field} must be a real date (YYYY-MM-DD)` }];
  }
  return value > today ? [{ field, message: `${field} cannot be in the future` }] : [];
}

/**
 * Faults of an instant that must not be on a day after today.
 * @param field - path of the field
 * @param value - ISO instant
 * @param today - today's date, YYYY-MM-DD
 */
export function checkPastInstant(field: string, value: unknown, today: string): FieldFault[] {
  if (!isIsoInstant(value)) {
    return [{ field, message: `${field} must be an ISO date and time with an offset` }];
  }
  return value.slice(0, 10) > today ? [{ field, message: `${field} cannot be in the future` }] : [];
}

/**
 * Faults of a value that must be one of a set of codes.
 * @param field - path of the field
 * @param value - the value
 * @param allowed - accepted codes
 */
export function checkCode(field: string, value: unknown, allowed: readonly string[]): FieldFault[] {
  return typeof value === 'string' && allowed.includes(value)
    ? []
    : [{ field, message: `${field} is not one of: ${allowed.join(', ')}` }];
}

/**
 * Faults of a text that must not be blank.
 * @param field - path of the field
 * @param value - the text
 */
export function checkText(field: string, value: unknown): FieldFault[] {
  return typeof value === 'string' && value.trim() !== '' ? [] : [{ field, message: `${field} is required` }];
}
