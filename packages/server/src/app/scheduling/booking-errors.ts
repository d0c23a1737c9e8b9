import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  RuleViolationError,
  appointmentTypeRules,
} from '@chairside/domain';
import type { Actor, Stores } from '../ports.js';
import type { BookingProblem, SlotRequest } from './booking-checks.js';
import type { ClinicSettingsRecord } from './scheduling-ports.js';

/**
 * Throws for a refused booking: overlaps are 409 (someone else holds the time), rule stops
 * 422 with findings, everything else 422 naming the field. Every problem travels as a finding.
 */
export function throwBookingProblems(problems: readonly BookingProblem[], batch: boolean): void {
  if (problems.length === 0) {
    return;
  }
  const prefix = (p: BookingProblem): string => (batch ? `Slot ${p.slot + 1}: ` : '');
  const detail = problems.map((p) => `${prefix(p)}${p.message}`).join(' ');
  const details = {
    findings: problems,
    fields: problems.map((p) => ({ field: batch ? `slots/${p.slot}/${p.field}` : p.field, message: p.message })),
  };
  if (problems.some((p) => p.kind === 'overlap')) {
    throw new ConflictError(detail, details);
  }
  if (problems.some((p) => p.kind === 'rule')) {
    throw new RuleViolationError(detail, details);
  }
  throw new InvalidInputError(detail, details);
}

/** Who may book this type (data in `appointmentTypeRules`), and only a physician may override. */
export function assertMayBook(actor: Actor, slots: readonly SlotRequest[], overrideReason: string | null): void {
  for (const slot of slots) {
    const rules = appointmentTypeRules[slot.type];
    if (!rules.bookableBy.includes(actor.role)) {
      throw new ForbiddenError(`${rules.label}: booked by ${rules.bookableBy.join(', ')} only`);
    }
  }
  if (overrideReason !== null && actor.role !== 'physician') {
    throw new ForbiddenError('Only a physician may override a spacing stop');
  }
}

export async function requireSettings(stores: Stores): Promise<ClinicSettingsRecord> {
  const settings = await stores.clinic.getSettings();
  if (!settings) {
    throw InvalidInputError.forField(
      'clinic',
      'Set the clinic time zone and opening hours first (Admin → Clinic set-up).',
    );
  }
  return settings;
}

export async function requirePatient(stores: Stores, patientId: string): Promise<void> {
  if (!(await stores.patients.findById(patientId))) {
    throw new NotFoundError('No patient with this id');
  }
}

export const lockKeysOf = (slots: readonly Pick<SlotRequest, 'chairId' | 'patientId'>[]): string[] =>
  slots.flatMap((s) => [`patient:${s.patientId}`, ...(s.chairId ? [`chair:${s.chairId}`] : [])]);
