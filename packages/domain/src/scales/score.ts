import { InvalidInputError, type FieldFault } from '../errors.js';
import type { Scale, ScaleFlagRule, ScaleFlagSeverity, ScaleFlagKind, ScaleSource, ScoreBand } from './scale.js';

/** One answer on a form; `value: null` means the item was left unanswered. */
export interface ScaleAnswer {
  readonly itemId: string;
  readonly value: number | null;
}

/** A flag raised by a scale rule, with what it saw. */
export interface ScaleFlag {
  readonly flag: ScaleFlagKind;
  /** `ruleId@version`. */
  readonly rule: string;
  readonly severity: ScaleFlagSeverity;
  readonly observed: { readonly itemId: string; readonly value: number } | { readonly total: number };
  readonly message: string;
  readonly source: ScaleSource;
}

interface ScoreCommon {
  readonly scaleId: Scale['id'];
  readonly scaleVersion: number;
  /** Item flags are evaluated on answered items even when the form is incomplete. */
  readonly flags: readonly ScaleFlag[];
}

/** An incomplete form is never scored and never imputed (DEFAULTS.md §6). */
export interface IncompleteScaleScore extends ScoreCommon {
  readonly complete: false;
  readonly missingItems: readonly string[];
}

export interface CompleteScaleScore extends ScoreCommon {
  readonly complete: true;
  readonly total: number;
  /** Undefined for scales without bands (PCL-5, pain NRS, CADSS-6, MOAA/S). */
  readonly band: ScoreBand | undefined;
}

export type ScaleScore = IncompleteScaleScore | CompleteScaleScore;

/** The fault of one answer, or undefined when it is acceptable (a null value is an unanswered item). */
function answerFault(
  scale: Scale,
  answer: ScaleAnswer,
  index: number,
  seen: ReadonlySet<string>,
): FieldFault | undefined {
  const name = scale.abbreviation;
  if (!scale.items.some((item) => item.id === answer.itemId)) {
    return { field: `answers/${index}/itemId`, message: `${name}: unknown item "${answer.itemId}"` };
  }
  if (seen.has(answer.itemId)) {
    return { field: `answers/${index}/itemId`, message: `${name}: item ${answer.itemId} answered twice` };
  }
  if (answer.value !== null && !scale.answerOptions.some((option) => option.value === answer.value)) {
    const allowed = scale.answerOptions.map((option) => option.value).join(', ');
    const message = `${name} item ${answer.itemId}: ${answer.value} is not an allowed answer (${allowed})`;
    return { field: `answers/${index}/value`, message };
  }
  return undefined;
}

function validateAnswers(scale: Scale, answers: readonly ScaleAnswer[]): Map<string, number> {
  if (answers.length > scale.items.length) {
    const message = `${scale.abbreviation}: ${answers.length} answers given for ${scale.items.length} items`;
    throw InvalidInputError.forField('answers', message);
  }
  const values = new Map<string, number>();
  const seen = new Set<string>();
  const faults: FieldFault[] = [];
  answers.forEach((answer, index) => {
    const fault = answerFault(scale, answer, index, seen);
    seen.add(answer.itemId);
    if (fault) {
      faults.push(fault);
    } else if (answer.value !== null) {
      values.set(answer.itemId, answer.value);
    }
  });
  if (faults.length > 0) {
    throw new InvalidInputError(`${scale.abbreviation} answers are not valid`, { fields: faults });
  }
  return values;
}

function flagMessage(scale: Scale, rule: ScaleFlagRule, seen: string): string {
  switch (rule.flag) {
    case 'suicide-risk':
      return `${scale.abbreviation} ${seen}: possible suicidal thoughts. ${rule.action}`;
    case 'probable-ptsd':
      return `${scale.abbreviation} ${seen}: probable PTSD. ${rule.action}`;
    case 'check-in-concern':
      return `${scale.abbreviation} ${seen}: a worrying answer. ${rule.action}`;
  }
}

function evaluateFlag(
  scale: Scale,
  rule: ScaleFlagRule,
  values: ReadonlyMap<string, number>,
  total: number | undefined,
): ScaleFlag | undefined {
  const base = { flag: rule.flag, rule: `${rule.id}@${rule.version}`, severity: rule.severity, source: rule.source };
  const trigger = rule.trigger;
  switch (trigger.kind) {
    case 'item-above': {
      const value = values.get(trigger.itemId);
      if (value === undefined || value <= trigger.above) {
        return undefined;
      }
      const label = scale.answerOptions.find((option) => option.value === value)?.label ?? String(value);
      const seen = `${trigger.itemId} answered ${value} ("${label}")`;
      return { ...base, observed: { itemId: trigger.itemId, value }, message: flagMessage(scale, rule, seen) };
    }
    case 'total-at-least':
      if (total === undefined || total < trigger.minTotal) {
        return undefined;
      }
      return {
        ...base,
        observed: { total },
        message: flagMessage(scale, rule, `total ${total} ≥ ${trigger.minTotal}`),
      };
  }
}

/**
 * Scores one completed form. A form with any unanswered item is returned as
 * incomplete with the missing item ids and is not scored (DEFAULTS.md §6: never imputed);
 * item flags (PHQ-9 item 9) are still raised from the answered items.
 * @param scale - the scale definition
 * @param answers - one entry per answered (or explicitly skipped) item
 * @throws InvalidInputError naming the item for unknown items, duplicates, too many answers or values outside the options
 */
export function scoreResponse(scale: Scale, answers: readonly ScaleAnswer[]): ScaleScore {
  const values = validateAnswers(scale, answers);
  const missingItems = scale.items.filter((item) => !values.has(item.id)).map((item) => item.id);
  const common = { scaleId: scale.id, scaleVersion: scale.version };
  if (missingItems.length > 0) {
    const flags = collectFlags(scale, values, undefined);
    return { ...common, complete: false, missingItems, flags };
  }
  const total = [...values.values()].reduce((sum, value) => sum + value, 0);
  const band = scale.bands.find((candidate) => total >= candidate.minTotal && total <= candidate.maxTotal);
  return { ...common, complete: true, total, band, flags: collectFlags(scale, values, total) };
}

function collectFlags(scale: Scale, values: ReadonlyMap<string, number>, total: number | undefined): ScaleFlag[] {
  return scale.flagRules
    .map((rule) => evaluateFlag(scale, rule, values, total))
    .filter((flag): flag is ScaleFlag => flag !== undefined);
}

/**
 * The band a total falls in, for totals recorded without item answers.
 * @param scale - the scale definition
 * @param total - a whole-number total inside the scale's range
 * @throws InvalidInputError when the total is not a whole number inside the range
 */
export function bandForTotal(scale: Scale, total: number): ScoreBand | undefined {
  assertTotalInRange(scale, total, 'total');
  return scale.bands.find((candidate) => total >= candidate.minTotal && total <= candidate.maxTotal);
}

/**
 * Rejects a total that is not a whole number inside the scale's range (never clamped).
 * @param scale - the scale definition
 * @param total - the total to check
 * @param field - the field name to report
 */
export function assertTotalInRange(scale: Scale, total: number, field: string): void {
  if (!Number.isInteger(total) || total < scale.totalRange.min || total > scale.totalRange.max) {
    throw InvalidInputError.forField(
      field,
      `${scale.abbreviation} total ${total} is outside ${scale.totalRange.min}–${scale.totalRange.max}`,
    );
  }
}
