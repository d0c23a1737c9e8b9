/**
 * `calculateDose`: dose, volume, pump rate (or esketamine devices) for a protocol, with every limit
 * checked on the rounded values (DEFAULTS.md §1). All rounding is downward (see `doseRounding`).
 */
import { checkLimits } from '../protocols/limits.js';
import { makeFinding, worstSeverity, type RuleFinding } from '../protocols/rule-types.js';
import type { Protocol } from '../protocols/types.js';
import {
  doseMgFromMgPerKg,
  doseMgFromVolumeMl,
  mgPerHourFromMgPerKgPerHour,
  minutesToHours,
  mlPerHourFromMgPerHour,
  rateMlPerHourFromVolume,
  volumeMlFromDoseMg,
  volumeMlFromRate,
} from '../units/conversions.js';
import {
  kg,
  mg,
  mgPerKg,
  mgPerKgPerHour,
  mgPerMl,
  minutes,
  ml,
  mlPerHour,
  type Mg,
  type Ml,
  type MlPerHour,
} from '../units/quantity.js';
import { roundToDecimals } from '../units/rounding.js';
import { resolveDosingWeight } from './body-weight.js';
import { checkDoseRequest } from './inputs.js';
import { dosingRules } from './rules.js';
import {
  doseRounding,
  type DoseAmounts,
  type DoseRequest,
  type DoseResult,
  type DoseStatus,
  type DosingWeight,
} from './types.js';

const down = (value: number, decimals: number): number => roundToDecimals(value, decimals, 'down');
const toDoseMg = (value: Mg): Mg => mg(down(value, doseRounding.doseMg.decimals));
const toVolumeMl = (value: Ml): Ml => ml(down(value, doseRounding.volumeMl.decimals));
const toRateMlPerHour = (value: MlPerHour): MlPerHour => mlPerHour(down(value, doseRounding.rateMlPerHour.decimals));
/** Ratios shown to clinicians keep 6 decimals; limits are compared on the unrounded ratio. */
const ratio = (value: number): number => roundToDecimals(value, 6, 'nearest');

/** Required fields are guaranteed by checkDoseRequest; this narrows them for the compiler. */
function need(value: number | undefined): number {
  if (value === undefined) {
    throw new Error('checkDoseRequest let a required field through');
  }
  return value;
}

function resolutionFinding(values: Readonly<Record<string, number | null>>): RuleFinding {
  const rule = dosingRules.rateBelowResolution;
  return makeFinding(rule, rule.severity, rule.message, values);
}

function weightBased(
  protocol: Protocol,
  request: DoseRequest,
  weight: DosingWeight,
  findings: RuleFinding[],
): DoseAmounts {
  const mode =
    protocol.dose.mode === 'mg-per-kg-over-duration' ? 'mg-per-kg-over-duration' : 'mg-per-kg-single-injection';
  const requestedMgPerKg = mgPerKg(need(request.doseMgPerKg), 'doseMgPerKg');
  const concentrationMgPerMl = mgPerMl(need(request.concentrationMgPerMl));
  const dosingKg = kg(weight.dosingKg, 'basis');
  const doseMg = toDoseMg(doseMgFromMgPerKg(requestedMgPerKg, dosingKg));
  const volumeMl = toVolumeMl(volumeMlFromDoseMg(doseMg, concentrationMgPerMl));
  // Plain division: a dose that rounds to 0 mg must reach the resolution finding, not a constructor error.
  const checkedMgPerKg = doseMg / dosingKg;
  const durationMin = mode === 'mg-per-kg-over-duration' ? minutes(need(request.durationMin)) : null;
  const rateMlPerHour =
    durationMin === null ? null : toRateMlPerHour(rateMlPerHourFromVolume(volumeMl, minutesToHours(durationMin)));
  const values = {
    requestedMgPerKg,
    doseMg,
    volumeMl,
    dosingKg: weight.dosingKg,
    concentrationMgPerMl,
    durationMin,
    rateMlPerHour,
  };
  findings.push(...checkLimits(protocol, 'doseMgPerKg', checkedMgPerKg, values));
  if (durationMin !== null) {
    findings.push(...checkLimits(protocol, 'durationMin', durationMin, values));
  }
  findings.push(...checkLimits(protocol, 'concentrationMgPerMl', concentrationMgPerMl, values));
  if (volumeMl <= 0 || rateMlPerHour === 0) {
    findings.push(resolutionFinding(values));
  }
  return {
    mode,
    requestedMgPerKg,
    doseMg,
    checkedMgPerKg: ratio(checkedMgPerKg),
    volumeMl,
    concentrationMgPerMl,
    durationMin,
    rateMlPerHour,
  };
}

