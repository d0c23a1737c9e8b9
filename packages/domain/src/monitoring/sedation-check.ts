/**
 * Sedation and dissociation at a check: MOAA/S 0–5 (Chernik 1990) and CADSS-6, the items
 * 1, 2, 6, 7, 15 and 22 of the 23-item CADSS (Rodrigues 2021), each 0–4, total 0–24
 * (REFERENCE.md §7.4; item scoring 0–4 is marked UNVERIFIED there, §12 item 7).
 */
import { InvalidInputError, MissingInputError, type FieldFault } from '../errors.js';
import { instantMs } from './iso-time.js';

/** CADSS-6 answers keyed by the item numbers of the 23-item CADSS. */
export interface Cadss6Answers {
  readonly item1: number;
  readonly item2: number;
  readonly item6: number;
  readonly item7: number;
  readonly item15: number;
  readonly item22: number;
}

export const cadss6AnswerKeys = ['item1', 'item2', 'item6', 'item7', 'item15', 'item22'] as const;

export interface SedationCheck {
  readonly kind: 'sedation';
  readonly takenAt: string;
  /** 5 responds readily to name … 0 no response to painful stimulus. */
  readonly moaasScore: number;
  /** Optional at a check; when present, all six items are required (never imputed). */
  readonly cadss6?: Cadss6Answers;
}

function isWholeIn(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

/**
 * The CADSS-6 total, 0–24. An unanswered item makes the scale incomplete: it throws rather
 * than scoring a partial total (DEFAULTS.md §6: missing items are never imputed).
 * @param answers - the six item answers, each a whole number 0–4
 */
export function scoreCadss6(answers: Cadss6Answers): number {
  const received: Partial<Cadss6Answers> = answers;
  const missing = cadss6AnswerKeys.filter((key) => typeof received[key] !== 'number');
  if (missing.length > 0) {
    throw new MissingInputError('CADSS-6 is incomplete', {
      fields: missing.map((key) => ({ field: `cadss6/${key}`, message: 'Answer every CADSS-6 item' })),
    });
  }
  const faults: FieldFault[] = cadss6AnswerKeys
    .filter((key) => !isWholeIn(answers[key], 0, 4))
    .map((key) => ({ field: `cadss6/${key}`, message: 'A CADSS item is a whole number from 0 to 4' }));
  if (faults.length > 0) {
    throw new InvalidInputError('CADSS-6 answers are out of range', { fields: faults });
  }
  return cadss6AnswerKeys.reduce((total, key) => total + answers[key], 0);
}

/**
 * Throws when a sedation check is malformed: bad time, MOAA/S not a whole number 0–5, or an
 * incomplete or out-of-range CADSS-6.
 * @param check - the check as recorded
 */
export function validateSedationCheck(check: SedationCheck): void {
  instantMs(check.takenAt, 'takenAt');
  const received: Partial<SedationCheck> = check;
  if (typeof received.moaasScore !== 'number') {
    throw MissingInputError.forField('moaasScore', 'MOAA/S is required at a sedation check');
  }
  if (!isWholeIn(check.moaasScore, 0, 5)) {
    throw InvalidInputError.forField('moaasScore', `MOAA/S is a whole number from 0 to 5 (got ${check.moaasScore})`);
  }
  if (check.cadss6 !== undefined) {
    scoreCadss6(check.cadss6);
  }
}
