import { getScale } from '../scales/catalogue.js';
import { assertTotalInRange } from '../scales/score.js';
import type { ScaleId } from '../scales/scale.js';
import { getOutcomeRule, type OutcomeRule } from './response-rules.js';

export interface ScoreClassification {
  readonly scaleId: ScaleId;
  /** `ruleId@version` of the response/remission rule applied. */
  readonly rule: string;
  readonly baselineTotal: number;
  readonly total: number;
  /** total − baseline: negative is improvement. */
  readonly changePoints: number;
  /** Drop from baseline in percent, one decimal; undefined when the baseline is 0. */
  readonly dropPct: number | undefined;
  /** False when a relative rule cannot be applied (baseline 0). */
  readonly responseEvaluable: boolean;
  readonly response: boolean;
  readonly remission: boolean;
  readonly explanation: string;
}

function meetsResponse(rule: OutcomeRule, baselineTotal: number, total: number): boolean {
  const drop = baselineTotal - total;
  switch (rule.response.kind) {
    case 'relative-drop':
      // Whole-number arithmetic: drop/baseline ≥ pct/100 without floating-point error at the edge.
      return baselineTotal > 0 && drop * 100 >= rule.response.minDropPct * baselineTotal;
    case 'absolute-drop':
      return drop >= rule.response.minDropPoints;
  }
}

function meetsRemission(rule: OutcomeRule, total: number): boolean {
  switch (rule.remission.kind) {
    case 'below':
      return total < rule.remission.threshold;
    case 'at-most':
      return total <= rule.remission.threshold;
  }
}

function describeRule(rule: OutcomeRule): string {
  const response =
    rule.response.kind === 'relative-drop'
      ? `response ≥${rule.response.minDropPct}% drop`
      : `response ≥${rule.response.minDropPoints}-point drop`;
  const remission = `remission ${rule.remission.kind === 'below' ? '<' : '≤'}${rule.remission.threshold}`;
  return `${response}; ${remission}`;
}

/**
 * Classifies a score against the patient's baseline, exactly as DEFAULTS.md §6.
 * @param scaleId - a scale with a response rule (PHQ-9, GAD-7, PCL-5, pain NRS, ISI)
 * @param baselineTotal - the baseline total (see `baselineScore`)
 * @param total - the score to classify
 * @throws InvalidInputError for a scale without a rule or totals outside the scale's range
 */
export function classifyScore(scaleId: ScaleId, baselineTotal: number, total: number): ScoreClassification {
  const rule = getOutcomeRule(scaleId);
  const scale = getScale(scaleId);
  assertTotalInRange(scale, baselineTotal, 'baselineTotal');
  assertTotalInRange(scale, total, 'total');
  const responseEvaluable = rule.response.kind === 'absolute-drop' || baselineTotal > 0;
  const dropPct = baselineTotal > 0 ? Math.round(((baselineTotal - total) * 1000) / baselineTotal) / 10 : undefined;
  const response = meetsResponse(rule, baselineTotal, total);
  const remission = meetsRemission(rule, total);
  const status = `${response ? 'response' : 'no response'}, ${remission ? 'remission' : 'no remission'}`;
  const evaluable = responseEvaluable ? '' : ' (baseline 0: a relative drop cannot be computed)';
  return {
    scaleId,
    rule: `${rule.id}@${rule.version}`,
    baselineTotal,
    total,
    changePoints: total - baselineTotal,
    dropPct,
    responseEvaluable,
    response,
    remission,
    explanation: `${scale.abbreviation} ${baselineTotal} → ${total}: ${status}${evaluable} [${describeRule(rule)}]`,
  };
}