type BolusAmounts = Extract<DoseAmounts, { readonly mode: 'mg-per-kg-per-hour-infusion' }>['bolus'];

function bolusAmounts(
  protocol: Protocol,
  request: DoseRequest,
  weight: DosingWeight,
  findings: RuleFinding[],
): BolusAmounts {
  if (request.bolusMgPerKg === undefined) {
    return null;
  }
  const concentrationMgPerMl = mgPerMl(need(request.concentrationMgPerMl));
  const doseMg = toDoseMg(
    doseMgFromMgPerKg(mgPerKg(request.bolusMgPerKg, 'bolusMgPerKg'), kg(weight.dosingKg, 'basis')),
  );
  const volumeMl = toVolumeMl(volumeMlFromDoseMg(doseMg, concentrationMgPerMl));
  const checkedMgPerKg = doseMg / weight.dosingKg;
  const values = {
    bolusMgPerKg: request.bolusMgPerKg,
    bolusDoseMg: doseMg,
    bolusVolumeMl: volumeMl,
    dosingKg: weight.dosingKg,
  };
  findings.push(...checkLimits(protocol, 'bolusMgPerKg', checkedMgPerKg, values));
  if (volumeMl <= 0) {
    findings.push(resolutionFinding(values));
  }
  return { requestedMgPerKg: request.bolusMgPerKg, doseMg, checkedMgPerKg: ratio(checkedMgPerKg), volumeMl };
}

/**
 * An infusion prescribed in mg/kg/h: the pump rate is rounded first, and the volume follows from
 * it, so neither the rate nor the duration can exceed what was ordered.
 */
function infusion(
  protocol: Protocol,
  request: DoseRequest,
  weight: DosingWeight,
  findings: RuleFinding[],
): DoseAmounts {
  const requestedMgPerKgPerHour = mgPerKgPerHour(need(request.infusionMgPerKgPerHour), 'infusionMgPerKgPerHour');
  const concentrationMgPerMl = mgPerMl(need(request.concentrationMgPerMl));
  const durationMin = minutes(need(request.durationMin));
  const dosingKg = kg(weight.dosingKg, 'basis');
  const hourlyMg = mgPerHourFromMgPerKgPerHour(requestedMgPerKgPerHour, dosingKg);
  const rateMlPerHour = toRateMlPerHour(mlPerHourFromMgPerHour(hourlyMg, concentrationMgPerMl));
  const checkedMgPerKgPerHour = (rateMlPerHour * concentrationMgPerMl) / dosingKg;
  const infusionVolumeMl = toVolumeMl(volumeMlFromRate(rateMlPerHour, minutesToHours(durationMin)));
  const infusionDoseMg = toDoseMg(doseMgFromVolumeMl(infusionVolumeMl, concentrationMgPerMl));
  const values = {
    requestedMgPerKgPerHour,
    rateMlPerHour,
    infusionVolumeMl,
    infusionDoseMg,
    dosingKg: weight.dosingKg,
    concentrationMgPerMl,
    durationMin,
  };
  findings.push(...checkLimits(protocol, 'infusionMgPerKgPerHour', checkedMgPerKgPerHour, values));
  findings.push(...checkLimits(protocol, 'durationMin', durationMin, values));
  findings.push(...checkLimits(protocol, 'concentrationMgPerMl', concentrationMgPerMl, values));
  if (rateMlPerHour <= 0 || infusionVolumeMl <= 0) {
    findings.push(resolutionFinding(values));
  }
  const bolus = bolusAmounts(protocol, request, weight, findings);
  const totalDoseMg = toDoseMg(mg(infusionDoseMg + (bolus?.doseMg ?? 0)));
  const amounts = {
    requestedMgPerKgPerHour,
    rateMlPerHour,
    checkedMgPerKgPerHour: ratio(checkedMgPerKgPerHour),
    durationMin,
  };
  return {
    mode: 'mg-per-kg-per-hour-infusion',
    ...amounts,
    infusionVolumeMl,
    infusionDoseMg,
    concentrationMgPerMl,
    bolus,
    totalDoseMg,
  };
}

