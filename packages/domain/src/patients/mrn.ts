/**
 * Medical record numbers: a clinic sequence number, zero-padded to 7 digits, with a Luhn
 * check digit so a mistyped MRN is caught at the desk (`CS-0000042-5`).
 */
const prefix = 'CS-';

/** Luhn (mod 10) check digit of a string of digits. */
export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    const digit = Number(digits[digits.length - 1 - i]);
    const weighted = i % 2 === 0 ? digit * 2 : digit;
    sum += weighted > 9 ? weighted - 9 : weighted;
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * Builds the MRN for a clinic sequence number.
 * @param sequence - a positive whole number from the database sequence
 */
export function formatMrn(sequence: number): string {
  if (!Number.isSafeInteger(sequence) || sequence < 1 || sequence > 9_999_999) {
    throw new RangeError(`MRN sequence out of range: ${sequence}`);
  }
  const body = String(sequence).padStart(7, '0');
  return `${prefix}${body}-${luhnCheckDigit(body)}`;
}

/** True when the text is a well-formed MRN whose check digit matches. */
export function isValidMrn(text: string): boolean {
  const match = /^CS-(\d{7})-(\d)$/.exec(text.trim().toUpperCase());
  if (!match?.[1] || match[2] === undefined) {
    return false;
  }
  return luhnCheckDigit(match[1]) === Number(match[2]);
}
