/**
 * Self-consistency of one protocol version: limits that make sense and defaults that pass them.
 * Used on the shipped library (tests) and on every proposed revision.
 */
import type { FieldFault } from '../errors.js';
import { limitFires } from './limits.js';
import type { DoseLimit, LimitQuantity, Protocol } from './types.js';

function defaultValues(
  protocol: Protocol,
): readonly (readonly [LimitQuantity | 'deviceMg' | 'deviceIntervalMin', number])[] {
  const dose = protocol.dose;
  switch (dose.mode) {
    case 'mg-per-kg-over-duration':
      return [
        ['doseMgPerKg', dose.defaultDoseMgPerKg],
        ['durationMin', dose.defaultDurationMin],
      ];
    case 'mg-per-kg-per-hour-infusion':
      return [
        ['infusionMgPerKgPerHour', dose.defaultInfusionMgPerKgPerHour],
        ['durationMin', dose.defaultDurationMin],
        ...(dose.defaultBolusMgPerKg === null ? [] : [['bolusMgPerKg', dose.defaultBolusMgPerKg] as const]),
      ];
    case 'mg-per-kg-single-injection':
      return [['doseMgPerKg', dose.defaultDoseMgPerKg]];
    case 'fixed-mg-devices':
      return [
        ['doseMg', dose.firstSessionDoseMg],
        ['deviceMg', dose.deviceMg],
        ['deviceIntervalMin', dose.deviceIntervalMin],
      ];
  }
}

function thresholdFaults(limit: DoseLimit, field: string): FieldFault[] {
  const check = limit.check;
  const numbers =
    check.kind === 'above' || check.kind === 'below'
      ? [check.threshold]
      : check.kind === 'not-one-of'
        ? check.allowed
        : [check.doseMg, check.priorDoseMg];
  const faults: FieldFault[] = [];
  if (numbers.length === 0 || numbers.some((value) => !Number.isFinite(value) || value <= 0)) {
    faults.push({ field: `${field}/check`, message: `${limit.id} needs finite thresholds greater than zero` });
  }
  if (!Number.isInteger(limit.version) || limit.version < 1) {
    faults.push({ field: `${field}/version`, message: `${limit.id} needs a whole version from 1` });
  }
  return faults;
}

/** A soft 'above' limit above the hard one (or a soft 'below' under the hard one) could never fire first. */
function orderFaults(protocol: Protocol): FieldFault[] {
  const faults: FieldFault[] = [];
  protocol.limits.forEach((soft, index) => {
    if (soft.severity !== 'soft-stop') {
      return;
    }
    for (const hard of protocol.limits) {
      if (hard.severity !== 'hard-stop' || hard.quantity !== soft.quantity) {
        continue;
      }
      const c = soft.check;
      const h = hard.check;
      const misplaced =
        (c.kind === 'above' && h.kind === 'above' && c.threshold >= h.threshold) ||
        (c.kind === 'below' && h.kind === 'below' && c.threshold <= h.threshold);
      if (misplaced) {
        faults.push({
          field: `limits/${index}/check`,
          message: `${soft.id} must be stricter than the hard limit ${hard.id}`,
        });
      }
    }
  });
  return faults;
}

/** Fixed doses must be whole numbers of devices, or the device count would be a fraction. */
function deviceFaults(protocol: Protocol): FieldFault[] {
  const dose = protocol.dose;
  if (dose.mode !== 'fixed-mg-devices' || !(dose.deviceMg > 0)) {
    return [];
  }
  const doses = [dose.firstSessionDoseMg];
  for (const limit of protocol.limits) {
    if (limit.check.kind === 'not-one-of') {
      doses.push(...limit.check.allowed);
    }
  }
  return doses
    .filter((value) => !Number.isInteger(value / dose.deviceMg))
    .map((value) => ({
      field: 'dose/deviceMg',
      message: `${value} mg is not a whole number of ${dose.deviceMg} mg devices`,
    }));
}

/**
 * Every inconsistency inside one protocol version (empty when none).
 * @param protocol - the protocol version to check
 */
export function findProtocolFaults(protocol: Protocol): FieldFault[] {
  const faults: FieldFault[] = [];
  const ids = new Set<string>();
  protocol.limits.forEach((limit, index) => {
    if (ids.has(limit.id)) {
      faults.push({ field: `limits/${index}/id`, message: `${limit.id} appears twice` });
    }
    ids.add(limit.id);
    faults.push(...thresholdFaults(limit, `limits/${index}`));
  });
  faults.push(...orderFaults(protocol));
  for (const [quantity, value] of defaultValues(protocol)) {
    if (!Number.isFinite(value) || value <= 0) {
      faults.push({ field: `dose/${quantity}`, message: `The default ${quantity} must be greater than zero` });
      continue;
    }
    const tripped = protocol.limits.filter((limit) => limit.quantity === quantity && limitFires(limit, value));
    for (const limit of tripped) {
      faults.push({ field: `dose/${quantity}`, message: `The default ${quantity} ${value} trips ${limit.id}` });
    }
  }
  faults.push(...deviceFaults(protocol));
  if (!Number.isInteger(protocol.pregnancyTest.maxAgeDays) || protocol.pregnancyTest.maxAgeDays < 0) {
    faults.push({
      field: 'pregnancyTest/maxAgeDays',
      message: 'The pregnancy test validity must be a whole number of days',
    });
  }
  if (protocol.fasting.solidFoodMin < 0 || protocol.fasting.clearLiquidsMin < 0) {
    faults.push({ field: 'fasting', message: 'Fasting times cannot be negative' });
  }
  return faults;
}
