/**
 * Identifiers printed on controlled-substance paperwork: the National Drug Code on the
 * container and the supplier's DEA registration number on the invoice (21 CFR 1304.22(c)
 * requires the supplier's DEA number in the receipt record).
 */

/** The hyphenated NDC layouts FDA uses: 10 digits as 4-4-2, 5-3-2 or 5-4-1, and the 11-digit 5-4-2 billing form. */
export const NdcFormat = { F442: '4-4-2', F532: '5-3-2', F541: '5-4-1', F542: '5-4-2' } as const;
export type NdcFormat = (typeof NdcFormat)[keyof typeof NdcFormat];

export interface ParsedNdc {
  readonly format: NdcFormat;
  readonly labeler: string;
  readonly product: string;
  readonly packageCode: string;
  /** The 11-digit 5-4-2 form, zero-padded, hyphenated: one key for the same package written either way. */
  readonly ndc11: string;
}

const ndcPattern = /^(\d{4,5})-(\d{3,4})-(\d{1,2})$/;
const bare11Pattern = /^(\d{5})(\d{4})(\d{2})$/;

function formatOf(labeler: string, product: string, packageCode: string): NdcFormat | undefined {
  const shape = `${labeler.length}-${product.length}-${packageCode.length}`;
  switch (shape) {
    case '4-4-2':
      return NdcFormat.F442;
    case '5-3-2':
      return NdcFormat.F532;
    case '5-4-1':
      return NdcFormat.F541;
    case '5-4-2':
      return NdcFormat.F542;
    default:
      return undefined;
  }
}

/**
 * Parses an NDC in a hyphenated 10-digit form (4-4-2, 5-3-2, 5-4-1), the 11-digit 5-4-2 form,
 * or 11 bare digits. A bare 10-digit NDC is refused: without hyphens it is ambiguous.
 * @param text - the NDC as printed
 * @returns the parts and the 11-digit form, or undefined when it is not a valid NDC
 */
export function parseNdc(text: string): ParsedNdc | undefined {
  const trimmed = text.trim();
  const bare = bare11Pattern.exec(trimmed);
  const match = bare ?? ndcPattern.exec(trimmed);
  const [, labeler, product, packageCode] = match ?? [];
  if (labeler === undefined || product === undefined || packageCode === undefined) {
    return undefined;
  }
  const format = formatOf(labeler, product, packageCode);
  if (format === undefined) {
    return undefined;
  }
  const ndc11 = `${labeler.padStart(5, '0')}-${product.padStart(4, '0')}-${packageCode.padStart(2, '0')}`;
  return { format, labeler, product, packageCode, ndc11 };
}

/** True when the text is an NDC in one of the accepted layouts. */
export function isValidNdc(text: string): boolean {
  return parseNdc(text) !== undefined;
}

/**
 * First letters of DEA registration numbers as published by DEA and its digests (A/B/F/G
 * practitioners and institutions, M mid-level, P/R distributors and reverse distributors, X
 * DATA-waived, and the older business-activity letters). Letters never used (I, O, Q, V, W, Y, Z)
 * are refused; the check digit catches most other typos.
 */
const deaFirstLetters = 'ABCDEFGHJKLMNPRSTUX';
const deaPattern = /^([A-Z])([A-Z9])(\d{7})$/;

/**
 * The DEA check digit: (d1 + d3 + d5) + 2 × (d2 + d4 + d6), last digit.
 * @param sixDigits - the first six digits of the number
 */
export function deaCheckDigit(sixDigits: string): number {
  const digit = (index: number): number => Number(sixDigits.charAt(index));
  const odd = digit(0) + digit(2) + digit(4);
  const even = digit(1) + digit(3) + digit(5);
  return (odd + 2 * even) % 10;
}

/** Why a DEA number is refused, or undefined when it is valid. */
export function deaNumberProblem(text: string): string | undefined {
  const match = deaPattern.exec(text.trim().toUpperCase());
  const [, first, , digits] = match ?? [];
  if (first === undefined || digits === undefined) {
    return 'A DEA number is 2 letters (the second may be 9) followed by 7 digits, e.g. AB1234563';
  }
  if (!deaFirstLetters.includes(first)) {
    return `A DEA number cannot start with ${first}`;
  }
  const expected = deaCheckDigit(digits.slice(0, 6));
  if (Number(digits[6]) !== expected) {
    return 'The DEA number check digit does not match (mistyped?)';
  }
  return undefined;
}

/** True when the text is a well-formed DEA registration number whose check digit matches. */
export function isValidDeaNumber(text: string): boolean {
  return deaNumberProblem(text) === undefined;
}
