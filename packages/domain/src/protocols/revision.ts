/**
 * What a new protocol version may change (DEFAULTS.md top: "a clinic's medical director may edit
 * them (a new version, audited, with a reason), except where a row says hard").
 *
 * Decision, documented: the medical director may change defaults and soft limits (add, remove,
 * move them); a hard-stop limit may be tightened or kept but never loosened, softened or removed;
 * a label [L] limit may additionally never lose its label flag. Tightening is always allowed
 * because it can only stop more doses. The route, drug and dose mode identify the protocol and
 * cannot change. The version goes up by exactly one and a reason is required.
 */
import { assertNoFaults, type FieldFault } from '../errors.js';
import { findProtocolFaults } from './consistency.js';
import type { DoseLimit, LimitCheck, Protocol } from './types.js';

/**
 * Why `next` is looser than `previous`, or null when it is as strict or stricter.
 * @param previous - the check in force
 * @param next - the proposed check
 */
export function describeLoosening(previous: LimitCheck, next: LimitCheck): string | null {
  if (previous.kind !== next.kind) {
    return `the kind of check cannot change (${previous.kind} → ${next.kind})`;
  }
  switch (previous.kind) {
    case 'above':
      return next.kind === 'above' && next.threshold > previous.threshold
        ? `threshold raised from ${previous.threshold} to ${next.threshold}`
        : null;
    case 'below':
      return next.kind === 'below' && next.threshold < previous.threshold
        ? `threshold lowered from ${previous.threshold} to ${next.threshold}`
        : null;
    case 'not-one-of': {
      const added = next.kind === 'not-one-of' ? next.allowed.filter((value) => !previous.allowed.includes(value)) : [];
      return added.length > 0 ? `allowed values added: ${added.join(', ')}` : null;
    }
    case 'requires-prior-dose':
      return next.kind === 'requires-prior-dose' &&
        next.doseMg === previous.doseMg &&
        next.priorDoseMg === previous.priorDoseMg
        ? null
        : 'the required prior dose cannot change';
  }
}

function sameLimit(a: DoseLimit, b: DoseLimit): boolean {
  return JSON.stringify({ ...a, version: 0 }) === JSON.stringify({ ...b, version: 0 });
}

function protectedLimitFaults(previous: DoseLimit, next: DoseLimit | undefined, field: string): FieldFault[] {
  if (next === undefined) {
    return [
      { field, message: `${previous.id} is a ${previous.labelLimit ? 'label ' : ''}hard limit and cannot be removed` },
    ];
  }
  const faults: FieldFault[] = [];
  if (next.quantity !== previous.quantity) {
    faults.push({ field, message: `${previous.id} must keep checking ${previous.quantity}` });
  }
  if (previous.severity === 'hard-stop' && next.severity !== 'hard-stop') {
    faults.push({ field, message: `${previous.id} is a hard limit and cannot become ${next.severity}` });
  }
  if (previous.labelLimit && !next.labelLimit) {
    faults.push({ field, message: `${previous.id} is a label [L] limit and must stay one` });
  }
  const loosening = describeLoosening(previous.check, next.check);
  if (loosening !== null) {
    faults.push({ field, message: `${previous.id} cannot be loosened: ${loosening}` });
  }
  return faults;
}

function limitFaults(previous: Protocol, next: Protocol): FieldFault[] {
  const faults: FieldFault[] = [];
  for (const old of previous.limits) {
    const index = next.limits.findIndex((limit) => limit.id === old.id);
    const proposed = next.limits[index];
    const field = index >= 0 ? `limits/${index}` : 'limits';
    if (old.severity === 'hard-stop' || old.labelLimit) {
      faults.push(...protectedLimitFaults(old, proposed, field));
    }
    if (proposed !== undefined && !sameLimit(old, proposed) && proposed.version !== old.version + 1) {
      faults.push({
        field: `${field}/version`,
        message: `${old.id} changed, so its version must be ${old.version + 1}`,
      });
    }
    if (proposed !== undefined && sameLimit(old, proposed) && proposed.version !== old.version) {
      faults.push({
        field: `${field}/version`,
        message: `${old.id} did not change, so its version stays ${old.version}`,
      });
    }
  }
  return faults;
}

function otherFaults(previous: Protocol, next: Protocol): FieldFault[] {
  const faults: FieldFault[] = [];
  const fixed = ['id', 'route', 'drug'] as const;
  for (const key of fixed) {
    if (previous[key] !== next[key]) {
      faults.push({ field: key, message: `${key} cannot change in a revision (make a new protocol instead)` });
    }
  }
  if (previous.dose.mode !== next.dose.mode) {
    faults.push({ field: 'dose/mode', message: 'The dose mode cannot change in a revision' });
  }
  if (next.version !== previous.version + 1) {
    faults.push({ field: 'version', message: `The new version must be ${previous.version + 1}` });
  }
  if (next.revisionReason.trim() === '' || next.revisionReason === previous.revisionReason) {
    faults.push({ field: 'revisionReason', message: 'A revision needs its own reason' });
  }
  if (
    previous.fasting.labelLimit &&
    (!next.fasting.labelLimit ||
      next.fasting.solidFoodMin < previous.fasting.solidFoodMin ||
      next.fasting.clearLiquidsMin < previous.fasting.clearLiquidsMin)
  ) {
    faults.push({ field: 'fasting', message: 'Fasting times come from the label [L] and cannot be shortened' });
  }
  if (previous.pregnancyTest.requiredIfCanBecomePregnant && !next.pregnancyTest.requiredIfCanBecomePregnant) {
    faults.push({
      field: 'pregnancyTest/requiredIfCanBecomePregnant',
      message: 'The pregnancy test cannot be dropped',
    });
  }
  return faults;
}

/**
 * Every reason the proposed version may not replace the current one (empty when it may).
 * @param previous - the version in force
 * @param next - the proposed version
 */
export function findProtocolRevisionFaults(previous: Protocol, next: Protocol): FieldFault[] {
  return [...otherFaults(previous, next), ...limitFaults(previous, next), ...findProtocolFaults(next)];
}

/**
 * Throws InvalidInputError naming every fault when `next` may not replace `previous`.
 * @param previous - the version in force
 * @param next - the proposed version
 */
export function validateProtocolRevision(previous: Protocol, next: Protocol): void {
  assertNoFaults(
    findProtocolRevisionFaults(previous, next),
    `Protocol ${previous.id} v${next.version} cannot be accepted`,
  );
}
