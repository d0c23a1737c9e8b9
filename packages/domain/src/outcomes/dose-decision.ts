import { InvalidInputError, assertNoFaults, type FieldFault } from '../errors.js';
import type { Protocol } from '../protocols/types.js';
import type { DoseLimitsMgPerKg } from './dose-suggestion.js';

/**
 * The protocol version's mg/kg limits for titration: the soft-stop floor, the soft-stop ceiling
 * (top of the normal range) and the hard-stop ceiling (DEFAULTS.md §1). Null unless the version
 * sets all three: pain infusions are in mg/kg/h, esketamine in fixed mg, and IM sets no floor —
 * a missing limit is never filled in.
 */
export function mgPerKgLimitsOf(protocol: Protocol): DoseLimitsMgPerKg | null {
  const perKg = protocol.limits.filter((l) => l.quantity === 'doseMgPerKg');
  const threshold = (kind: 'above' | 'below', severity: 'soft-stop' | 'hard-stop'): number | undefined => {
    const limit = perKg.find((l) => l.check.kind === kind && l.severity === severity);
    return limit && (limit.check.kind === 'above' || limit.check.kind === 'below') ? limit.check.threshold : undefined;
  };
  const min = threshold('below', 'soft-stop');
  const normalMax = threshold('above', 'soft-stop');
  const hardMax = threshold('above', 'hard-stop');
  if (min === undefined || normalMax === undefined || hardMax === undefined) {
    return null;
  }
  return { minMgPerKg: min, normalMaxMgPerKg: normalMax, softMaxMgPerKg: hardMax };
}

/**
 * Checks a physician's decision on the next dose against the protocol: never below the floor or
 * above the hard-stop ceiling; a reason whenever the suggestion is changed or the dose is above
 * the normal range. Recording it changes no dose plan (a suggestion is never applied).
 * @throws InvalidInputError naming every field at fault
 */
export function checkDoseDecision(input: {
  readonly limits: DoseLimitsMgPerKg;
  readonly suggestedDoseMgPerKg: number | null;
  readonly decidedDoseMgPerKg: number;
  readonly reason: string;
}): void {
  const { limits, decidedDoseMgPerKg: decided } = input;
  const faults: FieldFault[] = [];
  const ug = (mg: number): number => Math.round(mg * 1000);
  if (!Number.isFinite(decided) || ug(decided) < ug(limits.minMgPerKg) || ug(decided) > ug(limits.softMaxMgPerKg)) {
    faults.push({
      field: 'decidedDoseMgPerKg',
      message: `The dose must be ${String(limits.minMgPerKg)}–${String(limits.softMaxMgPerKg)} mg/kg (protocol limits)`,
    });
  }
  const changed = input.suggestedDoseMgPerKg === null || ug(input.suggestedDoseMgPerKg) !== ug(decided);
  const aboveNormal = ug(decided) > ug(limits.normalMaxMgPerKg);
  if ((changed || aboveNormal) && input.reason.trim() === '') {
    faults.push({
      field: 'reason',
      message: aboveNormal
        ? `Above ${String(limits.normalMaxMgPerKg)} mg/kg needs a documented reason`
        : 'Changing the suggestion needs a documented reason',
    });
  }
  assertNoFaults(faults, 'The dose decision is not valid');
}

/** @throws InvalidInputError when there is no mg/kg titration for the protocol */
export function requireMgPerKgLimits(protocol: Protocol): DoseLimitsMgPerKg {
  const limits = mgPerKgLimitsOf(protocol);
  if (!limits) {
    throw InvalidInputError.forField('courseId', `${protocol.id} is not dosed in mg/kg per session: no titration`);
  }
  return limits;
}
