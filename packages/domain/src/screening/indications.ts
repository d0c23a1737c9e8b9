/**
 * Indication findings (DEFAULTS.md §3, indications): at least one qualifying indication; TRD needs
 * ≥ 2 failed adequate trials; bipolar depression needs a mood stabilizer; pain other than CRPS has
 * weak evidence; mild/situational depression or mood swings alone are not indicated.
 */
import type { IndicationCode } from '../intake/codes.js';
import type { ValidIntake } from '../intake/types.js';
import { makeFinding, type RuleFinding } from '../protocols/rule-types.js';
import type { Protocol } from '../protocols/types.js';
import { indicationRules as rules } from './patient-rules.js';

/** Depression that needs ≥ 2 failed adequate trials to qualify (TRD definition). */
const trdCodes: readonly IndicationCode[] = ['treatment-resistant-depression', 'major-depression'];
/** Qualify on their own. */
const otherQualifying: readonly IndicationCode[] = [
  'bipolar-depression',
  'ptsd',
  'severe-anxiety-disorder',
  'depression-with-suicidal-ideation',
  'chronic-pain-crps',
  'chronic-pain-fibromyalgia',
  'chronic-pain-neuropathic',
  'chronic-pain-other',
];
const notIndicatedCodes: readonly IndicationCode[] = ['mild-depression', 'situational-depression', 'mood-swings'];
const weakPainCodes: readonly IndicationCode[] = [
  'chronic-pain-fibromyalgia',
  'chronic-pain-neuropathic',
  'chronic-pain-other',
];
/** TRD is failure of at least this many adequate antidepressant trials. */
export const TRD_MIN_FAILED_TRIALS = 2;

/**
 * The intake's indications that qualify for ketamine treatment.
 * @param intake - a validated intake
 */
export function qualifyingIndications(intake: ValidIntake): IndicationCode[] {
  const trialsMet = intake.failedAdequateAntidepressantTrials >= TRD_MIN_FAILED_TRIALS;
  const codes = [...new Set(intake.indications.map((item) => item.code))];
  return codes.filter((code) => otherQualifying.includes(code) || (trdCodes.includes(code) && trialsMet));
}

function hasMoodStabilizer(intake: ValidIntake): boolean {
  return intake.derived.medicationMatches.some(
    (match) => match.status === 'recognised' && match.entry.classes.includes('mood-stabilizer'),
  );
}

/**
 * Findings on the reasons for referral.
 * @param intake - a validated intake
 * @param protocol - the protocol screened for (its indications)
 */
export function evaluateIndications(intake: ValidIntake, protocol: Protocol): RuleFinding[] {
  const codes = intake.indications.map((item) => item.code);
  const qualifying = qualifyingIndications(intake);
  const trials = intake.failedAdequateAntidepressantTrials;
  const values = { indications: codes, qualifying, failedAdequateAntidepressantTrials: trials, protocol: protocol.id };
  const findings: RuleFinding[] = [];
  const fire = (rule: (typeof rules)[keyof typeof rules], detail = ''): void => {
    findings.push(
      makeFinding(rule, rule.severity, detail === '' ? rule.message : `${rule.message} (${detail})`, values),
    );
  };
  if (codes.some((code) => trdCodes.includes(code)) && trials < TRD_MIN_FAILED_TRIALS) {
    fire(rules.notFirstLine, `${trials} failed trial${trials === 1 ? '' : 's'}`);
  }
  if (codes.includes('bipolar-depression') && !hasMoodStabilizer(intake)) {
    fire(rules.bipolarNoStabilizer);
  }
  if (codes.includes('chronic-pain-crps')) {
    fire(rules.crps);
  }
  if (codes.some((code) => weakPainCodes.includes(code))) {
    fire(rules.weakPain);
  }
  const notIndicated = codes.some((code) => notIndicatedCodes.includes(code)) && qualifying.length === 0;
  if (notIndicated) {
    fire(rules.notIndicated);
  }
  // "No qualifying indication" is only raised when no more specific indication finding explains it.
  if (qualifying.length === 0 && !notIndicated && !findings.some((f) => f.ruleId === rules.notFirstLine.id)) {
    fire(rules.none);
  }
  if (qualifying.length > 0 && !qualifying.some((code) => protocol.indications.includes(code))) {
    fire(rules.protocolMismatch, `${protocol.id} treats ${protocol.indications.join(', ')}`);
  }
  return findings;
}
