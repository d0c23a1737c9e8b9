/** Findings on resting vitals, age, pregnancy, breastfeeding, suicide risk and recent substance use. */
import type { ValidIntake } from '../intake/types.js';
import { makeFinding, type RequiredTask, type RuleFinding } from '../protocols/rule-types.js';
import type { Protocol } from '../protocols/types.js';
import { daysBetween } from './dates.js';
import { ageThresholds, bloodPressureThresholds, patientRules as rules } from './patient-rules.js';

const withTasks = (tasks: readonly RequiredTask[] | undefined): { readonly tasks?: readonly RequiredTask[] } =>
  tasks === undefined ? {} : { tasks };

function bloodPressure(intake: ValidIntake): RuleFinding[] {
  const { systolicMmHg, diastolicMmHg, measuredAt } = intake.vitals;
  const values = { systolicMmHg, diastolicMmHg, measuredAt };
  const reading = `${systolicMmHg}/${diastolicMmHg} mmHg`;
  const { severe, elevated } = bloodPressureThresholds;
  if (systolicMmHg > severe.systolicMmHg || diastolicMmHg > severe.diastolicMmHg) {
    return [makeFinding(rules.bpSevere, rules.bpSevere.severity, `${rules.bpSevere.message} (${reading})`, values)];
  }
  if (systolicMmHg > elevated.systolicMmHg || diastolicMmHg > elevated.diastolicMmHg) {
    return [
      makeFinding(rules.bpElevated, rules.bpElevated.severity, `${rules.bpElevated.message} (${reading})`, values),
    ];
  }
  return [];
}

function age(intake: ValidIntake): RuleFinding[] {
  const ageYears = intake.derived.ageYears;
  const values = { ageYears, dateOfBirth: intake.dateOfBirth };
  if (ageYears < ageThresholds.minimumYears) {
    return [
      makeFinding(rules.underAge, rules.underAge.severity, `${rules.underAge.message} (${ageYears} years)`, values),
    ];
  }
  if (ageYears > ageThresholds.warnAboveYears) {
    return [
      makeFinding(rules.olderAge, rules.olderAge.severity, `${rules.olderAge.message} (${ageYears} years)`, values),
    ];
  }
  return [];
}

/**
 * Pregnant or positive test: hard-stop. Can (or might) become pregnant without a negative test no
 * older than the protocol allows: soft-stop until tested ("unknown" is never read as "no").
 */
function pregnancy(intake: ValidIntake, protocol: Protocol, today: string): RuleFinding[] {
  const p = intake.pregnancy;
  const testAgeDays = p.testedOn === undefined ? null : daysBetween(p.testedOn, today);
  const values = {
    canBecomePregnant: p.canBecomePregnant,
    status: p.status,
    testResult: p.testResult ?? null,
    testedOn: p.testedOn ?? null,
    testAgeDays,
    maxTestAgeDays: protocol.pregnancyTest.maxAgeDays,
  };
  if (p.status === 'pregnant' || p.testResult === 'positive') {
    return [makeFinding(rules.pregnant, rules.pregnant.severity, rules.pregnant.message, values)];
  }
  const currentNegative =
    p.testResult === 'negative' && testAgeDays !== null && testAgeDays <= protocol.pregnancyTest.maxAgeDays;
  const testRequired = p.canBecomePregnant !== 'no' && protocol.pregnancyTest.requiredIfCanBecomePregnant;
  if ((testRequired || p.status === 'unknown') && !currentNegative) {
    const rule = rules.pregnancyUnknown;
    const detail =
      p.testedOn === undefined ? 'no test recorded' : `last test ${p.testedOn}, ${testAgeDays ?? '?'} days ago`;
    return [makeFinding(rule, rule.severity, `${rule.message} (${detail})`, values, withTasks(rule.tasks))];
  }
  return [];
}

function suicideRisk(intake: ValidIntake, today: string): RuleFinding[] {
  const screen = intake.suicideScreen;
  if (screen === undefined) {
    const rule = rules.suicideScreenNotCurrent;
    return [makeFinding(rule, rule.severity, rule.message, { assessedOn: null }, withTasks(rule.tasks))];
  }
  const values = {
    phq9Item9: screen.phq9Item9 ?? null,
    cssrsScreenPositive: screen.cssrsScreenPositive ?? null,
    assessedOn: screen.assessedOn,
  };
  const findings: RuleFinding[] = [];
  if ((screen.phq9Item9 ?? 0) > 0 || screen.cssrsScreenPositive === true) {
    const rule = rules.suicidalIdeation;
    findings.push(
      makeFinding(
        rule,
        rule.severity,
        `${rule.message} (assessed ${screen.assessedOn})`,
        values,
        withTasks(rule.tasks),
      ),
    );
  }
  if (screen.assessedOn < today && findings.length === 0) {
    const rule = rules.suicideScreenNotCurrent;
    findings.push(
      makeFinding(
        rule,
        rule.severity,
        `${rule.message} (last screened ${screen.assessedOn})`,
        values,
        withTasks(rule.tasks),
      ),
    );
  }
  return findings;
}

function breastfeedingAndSubstances(intake: ValidIntake): RuleFinding[] {
  const findings: RuleFinding[] = [];
  if (intake.breastfeeding) {
    findings.push(
      makeFinding(rules.breastfeeding, rules.breastfeeding.severity, rules.breastfeeding.message, {
        breastfeeding: true,
      }),
    );
  }
  if (intake.recentSubstanceUse.length > 0) {
    const substances = intake.recentSubstanceUse.map((use) =>
      use.lastUsedOn === undefined ? use.substance : `${use.substance} (last ${use.lastUsedOn})`,
    );
    const rule = rules.recentSubstanceUse;
    findings.push(makeFinding(rule, rule.severity, `${rule.message}: ${substances.join(', ')}`, { substances }));
  }
  return findings;
}

/**
 * Findings about the person rather than the history: vitals, age, pregnancy, breastfeeding, suicide risk.
 * @param intake - a validated intake
 * @param protocol - the protocol (pregnancy-test window)
 * @param today - YYYY-MM-DD
 */
export function evaluatePatient(intake: ValidIntake, protocol: Protocol, today: string): RuleFinding[] {
  return [
    ...bloodPressure(intake),
    ...age(intake),
    ...pregnancy(intake, protocol, today),
    ...suicideRisk(intake, today),
    ...breastfeedingAndSubstances(intake),
  ];
}
