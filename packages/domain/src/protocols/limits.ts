/**
 * Evaluating a protocol's dose limits. Shared by dosing (on rounded values) and by protocol
 * revision checks (defaults must not trip a limit).
 */
import { makeFinding, type FindingValue, type RuleFinding } from './rule-types.js';
import type { DoseLimit, LimitQuantity, Protocol } from './types.js';
import { PRECISION } from '../units/rounding.js';

/**
 * True when the limit fires for the value. Comparisons allow PRECISION of float noise so that
 * 0.75 mg/kg computed as 0.7500000000000001 does not fire "above 0.75".
 * @param limit - the limit
 * @param value - the checked value, in the limit's quantity
 * @param priorDosesMg - doses (mg) of earlier sessions, for sequence limits
 */
export function limitFires(limit: DoseLimit, value: number, priorDosesMg: readonly number[] = []): boolean {
  const check = limit.check;
  switch (check.kind) {
    case 'above':
      return value > check.threshold + PRECISION;
    case 'below':
      return value < check.threshold - PRECISION;
    case 'not-one-of':
      return !check.allowed.some((allowed) => Math.abs(allowed - value) <= PRECISION);
    case 'requires-prior-dose':
      return (
        Math.abs(value - check.doseMg) <= PRECISION &&
        !priorDosesMg.some((prior) => Math.abs(prior - check.priorDoseMg) <= PRECISION)
      );
  }
}

/**
 * Findings for every limit on a quantity that fires.
 * @param protocol - the protocol whose limits apply
 * @param quantity - which quantity the value is
 * @param value - the checked value
 * @param values - what the finding records as seen
 * @param priorDosesMg - doses of earlier sessions, for sequence limits
 */
export function checkLimits(
  protocol: Protocol,
  quantity: LimitQuantity,
  value: number,
  values: Readonly<Record<string, FindingValue>>,
  priorDosesMg: readonly number[] = [],
): RuleFinding[] {
  return protocol.limits
    .filter((limit) => limit.quantity === quantity && limitFires(limit, value, priorDosesMg))
    .map((limit) => makeFinding(limit, limit.severity, limit.message, { ...values, [quantity]: value }));
}

/**
 * The allowed range of a quantity implied by the protocol's hard-stop limits (for forms and pickers).
 * @param protocol - the protocol
 * @param quantity - e.g. `durationMin`
 */
export function hardRange(
  protocol: Protocol,
  quantity: LimitQuantity,
): { readonly min: number | null; readonly max: number | null } {
  let min: number | null = null;
  let max: number | null = null;
  for (const limit of protocol.limits) {
    if (limit.quantity !== quantity || limit.severity !== 'hard-stop') {
      continue;
    }
    if (limit.check.kind === 'above') {
      max = max === null ? limit.check.threshold : Math.min(max, limit.check.threshold);
    } else if (limit.check.kind === 'below') {
      min = min === null ? limit.check.threshold : Math.max(min, limit.check.threshold);
    }
  }
  return { min, max };
}
