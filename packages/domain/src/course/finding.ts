/**
 * Course-level rules and findings (spacing, capacity, induction review). Rules are
 * data with a stable id, a version, a severity and a source; a finding names
 * `ruleId@version` and the values it saw.
 */

/** DEFAULTS.md severity words. */
export type CourseSeverity = 'info' | 'warning' | 'soft-stop' | 'hard-stop';

/** A REFERENCE.md tag (L, G, T, S, C, P) and the citation behind a rule. */
export interface CourseRuleSource {
  readonly tag: 'L' | 'G' | 'T' | 'S' | 'C' | 'P';
  readonly citation: string;
}

export interface CourseRule {
  readonly id: string;
  readonly version: number;
  readonly severity: CourseSeverity;
  readonly source: CourseRuleSource;
}

export type ObservedValue = string | number | boolean | null;

export interface CourseFinding {
  /** `ruleId@version`. */
  readonly rule: string;
  readonly severity: CourseSeverity;
  readonly message: string;
  readonly observed: Readonly<Record<string, ObservedValue>>;
  readonly source: CourseRuleSource;
}

/**
 * A finding of a rule, with what it saw.
 * @param rule - the rule that fired
 * @param message - what a clinician reads
 * @param observed - the values the rule saw
 */
export function findingOf(
  rule: CourseRule,
  message: string,
  observed: Readonly<Record<string, ObservedValue>>,
): CourseFinding {
  return { rule: `${rule.id}@${rule.version}`, severity: rule.severity, message, observed, source: rule.source };
}
