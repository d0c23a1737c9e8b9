import { InvalidInputError } from '../errors.js';
import type { ScaleId } from '../scales/scale.js';

/** Response is a drop from baseline, either relative (percent) or absolute (points). */
export type ResponseCriterion =
  | { readonly kind: 'relative-drop'; readonly minDropPct: number }
  | { readonly kind: 'absolute-drop'; readonly minDropPoints: number };

/** Remission is a total strictly below, or at or below, a threshold. */
export type RemissionCriterion =
  { readonly kind: 'below'; readonly threshold: number } | { readonly kind: 'at-most'; readonly threshold: number };

export interface OutcomeRuleSource {
  readonly tag: 'L' | 'G' | 'T' | 'S' | 'C' | 'P';
  readonly citation: string;
}

export interface OutcomeRule {
  readonly id: string;
  readonly version: number;
  readonly scaleId: OutcomeScaleId;
  readonly response: ResponseCriterion;
  readonly remission: RemissionCriterion;
  readonly source: OutcomeRuleSource;
}

/** Scales with response and remission definitions in DEFAULTS.md §6. */
export type OutcomeScaleId = Extract<ScaleId, 'phq-9' | 'gad-7' | 'pcl-5' | 'pain-nrs' | 'isi'>;

/** Response and remission per scale, exactly as DEFAULTS.md §6. */
export const outcomeRules: Readonly<Record<OutcomeScaleId, OutcomeRule>> = {
  'phq-9': {
    id: 'outcome.phq-9',
    version: 1,
    scaleId: 'phq-9',
    response: { kind: 'relative-drop', minDropPct: 50 },
    remission: { kind: 'below', threshold: 5 },
    source: {
      tag: 'G',
      citation: 'DEFAULTS.md §6; response ≥50% drop, remission PHQ-9 <5 (NCQA/HEDIS; REFERENCE.md §9.2)',
    },
  },
  'gad-7': {
    id: 'outcome.gad-7',
    version: 1,
    scaleId: 'gad-7',
    response: { kind: 'relative-drop', minDropPct: 50 },
    remission: { kind: 'below', threshold: 5 },
    source: { tag: 'P', citation: 'DEFAULTS.md §6 (GAD-7 ≥50% drop, remission <5; by analogy with PHQ-9)' },
  },
  'pcl-5': {
    id: 'outcome.pcl-5',
    version: 1,
    scaleId: 'pcl-5',
    response: { kind: 'absolute-drop', minDropPoints: 10 },
    remission: { kind: 'below', threshold: 33 },
    source: {
      tag: 'G',
      citation: 'DEFAULTS.md §6; 10–20 point change clinically meaningful (NCPTSD; REFERENCE.md §9.1)',
    },
  },
  'pain-nrs': {
    id: 'outcome.pain-nrs',
    version: 1,
    scaleId: 'pain-nrs',
    response: { kind: 'relative-drop', minDropPct: 30 },
    remission: { kind: 'at-most', threshold: 3 },
    source: { tag: 'G', citation: 'DEFAULTS.md §6; ≈30% clinically important (Farrar JT et al. Pain 2001;94:149)' },
  },
  isi: {
    id: 'outcome.isi',
    version: 1,
    scaleId: 'isi',
    response: { kind: 'absolute-drop', minDropPoints: 8 },
    remission: { kind: 'below', threshold: 8 },
    source: { tag: 'G', citation: 'DEFAULTS.md §6; Morin CM et al. Sleep 2011;34:601 (−8.4 ≈ moderate improvement)' },
  },
};

/** True when the scale has a response/remission rule. */
export function isOutcomeScaleId(scaleId: ScaleId): scaleId is OutcomeScaleId {
  return Object.hasOwn(outcomeRules, scaleId);
}

/**
 * The response/remission rule of a scale.
 * @param scaleId - the scale
 * @throws InvalidInputError for scales without one (WSAS, CADSS-6, MOAA/S)
 */
export function getOutcomeRule(scaleId: ScaleId): OutcomeRule {
  if (!isOutcomeScaleId(scaleId)) {
    throw InvalidInputError.forField('scaleId', `${scaleId} has no response or remission definition (DEFAULTS.md §6)`);
  }
  return outcomeRules[scaleId];
}
