/**
 * SPRAVATO REMS Patient Monitoring Form data, completed after every outpatient esketamine
 * session (REFERENCE.md §3.4; field list of the 11/2021 form with the later respiratory
 * depression and opioid items; confirm against the current form, §12 item 9).
 */
import { InvalidInputError, MissingInputError, type FieldFault } from '../errors.js';
import { instantMs, minutesBetween, MS_PER_MINUTE } from '../monitoring/iso-time.js';
import { sessionRuleRef, type SessionRuleSource } from '../monitoring/session-rule.js';
import { validateVitalReading, type VitalReading } from '../monitoring/vital-reading.js';
import { evaluateDeviceAdministrations, type DeviceAdministration, type SessionFinding } from './esketamine-devices.js';

type YesNo = 'Y' | 'N';
type AdverseEvent = 'sedation' | 'dissociation' | 'respiratoryDepression';
type MedClass =
  | 'benzodiazepines'
  | 'nonBenzodiazepineSedativeHypnotics'
  | 'psychostimulants'
  | 'maois'
  | 'opioidsOrOtherCnsDepressants';

export interface RemsFormInput {
  readonly patient: {
    readonly firstName: string;
    readonly middleInitial: string | null;
    readonly lastName: string;
    readonly dateOfBirth: string;
    readonly sex: string;
    readonly firstTreatment: boolean;
    readonly enrolledInRems: boolean;
  };
  readonly concomitantMedications: Readonly<Record<MedClass, boolean>>;
  readonly monitoringHcp: { readonly name: string; readonly phone: string; readonly email: string };
  readonly setting: {
    readonly name: string;
    readonly address: string;
    readonly city: string;
    readonly state: string;
    readonly zip: string;
  };
  readonly plannedDoseMg: number;
  /** Devices in time order; times should carry the clinic's UTC offset (the form date is taken from them). */
  readonly devices: readonly DeviceAdministration[];
  readonly monitoringEndedAt: string;
  /** The session's vital readings; the three BP entries are chosen from them. */
  readonly readings: readonly VitalReading[];
  readonly vitalSignsAcceptable: { readonly beforeAdministration: boolean; readonly beforeCompletion: boolean };
  readonly adverseEvents: Readonly<
    Record<AdverseEvent, { readonly occurred: boolean; readonly resolvedByEnd: boolean | null }>
  >;
  /** REMS question: minutes from the first device when the patient would have been ready to leave. */
  readonly readyToLeaveMin: number | null;
}

export interface RemsBloodPressure {
  readonly systolicMmHg: number;
  readonly diastolicMmHg: number;
  readonly takenAt: string;
  readonly minutesFromFirstDevice: number;
}

export interface RemsMonitoringForm {
  readonly form: 'spravato-rems-patient-monitoring';
  readonly patient: RemsFormInput['patient'];
  readonly concomitantMedications: Readonly<Record<MedClass, YesNo>>;
  readonly monitoringHcp: RemsFormInput['monitoringHcp'];
  readonly setting: RemsFormInput['setting'];
  readonly treatmentDate: string;
  readonly dose: '56 mg' | '84 mg' | 'other';
  readonly doseMg: number;
  readonly lotNumbers: readonly string[];
  /** Whole minutes from the first device to the end of monitoring (the form requires ≥120). */
  readonly totalMonitoringMin: number;
  readonly readyToLeaveMin: number | null;
  readonly vitalSigns: { readonly acceptableBeforeAdministration: YesNo; readonly acceptableBeforeCompletion: YesNo };
  readonly bloodPressure: {
    readonly preDose: RemsBloodPressure;
    readonly at40Min: RemsBloodPressure;
    readonly beforeCompletion: RemsBloodPressure;
  };
  readonly adverseEvents: Readonly<
    Record<AdverseEvent, { readonly occurred: YesNo; readonly resolvedByEnd: YesNo | null }>
  >;
}

interface RemsRule {
  readonly id: string;
  readonly version: number;
  readonly severity: SessionFinding['severity'];
  readonly source: SessionRuleSource;
}

export const remsFormRules: {
  readonly duration: RemsRule & { readonly minMonitoringMin: number };
  readonly bpTiming: RemsRule & { readonly targetMin: number; readonly toleranceMin: number };
} = {
  duration: {
    id: 'rems.monitoring-duration',
    version: 1,
    severity: 'hard-stop',
    minMonitoringMin: 120,
    source: {
      tag: 'L',
      citation: 'SPRAVATO REMS monitoring form: total time from 1st device to end of monitoring must be ≥120 min',
    },
  },
  bpTiming: {
    id: 'rems.bp-40-min-timing',
    version: 1,
    severity: 'warning',
    targetMin: 40,
    toleranceMin: 5,
    source: { tag: 'L', citation: 'SPRAVATO USPI: BP ~40 min after dosing; 35–45 min accepted [P]' },
  },
};