function esketamine(protocol: Protocol, request: DoseRequest, findings: RuleFinding[]): DoseAmounts {
  const spec = protocol.dose;
  if (spec.mode !== 'fixed-mg-devices') {
    throw new Error('esketamine() called for a weight-based protocol');
  }
  const doseMg = need(request.doseMg);
  const priorEsketamineDosesMg = request.priorEsketamineDosesMg ?? [];
  const devices = doseMg / spec.deviceMg;
  const deviceCount = Number.isInteger(devices) ? devices : null;
  const administrationMin = deviceCount === null ? null : (deviceCount - 1) * spec.deviceIntervalMin;
  const values = { doseMg, deviceMg: spec.deviceMg, deviceCount, priorEsketamineDosesMg: [...priorEsketamineDosesMg] };
  findings.push(...checkLimits(protocol, 'doseMg', doseMg, values, priorEsketamineDosesMg));
  const { deviceMg, deviceIntervalMin } = spec;
  return {
    mode: 'fixed-mg-devices',
    doseMg,
    deviceMg,
    deviceCount,
    deviceIntervalMin,
    administrationMin,
    priorEsketamineDosesMg: [...priorEsketamineDosesMg],
  };
}

function statusOf(findings: readonly RuleFinding[]): DoseStatus {
  const worst = worstSeverity(findings);
  return worst === 'hard-stop' || worst === 'soft-stop' ? worst : 'within';
}

function amountsFor(request: DoseRequest, weight: DosingWeight | null, findings: RuleFinding[]): DoseAmounts {
  const protocol = request.protocol;
  if (protocol.dose.mode === 'fixed-mg-devices') {
    return esketamine(protocol, request, findings);
  }
  if (weight === null) {
    throw new Error('checkDoseRequest let a weight-based request through without a weight');
  }
  return protocol.dose.mode === 'mg-per-kg-per-hour-infusion'
    ? infusion(protocol, request, weight, findings)
    : weightBased(protocol, request, weight, findings);
}

/**
 * Calculates a dose for a protocol. Throws MissingInputError / InvalidInputError for absent or
 * impossible inputs; returns findings (soft-stop, hard-stop, warnings) for clinical limits.
 * @param request - protocol, now, weight and basis, and the mode's dose fields
 */
export function calculateDose(request: DoseRequest): DoseResult {
  checkDoseRequest(request);
  const { protocol } = request;
  const findings: RuleFinding[] = [];
  let weight: DosingWeight | null = null;
  if (protocol.dose.mode !== 'fixed-mg-devices' && request.weight !== undefined && request.basis !== undefined) {
    const resolved = resolveDosingWeight(protocol, {
      weight: request.weight,
      basis: request.basis,
      height: request.height,
      sexAtBirth: request.sexAtBirth,
      now: request.now,
    });
    weight = resolved.weight;
    findings.push(...resolved.findings);
  }
  const amounts = amountsFor(request, weight, findings);
  return {
    status: statusOf(findings),
    protocol: { id: protocol.id, version: protocol.version },
    calculatedAt: request.now,
    weight,
    amounts,
    rounding: doseRounding,
    findings,
  };
}
