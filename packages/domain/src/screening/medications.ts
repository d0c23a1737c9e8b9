/**
 * Evaluates current medications: one finding per medication per rule that matches, the
 * benzodiazepine total in diazepam equivalents, and a review line (with its action) for every
 * medication, recognised or not.
 */
import { dailyDoseMg, type MedicationInput } from '../formulary/daily-dose.js';
import { matchMedication } from '../formulary/match.js';
import { diazepamEquivalentMgPerDay, type DiazepamEquivalentTotal } from '../formulary/diazepam-equivalent.js';
import type { FormularyEntry } from '../formulary/types.js';
import type { ValidIntake } from '../intake/types.js';
import { makeFinding, type MedicationAction, type RuleFinding } from '../protocols/rule-types.js';
import type { Route } from '../protocols/types.js';
import {
  BENZODIAZEPINE_DIAZEPAM_EQ_THRESHOLD_MG_PER_DAY,
  benzodiazepineDoseRule,
  benzodiazepineDoseUnknownRule,
  medicationRules,
  unrecognisedMedicationRule,
} from './medication-rules.js';
import { resolveForRoute, type MedicationRule } from './rule-types.js';

/** One line of the medication review table shown to the physician. */
export interface MedicationReview {
  readonly name: string;
  readonly recognised: boolean;
  readonly generic: string | null;
  readonly classes: readonly string[];
  readonly dailyDoseMg: number | null;
  readonly diazepamEquivalentMgPerDay: number | null;
  readonly action: MedicationAction;
  readonly rules: readonly string[];
}

const actionRank: Readonly<Record<MedicationAction, number>> = { continue: 0, monitor: 1, review: 2, hold: 3, stop: 4 };

function matches(rule: MedicationRule, entry: FormularyEntry): boolean {
  const { classes = [], ingredients = [], unlessClasses = [] } = rule.match;
  if (unlessClasses.some((c) => entry.classes.includes(c))) {
    return false;
  }
  return classes.some((c) => entry.classes.includes(c)) || ingredients.some((i) => entry.ingredients.includes(i));
}

function benzodiazepineTotalFindings(total: DiazepamEquivalentTotal): RuleFinding[] {
  if (total.items.length === 0) {
    return [];
  }
  const values = {
    diazepamEquivalentMgPerDay: total.totalMgPerDay,
    thresholdMgPerDay: BENZODIAZEPINE_DIAZEPAM_EQ_THRESHOLD_MG_PER_DAY,
    benzodiazepines: total.items.map((item) => item.name),
    complete: total.complete,
  };
  if (total.totalMgPerDay > BENZODIAZEPINE_DIAZEPAM_EQ_THRESHOLD_MG_PER_DAY) {
    const message = `${benzodiazepineDoseRule.message} (${total.totalMgPerDay} mg/day${total.complete ? '' : ', at least'})`;
    return [makeFinding(benzodiazepineDoseRule, 'warning', message, values, { action: 'review' })];
  }
  if (!total.complete) {
    const reasons = total.items.flatMap((item) =>
      item.notComputedReason === null ? [] : [`${item.name}: ${item.notComputedReason}`],
    );
    const message = `${benzodiazepineDoseUnknownRule.message} (${reasons.join('; ')})`;
    return [
      makeFinding(
        benzodiazepineDoseUnknownRule,
        'warning',
        message,
        { ...values, notComputed: reasons },
        { action: 'review' },
      ),
    ];
  }
  return [];
}

function reviewUnrecognised(
  medication: MedicationInput,
  normalised: string | null,
  findings: RuleFinding[],
): MedicationReview {
  const rule = unrecognisedMedicationRule;
  const message = `${rule.message}: "${medication.name}"`;
  const finding = makeFinding(
    rule,
    'warning',
    message,
    { medication: medication.name, normalised },
    { action: 'review' },
  );
  findings.push(finding);
  const daily = dailyDoseMg(medication);
  return {
    name: medication.name,
    recognised: false,
    generic: null,
    classes: [],
    dailyDoseMg: daily.ok ? daily.mgPerDay : null,
    diazepamEquivalentMgPerDay: null,
    action: 'review',
    rules: [finding.rule],
  };
}

function reviewRecognised(
  medication: MedicationInput,
  entry: FormularyEntry,
  route: Route,
  findings: RuleFinding[],
): MedicationReview {
  const daily = dailyDoseMg(medication);
  const dailyMg = daily.ok ? daily.mgPerDay : null;
  const equivalent = diazepamEquivalentMgPerDay([medication]).items[0]?.diazepamEquivalentMgPerDay ?? null;
  const values = {
    medication: medication.name,
    generic: entry.generic,
    classes: entry.classes,
    dailyDoseMg: dailyMg,
    diazepamEquivalentMgPerDay: equivalent,
    route,
  };
  let action: MedicationAction = 'continue';
  const rules: string[] = [];
  for (const rule of medicationRules.filter((candidate) => matches(candidate, entry))) {
    const resolved = resolveForRoute(rule, route);
    const ruleAction = resolved.action ?? rule.action;
    const message = `${rule.message}: ${medication.name}`;
    const finding = makeFinding({ ...rule, source: resolved.source }, resolved.severity, message, values, {
      action: ruleAction,
    });
    findings.push(finding);
    rules.push(finding.rule);
    action = actionRank[ruleAction] > actionRank[action] ? ruleAction : action;
  }
  const { generic, classes } = entry;
  return {
    name: medication.name,
    recognised: true,
    generic,
    classes,
    dailyDoseMg: dailyMg,
    diazepamEquivalentMgPerDay: equivalent,
    action,
    rules,
  };
}

/**
 * Medication findings and the review table for an intake on a route.
 * @param intake - a validated intake
 * @param route - the protocol's route (CYP rules depend on it)
 */
export function evaluateMedications(
  intake: ValidIntake,
  route: Route,
): {
  readonly findings: RuleFinding[];
  readonly review: MedicationReview[];
  readonly diazepamEquivalent: DiazepamEquivalentTotal;
} {
  const findings: RuleFinding[] = [];
  const review = intake.medications.map((medication, index) => {
    const match = intake.derived.medicationMatches[index] ?? matchMedication(medication.name);
    return match.status === 'recognised'
      ? reviewRecognised(medication, match.entry, route, findings)
      : reviewUnrecognised(medication, match.normalised, findings);
  });
  const diazepamEquivalent = diazepamEquivalentMgPerDay(intake.medications);
  const totals = benzodiazepineTotalFindings(diazepamEquivalent);
  return { findings: [...findings, ...totals], review: applyTotalAction(review, totals), diazepamEquivalent };
}

/** The benzodiazepine-dose rule raises each benzodiazepine's action to at least "review". */
function applyTotalAction(review: MedicationReview[], totals: readonly RuleFinding[]): MedicationReview[] {
  if (totals.length === 0) {
    return review;
  }
  const rule = totals[0]?.rule ?? '';
  return review.map((line) =>
    line.classes.includes('benzodiazepine')
      ? {
          ...line,
          action: actionRank[line.action] >= actionRank.review ? line.action : 'review',
          rules: [...line.rules, rule],
        }
      : line,
  );
}
