import { InvalidInputError } from '../errors.js';
import type { DoseResponseRow } from './dose-response.js';

/**
 * Titration thresholds [P], to be signed off by the medical director. Dose–response
 * evidence: flexible 0.5–0.9 mg/kg response-guided dosing (KADS, Loo 2023 [T]); some
 * patients need up to 0.75 mg/kg (Andrade 2017 [S]).
 */
export const doseTitrationRule = {
  id: 'outcome.dose-titration',
  version: 1,
  stepMgPerKg: 0.1,
  /** CADSS-6 at or below this counts as low dissociation [P]. */
  lowDissociationMaxCadss6: 6,
  /** Peak SBP below this counts as tolerated: DEFAULTS.md §4 warns from 160 mmHg. */
  toleratedPeakSystolicBelowMmHg: 160,
  /** A rise below this counts as tolerated: the Spravato label reports ≥40 mmHg rises [L]. */
  toleratedSbpRiseBelowMmHg: 40,
  source: {
    tag: 'P',
    citation:
      'Chairside policy; Loo C et al. Br J Psychiatry 2023;223:533 (KADS flexible dosing) [T]; Andrade C. J Clin Psychiatry 2017 [S]; DEFAULTS.md §4 (SBP 160–180 warning)',
  },
} as const;

/** The protocol's mg/kg limits, passed in by the caller from the protocol library. */
export interface DoseLimitsMgPerKg {
  readonly minMgPerKg: number;
  readonly normalMaxMgPerKg: number;
  readonly softMaxMgPerKg: number;
}

export interface DoseSuggestion {
  readonly rule: string;
  readonly action: 'keep' | 'increase';
  readonly currentDoseMgPerKg: number;
  readonly suggestedDoseMgPerKg: number;
  readonly aboveNormalRange: boolean;
  readonly reasoning: string;
  /** Always true: a suggestion is never applied automatically. */
  readonly requiresPhysicianDecision: true;
}

// Doses are compared in micrograms per kg so 0.1 steps do not drift (0.7 + 0.1 ≠ 0.8 in floating point).
const toUg = (mgPerKg: number): number => Math.round(mgPerKg * 1000);
const toMg = (ugPerKg: number): number => ugPerKg / 1000;

function validate(currentDoseMgPerKg: number, limits: DoseLimitsMgPerKg): void {
  const { minMgPerKg, normalMaxMgPerKg, softMaxMgPerKg } = limits;
  const finite = [currentDoseMgPerKg, minMgPerKg, normalMaxMgPerKg, softMaxMgPerKg].every(
    (v) => Number.isFinite(v) && v > 0,
  );
  if (!finite || !(minMgPerKg <= normalMaxMgPerKg && normalMaxMgPerKg <= softMaxMgPerKg)) {
    throw InvalidInputError.forField('limits', 'Dose limits must be positive with min ≤ normal max ≤ soft max');
  }
  if (currentDoseMgPerKg < minMgPerKg || currentDoseMgPerKg > softMaxMgPerKg) {
    throw InvalidInputError.forField(
      'currentDoseMgPerKg',
      `Current dose ${currentDoseMgPerKg} mg/kg is outside ${minMgPerKg}–${softMaxMgPerKg} mg/kg: titration does not apply`,
    );
  }
}

/** Why the dose should not go up, or undefined when an increase is reasonable. */
function reasonToKeep(row: DoseResponseRow): string | undefined {
  const rule = doseTitrationRule;
  if (row.classification === undefined) {
    return 'no outcome score after the last session, so response is unknown';
  }
  if (row.classification.response) {
    return `the patient responded (${row.classification.explanation})`;
  }
  if (row.cadss6Total === undefined || row.peakSystolicMmHg === undefined || row.peakSbpRiseMmHg === undefined) {
    return 'dissociation (CADSS-6) or blood pressure (pre and peak SBP) was not recorded at the last session';
  }
  if (
    row.peakSystolicMmHg >= rule.toleratedPeakSystolicBelowMmHg ||
    row.peakSbpRiseMmHg >= rule.toleratedSbpRiseBelowMmHg
  ) {
    return `blood pressure was not well tolerated (peak SBP ${row.peakSystolicMmHg} mmHg, rise ${row.peakSbpRiseMmHg} mmHg)`;
  }
  if (row.cadss6Total > rule.lowDissociationMaxCadss6) {
    return `dissociation was not low (CADSS-6 ${row.cadss6Total} > ${rule.lowDissociationMaxCadss6})`;
  }
  return undefined;
}

/**
 * A SUGGESTION for the next dose, with its reasoning, from the last session's row.
 * No response + low dissociation + tolerated BP → step up 0.1 mg/kg, up to the normal
 * maximum (or the soft limit when a physician has allowed going above the normal range);
 * response, missing data, poor tolerance or marked dissociation → keep. Never above the soft limit.
 * @param input - `currentDoseMgPerKg`, protocol `limits`, the `lastSession` row and whether a physician `allowsAboveNormalRange`
 * @throws InvalidInputError for invalid limits or a current dose outside them
 */
export function suggestNextDoseMgPerKg(input: {
  readonly currentDoseMgPerKg: number;
  readonly limits: DoseLimitsMgPerKg;
  readonly lastSession: DoseResponseRow;
  readonly allowsAboveNormalRange: boolean;
}): DoseSuggestion {
  const { currentDoseMgPerKg, limits } = input;
  validate(currentDoseMgPerKg, limits);
  const rule = doseTitrationRule;
  const base = { rule: `${rule.id}@${rule.version}`, currentDoseMgPerKg, requiresPhysicianDecision: true as const };
  const keep = (why: string): DoseSuggestion => ({
    ...base,
    action: 'keep',
    suggestedDoseMgPerKg: currentDoseMgPerKg,
    aboveNormalRange: toUg(currentDoseMgPerKg) > toUg(limits.normalMaxMgPerKg),
    reasoning: `Keep ${currentDoseMgPerKg} mg/kg: ${why}. A physician accepts or changes this.`,
  });
  const why = reasonToKeep(input.lastSession);
  if (why !== undefined) {
    return keep(why);
  }
  const capUg = toUg(input.allowsAboveNormalRange ? limits.softMaxMgPerKg : limits.normalMaxMgPerKg);
  if (toUg(currentDoseMgPerKg) >= capUg) {
    return keep(
      input.allowsAboveNormalRange
        ? `no response, but the dose is at the soft limit (${limits.softMaxMgPerKg} mg/kg), which is never exceeded by a suggestion`
        : `no response, but the dose is at the top of the normal range (${limits.normalMaxMgPerKg} mg/kg); going above needs a physician's decision`,
    );
  }
  const suggestedUg = Math.min(toUg(currentDoseMgPerKg) + toUg(rule.stepMgPerKg), capUg);
  const aboveNormalRange = suggestedUg > toUg(limits.normalMaxMgPerKg);
  return {
    ...base,
    action: 'increase',
    suggestedDoseMgPerKg: toMg(suggestedUg),
    aboveNormalRange,
    reasoning: `Increase to ${toMg(suggestedUg)} mg/kg: no response, low dissociation (CADSS-6 ${input.lastSession.cadss6Total ?? ''}) and blood pressure tolerated (peak SBP ${input.lastSession.peakSystolicMmHg ?? ''} mmHg).${aboveNormalRange ? ' This is above the normal range: the dose check will ask for a physician co-sign.' : ''} A physician accepts or changes this.`,
  };
}