const yn = (value: boolean): YesNo => (value ? 'Y' : 'N');

function requireTexts(input: RemsFormInput): void {
  const texts: [string, string][] = [
    ['patient/firstName', input.patient.firstName],
    ['patient/lastName', input.patient.lastName],
    ['patient/dateOfBirth', input.patient.dateOfBirth],
    ['patient/sex', input.patient.sex],
    ...Object.entries(input.monitoringHcp).map(([k, v]): [string, string] => [`monitoringHcp/${k}`, v]),
    ...Object.entries(input.setting).map(([k, v]): [string, string] => [`setting/${k}`, v]),
  ];
  const faults: FieldFault[] = texts
    .filter(([, v]) => v.trim() === '')
    .map(([field]) => ({ field, message: 'Required on the REMS form' }));
  for (const [event, record] of Object.entries(input.adverseEvents)) {
    if (record.occurred && record.resolvedByEnd === null) {
      faults.push({
        field: `adverseEvents/${event}/resolvedByEnd`,
        message: 'Say whether it resolved by the end of the session',
      });
    }
  }
  if (input.devices.length === 0) {
    faults.push({ field: 'devices', message: 'No device administrations recorded' });
  }
  if (faults.length > 0) {
    throw new MissingInputError('The REMS monitoring form is incomplete', { fields: faults });
  }
}

function bpEntry(reading: VitalReading, firstMs: number): RemsBloodPressure {
  const { systolicMmHg, diastolicMmHg, takenAt } = reading;
  return {
    systolicMmHg,
    diastolicMmHg,
    takenAt,
    minutesFromFirstDevice: Math.round(minutesBetween(firstMs, instantMs(takenAt, 'takenAt'))),
  };
}

function selectBloodPressures(
  readings: readonly VitalReading[],
  firstMs: number,
  endMs: number,
): RemsMonitoringForm['bloodPressure'] {
  readings.forEach(validateVitalReading);
  const timed = readings.map((r) => ({ r, ms: instantMs(r.takenAt, 'readings/takenAt') })).sort((a, b) => a.ms - b.ms);
  const preDose = timed.filter((t) => t.ms <= firstMs).at(-1);
  const targetMs = firstMs + remsFormRules.bpTiming.targetMin * MS_PER_MINUTE;
  const after = timed.filter((t) => t.ms > firstMs && t.ms <= endMs);
  const at40 = after.reduce<(typeof after)[number] | undefined>(
    (best, t) => (best === undefined || Math.abs(t.ms - targetMs) < Math.abs(best.ms - targetMs) ? t : best),
    undefined,
  );
  const completion = after.filter((t) => at40 !== undefined && t.ms > at40.ms).at(-1);
  if (preDose === undefined || at40 === undefined || completion === undefined) {
    const slots: [string, unknown][] = [
      ['pre-dose', preDose],
      ['~40 min', at40],
      ['before completion', completion],
    ];
    const missing = slots.filter(([, found]) => found === undefined).map(([name]) => name);
    throw MissingInputError.forField('readings', `No blood pressure for: ${missing.join(', ')}`);
  }
  return {
    preDose: bpEntry(preDose.r, firstMs),
    at40Min: bpEntry(at40.r, firstMs),
    beforeCompletion: bpEntry(completion.r, firstMs),
  };
}

function formFindings(totalMonitoringMin: number, at40: RemsBloodPressure): SessionFinding[] {
  const { duration, bpTiming } = remsFormRules;
  const findings: SessionFinding[] = [];
  if (totalMonitoringMin < duration.minMonitoringMin) {
    const message = `Monitored ${totalMonitoringMin} min from the first device; the REMS requires at least ${duration.minMonitoringMin}`;
    findings.push({
      rule: sessionRuleRef(duration),
      severity: duration.severity,
      message,
      source: duration.source,
      values: { totalMonitoringMin },
    });
  }
  if (Math.abs(at40.minutesFromFirstDevice - bpTiming.targetMin) > bpTiming.toleranceMin) {
    const message = `The "40 min" blood pressure was taken at ${at40.minutesFromFirstDevice} min`;
    findings.push({
      rule: sessionRuleRef(bpTiming),
      severity: bpTiming.severity,
      message,
      source: bpTiming.source,
      values: { minutesFromFirstDevice: at40.minutesFromFirstDevice },
    });
  }
  return findings;
}

