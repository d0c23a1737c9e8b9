/**
 * Amount arithmetic for the ledger. Amounts enter and leave as milligrams (`amountMg`), but
 * every balance is summed in whole micrograms, so a long chain of draws never drifts by a
 * floating-point residue and "balance ≥ 0" is an exact test. Amounts are therefore accepted
 * to at most 3 decimals of a milligram (0.001 mg); finer input is refused, never rounded.
 */
import { InvalidInputError } from '../errors.js';

const microgramsPerMg = 1000;
/** How far `amountMg × 1000` may sit from a whole number before it counts as finer than 0.001 mg. */
const representationSlack = 1e-6;
/** Typo guard: no single ledger transaction moves more than 1 kg of ketamine. */
export const maxTransactionMg = 1_000_000;

/**
 * Converts milligrams to whole micrograms, refusing NaN, infinities, and precision finer than 0.001 mg.
 * @param amountMg - the amount in milligrams
 * @param field - the input field, named in the error
 */
export function toMicrograms(amountMg: number, field: string): number {
  if (!Number.isFinite(amountMg)) {
    throw InvalidInputError.forField(field, 'Amount must be a number of milligrams');
  }
  const scaled = amountMg * microgramsPerMg;
  const ug = Math.round(scaled);
  if (Math.abs(ug - scaled) > representationSlack) {
    throw InvalidInputError.forField(field, 'Amount must be given to at most 0.001 mg');
  }
  return ug === 0 ? 0 : ug;
}

/**
 * Like `toMicrograms`, and also refuses zero, negative and absurdly large amounts.
 * @param amountMg - the amount in milligrams
 * @param field - the input field, named in the error
 */
export function positiveMicrograms(amountMg: number, field: string): number {
  const ug = toMicrograms(amountMg, field);
  if (ug <= 0) {
    throw InvalidInputError.forField(field, 'Amount must be greater than 0 mg');
  }
  if (ug > maxTransactionMg * microgramsPerMg) {
    throw InvalidInputError.forField(field, `Amount must not exceed ${maxTransactionMg} mg`);
  }
  return ug;
}

/** Whole micrograms back to milligrams. */
export function toMg(ug: number): number {
  return ug / microgramsPerMg;
}

/**
 * The volume in mL that holds an amount at a concentration, to 0.001 mL (for display and reports).
 * @param ug - amount in micrograms
 * @param concentrationMgPerMl - vial concentration
 */
export function volumeMlOf(ug: number, concentrationMgPerMl: number): number {
  return Math.round(ug / concentrationMgPerMl) / microgramsPerMg;
}

/** True for a finite number > 0 with at most 3 decimals. */
export function isPositiveThousandths(value: number): boolean {
  if (!Number.isFinite(value) || value <= 0) {
    return false;
  }
  const scaled = value * microgramsPerMg;
  return Math.abs(Math.round(scaled) - scaled) <= representationSlack;
}
