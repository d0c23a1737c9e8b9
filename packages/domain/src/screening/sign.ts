/**
 * What a physician must do to sign a screening decision (DEFAULTS.md §3: "A physician signs every
 * decision"). A hard-stop can never be signed as eligible; every soft-stop the physician accepts
 * needs a written note; warnings need an explicit acknowledgement.
 */
import { InvalidInputError, RuleViolationError, type FieldFault } from '../errors.js';
import type { RuleFinding } from '../protocols/rule-types.js';

/** The decision a physician signs: the evaluation's needs-review is resolved one way or the other. */
export const SignedDecision = { Eligible: 'eligible', Ineligible: 'ineligible' } as const;
export type SignedDecision = (typeof SignedDecision)[keyof typeof SignedDecision];

export interface ScreeningSignature {
  readonly decision: SignedDecision;
  /** One note per soft-stop accepted, by the finding's index in the stored findings. */
  readonly softStopNotes: readonly { readonly findingIndex: number; readonly note: string }[];
  readonly warningsAcknowledged: boolean;
  readonly note?: string;
}

/**
 * Checks a signature against the stored findings; throws when it may not be signed.
 * @param findings - the findings of the evaluation being signed
 * @param signature - the physician's decision, notes and acknowledgement
 */
export function checkScreeningSignature(findings: readonly RuleFinding[], signature: ScreeningSignature): void {
  if (signature.decision === SignedDecision.Ineligible) {
    return;
  }
  const hardStops = findings.filter((f) => f.severity === 'hard-stop');
  if (hardStops.length > 0) {
    throw new RuleViolationError('A screening with a hard-stop cannot be signed as eligible; sign it as ineligible', {
      findings: hardStops,
    });
  }
  const faults: FieldFault[] = [];
  findings.forEach((finding, index) => {
    if (finding.severity !== 'soft-stop') {
      return;
    }
    const note = signature.softStopNotes.find((n) => n.findingIndex === index)?.note.trim() ?? '';
    if (note.length < 3) {
      faults.push({
        field: `softStopNotes/${index}`,
        message: `A note is required to accept the soft-stop: ${finding.message}`,
      });
    }
  });
  if (findings.some((f) => f.severity === 'warning') && !signature.warningsAcknowledged) {
    faults.push({ field: 'warningsAcknowledged', message: 'Acknowledge the warnings before signing as eligible' });
  }
  if (faults.length > 0) {
    throw new InvalidInputError('The signature is incomplete', { fields: faults });
  }
}
