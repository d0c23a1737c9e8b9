/** Medical-history findings: coded conditions, ketamine allergies, recent myocardial infarction. */
import type { ValidIntake } from '../intake/types.js';
import { conditionLabels } from '../intake/labels.js';
import { makeFinding, type RuleFinding } from '../protocols/rule-types.js';
import type { Route } from '../protocols/types.js';
import { conditionRules, RECENT_MI_MONTHS, recentMiRule } from './condition-rules.js';
import { monthsBefore } from './dates.js';
import { resolveForRoute, type ConditionRule } from './rule-types.js';

/** Allergy entries that mean hypersensitivity to ketamine or esketamine (any salt or brand). */
const ketamineAllergyPattern = /ketamin|ketalar|spravato/i;

function ruleById(id: string): ConditionRule {
  const rule = conditionRules.find((candidate) => candidate.id === id);
  if (rule === undefined) {
    throw new Error(`Unknown condition rule ${id}`);
  }
  return rule;
}

function conditionFinding(
  rule: ConditionRule,
  route: Route,
  seen: readonly string[],
  notes: readonly string[],
): RuleFinding {
  const { severity, source } = resolveForRoute(rule, route);
  const tasks = rule.tasks === undefined ? {} : { tasks: rule.tasks };
  return makeFinding(
    { ...rule, source },
    severity,
    `${rule.message} (${seen.join('; ')})`,
    { conditions: seen, notes, route },
    tasks,
  );
}

/**
 * Condition labels (and notes) the intake records for each rule, MI split by date.
 * @param intake - a validated intake
 * @param today - YYYY-MM-DD
 */
function seenByRule(intake: ValidIntake, today: string): Map<string, { seen: string[]; notes: string[] }> {
  const byRule = new Map<string, { seen: string[]; notes: string[] }>();
  const add = (id: string, seen: string, note: string | undefined): void => {
    const entry = byRule.get(id) ?? { seen: [], notes: [] };
    entry.seen.push(seen);
    if (note !== undefined && note.trim() !== '') {
      entry.notes.push(note);
    }
    byRule.set(id, entry);
  };
  const recentSince = monthsBefore(today, RECENT_MI_MONTHS);
  for (const condition of intake.conditions) {
    if (condition.code === 'myocardial-infarction') {
      // validateIntake requires the date; were it absent, treating the MI as recent is the safe side.
      const onset = condition.onsetDate ?? today;
      const recent = onset > recentSince;
      add(
        recent ? recentMiRule.id : 'screening.precaution.stable-cardiovascular',
        `myocardial infarction on ${onset}`,
        condition.note,
      );
      continue;
    }
    const rule = conditionRules.find((candidate) => candidate.codes.includes(condition.code));
    if (rule !== undefined) {
      add(rule.id, conditionLabels[condition.code], condition.note);
    }
  }
  for (const allergy of intake.allergies) {
    if (ketamineAllergyPattern.test(allergy.substance)) {
      add('screening.contraindication.hypersensitivity', `allergy: ${allergy.substance}`, allergy.reaction);
    }
  }
  return byRule;
}

/**
 * Findings from the medical history and allergies.
 * @param intake - a validated intake
 * @param route - the protocol's route (some sources are route-specific)
 * @param today - YYYY-MM-DD
 */
export function evaluateHistory(intake: ValidIntake, route: Route, today: string): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const [id, { seen, notes }] of seenByRule(intake, today)) {
    if (id === recentMiRule.id) {
      findings.push(
        makeFinding(recentMiRule, recentMiRule.severity, `${recentMiRule.message} (${seen.join('; ')})`, {
          conditions: seen,
          notes,
        }),
      );
    } else {
      findings.push(conditionFinding(ruleById(id), route, seen, notes));
    }
  }
  return findings;
}
