/** Shapes of screening rules: identity, severity, message, source, and route-specific overrides. */
import type { DrugClass } from '../formulary/types.js';
import type { ConditionCode } from '../intake/codes.js';
import type { ClinicalRule, MedicationAction, RuleSeverity, RuleSource } from '../protocols/rule-types.js';
import type { Route } from '../protocols/types.js';

/** What changes when the sources say a rule depends on the route (e.g. CYP3A4: info IV, warning IN). */
export interface RouteOverride {
  readonly severity?: RuleSeverity;
  readonly source?: RuleSource;
  readonly action?: MedicationAction;
}

export interface ScreeningRule extends ClinicalRule {
  readonly byRoute?: Partial<Readonly<Record<Route, RouteOverride>>>;
}

/** A rule that fires when the history holds one of its condition codes. */
export interface ConditionRule extends ScreeningRule {
  readonly codes: readonly ConditionCode[];
}

/** A rule that fires for each current medication matching its classes or ingredients. */
export interface MedicationRule extends ScreeningRule {
  readonly action: MedicationAction;
  readonly match: {
    readonly classes?: readonly DrugClass[];
    readonly ingredients?: readonly string[];
    /** Classes that exclude a match (benzodiazepines have their own rows, not the CNS-depressant row). */
    readonly unlessClasses?: readonly DrugClass[];
  };
}

/**
 * Severity, source and action of a rule on a route.
 * @param rule - the rule
 * @param route - the protocol's route
 */
export function resolveForRoute(
  rule: ScreeningRule & { readonly action?: MedicationAction },
  route: Route,
): { readonly severity: RuleSeverity; readonly source: RuleSource; readonly action: MedicationAction | undefined } {
  const override = rule.byRoute?.[route];
  return {
    severity: override?.severity ?? rule.severity,
    source: override?.source ?? rule.source,
    action: override?.action ?? rule.action,
  };
}
