/**
 * Esketamine nasal devices: 28 mg each, at least 5 min apart, each with its lot number, the
 * total equal to the planned 56 or 84 mg (SPRAVATO label, REFERENCE.md §3.1; DEFAULTS.md §1).
 * Malformed records throw; the label rules return findings.
 */
import { assertNoFaults, InvalidInputError, type FieldFault } from '../errors.js';
import { instantMs, isoFromMs, minutesBetween, MS_PER_MINUTE } from '../monitoring/iso-time.js';
import { sessionRuleRef, type SessionRuleSource, type SessionSeverity } from '../monitoring/session-rule.js';

export const ESKETAMINE_DEVICE_MG = 28;

export interface DeviceRule {
  readonly id: string;
  readonly version: number;
  readonly severity: SessionSeverity;
  readonly source: SessionRuleSource;
}

const label = (citation: string): SessionRuleSource => ({ tag: 'L', citation });

export const esketamineDeviceRules: {
  readonly plannedDose: DeviceRule & { readonly allowedDosesMg: readonly number[] };
  readonly interval: DeviceRule & { readonly minIntervalMin: number };
  readonly overPlan: DeviceRule;
  readonly incomplete: DeviceRule;
} = {
  plannedDose: {
    id: 'session.esketamine.planned-dose',
    version: 1,
    severity: 'hard-stop',
    allowedDosesMg: [56, 84],
    source: label('DEFAULTS.md §1: any dose other than 56/84 mg hard-stop; SPRAVATO TRD dosing (REFERENCE.md §3.1)'),
  },
  interval: {
    id: 'session.esketamine.device-interval',
    version: 1,
    severity: 'hard-stop',
    minIntervalMin: 5,
    source: label('SPRAVATO: 5-min rest between devices (REFERENCE.md §3.1)'),
  },
  overPlan: {
    id: 'session.esketamine.total-over-plan',
    version: 1,
    severity: 'hard-stop',
    source: label('SPRAVATO: 56 mg = 2 devices, 84 mg = 3 devices (REFERENCE.md §3.1)'),
  },
  incomplete: {
    id: 'session.esketamine.total-equals-plan',
    version: 1,
    severity: 'soft-stop',
    source: label('SPRAVATO: 56 mg = 2 devices, 84 mg = 3 devices; a dose stopped early needs a physician reason'),
  },
};

export interface DeviceAdministration {
  readonly administeredAt: string;
  readonly doseMg: number;
  readonly lotNumber: string;
}

export interface SessionFinding {
  readonly rule: string;
  readonly severity: SessionSeverity;
  readonly message: string;
  readonly source: SessionRuleSource;
  readonly values: Readonly<Record<string, string | number>>;
}

export interface DeviceEvaluation {
  readonly findings: readonly SessionFinding[];
  readonly totalMg: number;
  readonly devicesGiven: number;
  readonly devicesPlanned: number;
  readonly firstDeviceAt: string | null;
  /** When the next device may be given; null when the plan is complete or over. */
  readonly nextDeviceNotBefore: string | null;
}

function finding(rule: DeviceRule, message: string, values: Record<string, string | number>): SessionFinding {
  return { rule: sessionRuleRef(rule), severity: rule.severity, message, source: rule.source, values };
}

function parseDevices(administrations: readonly DeviceAdministration[]): number[] {
  const faults: FieldFault[] = [];
  const times = administrations.map((device, index) => {
    if (device.doseMg !== ESKETAMINE_DEVICE_MG) {
      faults.push({ field: `administrations/${index}/doseMg`, message: `Each device is ${ESKETAMINE_DEVICE_MG} mg` });
    }
    if (device.lotNumber.trim() === '') {
      faults.push({ field: `administrations/${index}/lotNumber`, message: 'Record the device lot number' });
    }
    return instantMs(device.administeredAt, `administrations/${index}/administeredAt`);
  });
  times.forEach((ms, index) => {
    const previous = times[index - 1];
    if (previous !== undefined && ms < previous) {
      faults.push({
        field: `administrations/${index}/administeredAt`,
        message: 'Devices must be listed in time order',
      });
    }
  });
  assertNoFaults(faults, 'The device records are not valid');
  return times;
}

/**
 * Checks the devices given (or about to be recorded) against the plan.
 * @param input - planned dose (56 or 84 mg), the devices in time order, and whether dosing is complete
 */
export function evaluateDeviceAdministrations(input: {
  plannedDoseMg: number;
  administrations: readonly DeviceAdministration[];
  complete: boolean;
}): DeviceEvaluation {
  const rules = esketamineDeviceRules;
  if (!Number.isFinite(input.plannedDoseMg) || input.plannedDoseMg <= 0) {
    throw InvalidInputError.forField(
      'plannedDoseMg',
      `Planned dose must be a positive number of mg (got ${input.plannedDoseMg})`,
    );
  }
  const times = parseDevices(input.administrations);
  const findings: SessionFinding[] = [];
  if (!rules.plannedDose.allowedDosesMg.some((dose) => dose === input.plannedDoseMg)) {
    findings.push(
      finding(rules.plannedDose, `Planned ${input.plannedDoseMg} mg: only 56 or 84 mg`, {
        plannedDoseMg: input.plannedDoseMg,
      }),
    );
  }
  times.forEach((ms, index) => {
    const previous = times[index - 1];
    const gapMin = previous === undefined ? null : minutesBetween(previous, ms);
    if (gapMin !== null && gapMin < rules.interval.minIntervalMin) {
      const message = `Device ${index + 1} given ${gapMin.toFixed(1)} min after the previous one; at least ${rules.interval.minIntervalMin} min required`;
      findings.push(finding(rules.interval, message, { device: index + 1, gapMin }));
    }
  });
  const totalMg = times.length * ESKETAMINE_DEVICE_MG;
  if (totalMg > input.plannedDoseMg) {
    findings.push(
      finding(rules.overPlan, `${totalMg} mg given, more than the planned ${input.plannedDoseMg} mg`, { totalMg }),
    );
  } else if (input.complete && totalMg < input.plannedDoseMg) {
    const message = `Dosing ended at ${totalMg} mg of the planned ${input.plannedDoseMg} mg: physician records the reason`;
    findings.push(finding(rules.incomplete, message, { totalMg, plannedDoseMg: input.plannedDoseMg }));
  }
  const last = times.at(-1);
  const more = !input.complete && totalMg < input.plannedDoseMg;
  return {
    findings,
    totalMg,
    devicesGiven: times.length,
    devicesPlanned: Math.ceil(input.plannedDoseMg / ESKETAMINE_DEVICE_MG),
    firstDeviceAt: input.administrations[0]?.administeredAt ?? null,
    nextDeviceNotBefore:
      more && last !== undefined ? isoFromMs(last + rules.interval.minIntervalMin * MS_PER_MINUTE) : null,
  };
}
