/**
 * The vocabulary every clinical rule and finding shares (DESIGN.md "Rules are data with sources").
 * Findings are plain JSON-serialisable objects: they are shown to physicians and stored with the
 * decision they signed.
 */

/** Severity words of DEFAULTS.md (top): info < warning < soft-stop < hard-stop. */
export const RuleSeverity = {
  Info: 'info',
  Warning: 'warning',
  SoftStop: 'soft-stop',
  HardStop: 'hard-stop',
} as const;
export type RuleSeverity = (typeof RuleSeverity)[keyof typeof RuleSeverity];

const severityRank: Readonly<Record<RuleSeverity, number>> = { info: 0, warning: 1, 'soft-stop': 2, 'hard-stop': 3 };

/** Evidence tags of REFERENCE.md; `L-CH` is the Swiss label, `P` a Chairside default policy. */
export const SourceTag = {
  Label: 'L',
  SwissLabel: 'L-CH',
  Guideline: 'G',
  Trial: 'T',
  Secondary: 'S',
  Clinic: 'C',
  Policy: 'P',
} as const;
export type SourceTag = (typeof SourceTag)[keyof typeof SourceTag];

/** Where a rule comes from: the tags (several when a row says "[L]/[G]") and a citation a clinician can look up. */
export interface RuleSource {
  readonly tags: readonly SourceTag[];
  readonly citation: string;
}

/** A value a finding saw, kept as JSON. */
export type FindingValue = string | number | boolean | null | readonly string[] | readonly number[];

/** What to do about a current medication (DEFAULTS.md §3, medications). */
export const MedicationAction = {
  Continue: 'continue',
  Monitor: 'monitor',
  Hold: 'hold',
  Review: 'review',
  Stop: 'stop',
} as const;
export type MedicationAction = (typeof MedicationAction)[keyof typeof MedicationAction];

/** A task a finding asks staff to do before treatment (an ECG, a same-day safety assessment…). */
export const RequiredTask = {
  SameDaySafetyAssessment: 'same-day-safety-assessment',
  Ecg: 'ecg',
  LiverFunctionTests: 'liver-function-tests',
  PregnancyTest: 'pregnancy-test',
  NewWeight: 'new-weight',
  MedicationReview: 'medication-review',
} as const;
export type RequiredTask = (typeof RequiredTask)[keyof typeof RequiredTask];

/** One rule that fired, with what it saw. */
export interface RuleFinding {
  /** `ruleId@version`, e.g. `screening.contraindication.psychosis@1`. */
  readonly rule: string;
  readonly ruleId: string;
  readonly version: number;
  readonly severity: RuleSeverity;
  readonly message: string;
  readonly source: RuleSource;
  readonly values: Readonly<Record<string, FindingValue>>;
  /** Medication findings only: what to do with the medication. */
  readonly action?: MedicationAction;
  readonly tasks?: readonly RequiredTask[];
}

/** The identity and provenance every rule carries. */
export interface RuleIdentity {
  readonly id: string;
  readonly version: number;
  readonly source: RuleSource;
}

/** A rule as data: identity and provenance, the severity it fires with, and its message. */
export interface ClinicalRule extends RuleIdentity {
  readonly severity: RuleSeverity;
  readonly message: string;
  readonly tasks?: readonly RequiredTask[];
}

/**
 * The `ruleId@version` reference a finding carries.
 * @param rule - the rule's identity
 */
export function ruleRef(rule: Pick<RuleIdentity, 'id' | 'version'>): string {
  return `${rule.id}@${rule.version}`;
}

/**
 * The worst severity among findings, or null when there are none.
 * @param findings - the findings to rank
 */
export function worstSeverity(findings: readonly Pick<RuleFinding, 'severity'>[]): RuleSeverity | null {
  let worst: RuleSeverity | null = null;
  for (const finding of findings) {
    if (worst === null || severityRank[finding.severity] > severityRank[worst]) {
      worst = finding.severity;
    }
  }
  return worst;
}

/**
 * True when `a` is at least as severe as `b`.
 * @param a - the severity compared
 * @param b - the severity compared against
 */
export function isAtLeast(a: RuleSeverity, b: RuleSeverity): boolean {
  return severityRank[a] >= severityRank[b];
}

/**
 * Builds a finding from a rule and what it saw.
 * @param rule - the rule that fired
 * @param severity - the severity it fired with (some rules depend on the route)
 * @param message - what a clinician reads
 * @param values - the inputs the rule saw
 * @param extra - the medication action or tasks, when the rule has them
 */
export function makeFinding(
  rule: RuleIdentity,
  severity: RuleSeverity,
  message: string,
  values: Readonly<Record<string, FindingValue>>,
  extra: { readonly action?: MedicationAction; readonly tasks?: readonly RequiredTask[] } = {},
): RuleFinding {
  return {
    rule: ruleRef(rule),
    ruleId: rule.id,
    version: rule.version,
    severity,
    message,
    source: rule.source,
    values,
    ...extra,
  };
}
