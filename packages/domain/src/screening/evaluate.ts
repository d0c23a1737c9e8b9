/**
 * `evaluateScreening`: every rule of DEFAULTS.md §3 applied to an intake for a protocol. The
 * decision is ineligible with any hard-stop, needs-review with any soft-stop or warning, and
 * eligible otherwise; a physician signs every decision.
 */
import type { DiazepamEquivalentTotal } from '../formulary/diazepam-equivalent.js';
import type { IntakeInput } from '../intake/types.js';
import { validateIntake } from '../intake/validate.js';
import { worstSeverity, type RequiredTask, type RuleFinding } from '../protocols/rule-types.js';
import type { Protocol } from '../protocols/types.js';
import { evaluateHistory } from './history.js';
import { evaluateIndications } from './indications.js';
import { evaluateMedications, type MedicationReview } from './medications.js';
import { evaluatePatient } from './patient.js';

export const ScreeningDecision = {
  Eligible: 'eligible',
  NeedsReview: 'needs-review',
  Ineligible: 'ineligible',
} as const;
export type ScreeningDecision = (typeof ScreeningDecision)[keyof typeof ScreeningDecision];

export interface ScreeningResult {
  readonly decision: ScreeningDecision;
  readonly protocol: { readonly id: string; readonly version: number; readonly route: string };
  readonly evaluatedOn: string;
  /** Hard-stops first, then soft-stops, warnings and info. */
  readonly findings: readonly RuleFinding[];
  readonly medications: readonly MedicationReview[];
  readonly diazepamEquivalent: DiazepamEquivalentTotal;
  /** Tasks the findings ask for (ECG, pregnancy test, same-day safety assessment…), once each. */
  readonly tasks: readonly RequiredTask[];
}

const order = { 'hard-stop': 0, 'soft-stop': 1, warning: 2, info: 3 } as const;

/**
 * The decision implied by a set of findings.
 * @param findings - screening findings
 */
export function decide(findings: readonly RuleFinding[]): ScreeningDecision {
  const worst = worstSeverity(findings);
  switch (worst) {
    case 'hard-stop':
      return ScreeningDecision.Ineligible;
    case 'soft-stop':
    case 'warning':
      return ScreeningDecision.NeedsReview;
    case 'info':
    case null:
      return ScreeningDecision.Eligible;
  }
}

/**
 * Screens an intake for a protocol. Throws InvalidInputError if the intake is not valid.
 * @param intake - the intake as recorded
 * @param protocol - the protocol version the patient is screened for
 * @param today - today's date (YYYY-MM-DD) from the Clock
 */
export function evaluateScreening(intake: IntakeInput, protocol: Protocol, today: string): ScreeningResult {
  const valid = validateIntake(intake, today);
  const medications = evaluateMedications(valid, protocol.route);
  const findings = [
    ...evaluateIndications(valid, protocol),
    ...evaluateHistory(valid, protocol.route, today),
    ...evaluatePatient(valid, protocol, today),
    ...medications.findings,
  ].sort((a, b) => order[a.severity] - order[b.severity]);
  return {
    decision: decide(findings),
    protocol: { id: protocol.id, version: protocol.version, route: protocol.route },
    evaluatedOn: today,
    findings,
    medications: medications.review,
    diazepamEquivalent: medications.diazepamEquivalent,
    tasks: [...new Set(findings.flatMap((finding) => finding.tasks ?? []))],
  };
}