function medsYesNo(meds: RemsFormInput['concomitantMedications']): RemsMonitoringForm['concomitantMedications'] {
  return {
    benzodiazepines: yn(meds.benzodiazepines),
    nonBenzodiazepineSedativeHypnotics: yn(meds.nonBenzodiazepineSedativeHypnotics),
    psychostimulants: yn(meds.psychostimulants),
    maois: yn(meds.maois),
    opioidsOrOtherCnsDepressants: yn(meds.opioidsOrOtherCnsDepressants),
  };
}

/** Resolution is asked only when the event occurred. */
function eventYesNo(record: { occurred: boolean; resolvedByEnd: boolean | null }): {
  occurred: YesNo;
  resolvedByEnd: YesNo | null;
} {
  const resolved = record.occurred && record.resolvedByEnd !== null ? yn(record.resolvedByEnd) : null;
  return { occurred: yn(record.occurred), resolvedByEnd: resolved };
}

function toForm(
  input: RemsFormInput,
  derived: {
    firstAt: string;
    totalMg: number;
    totalMonitoringMin: number;
    bloodPressure: RemsMonitoringForm['bloodPressure'];
  },
): RemsMonitoringForm {
  return {
    form: 'spravato-rems-patient-monitoring',
    patient: input.patient,
    concomitantMedications: medsYesNo(input.concomitantMedications),
    monitoringHcp: input.monitoringHcp,
    setting: input.setting,
    // The date as written in the first device's time (recorded with the clinic's UTC offset).
    treatmentDate: derived.firstAt.slice(0, 10),
    dose: derived.totalMg === 56 ? '56 mg' : derived.totalMg === 84 ? '84 mg' : 'other',
    doseMg: derived.totalMg,
    lotNumbers: [...new Set(input.devices.map((d) => d.lotNumber.trim()))],
    totalMonitoringMin: derived.totalMonitoringMin,
    readyToLeaveMin: input.readyToLeaveMin,
    vitalSigns: {
      acceptableBeforeAdministration: yn(input.vitalSignsAcceptable.beforeAdministration),
      acceptableBeforeCompletion: yn(input.vitalSignsAcceptable.beforeCompletion),
    },
    bloodPressure: derived.bloodPressure,
    adverseEvents: {
      sedation: eventYesNo(input.adverseEvents.sedation),
      dissociation: eventYesNo(input.adverseEvents.dissociation),
      respiratoryDepression: eventYesNo(input.adverseEvents.respiratoryDepression),
    },
  };
}

/**
 * Builds the REMS monitoring form data from the session. Throws when a field the form needs is
 * missing; returns findings for label deviations (monitoring under 120 min, BP not near 40 min,
 * device rule findings) so the form is still filled truthfully.
 * @param input - patient, medications, HCP, setting, devices, readings, end of monitoring, events
 */
export function buildRemsMonitoringForm(input: RemsFormInput): {
  form: RemsMonitoringForm;
  findings: SessionFinding[];
} {
  requireTexts(input);
  const devices = evaluateDeviceAdministrations({
    plannedDoseMg: input.plannedDoseMg,
    administrations: input.devices,
    complete: true,
  });
  const firstAt = input.devices[0]?.administeredAt ?? '';
  const firstMs = instantMs(firstAt, 'devices/0/administeredAt');
  const endMs = instantMs(input.monitoringEndedAt, 'monitoringEndedAt');
  if (endMs <= firstMs) {
    throw InvalidInputError.forField('monitoringEndedAt', 'Monitoring must end after the first device');
  }
  if (input.readyToLeaveMin !== null && !(Number.isFinite(input.readyToLeaveMin) && input.readyToLeaveMin >= 0)) {
    throw InvalidInputError.forField('readyToLeaveMin', 'Minutes from the first device, 0 or more');
  }
  const totalMonitoringMin = Math.floor(minutesBetween(firstMs, endMs));
  const bloodPressure = selectBloodPressures(input.readings, firstMs, endMs);
  const form = toForm(input, { firstAt, totalMg: devices.totalMg, totalMonitoringMin, bloodPressure });
  return { form, findings: [...devices.findings, ...formFindings(totalMonitoringMin, bloodPressure.at40Min)] };
}
