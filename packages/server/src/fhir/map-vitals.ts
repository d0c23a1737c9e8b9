import type { DeviceReading } from '@chairside/domain';
import type { CodeableConcept, Device, Observation, Patient, Quantity, Reference } from '@medplum/fhirtypes';
import type { IntakeVersionRecord } from '../app/intake-ports.js';
import { patientRef } from './map-patient.js';
import { localSystem, system, vitalProfile } from './systems.js';

/** LOINC codes and UCUM units of the vital signs (REFERENCE.md §9.3; FHIR R4 vital signs profile). */
const vitalSignsCategory: CodeableConcept[] = [
  { coding: [{ system: system.observationCategory, code: 'vital-signs', display: 'Vital Signs' }] },
];
const loinc = (code: string, display: string): { system: string; code: string; display: string } => ({
  system: system.loinc,
  code,
  display,
});
const ucum = (value: number, unit: string, code: string): Quantity => ({ value, unit, system: system.ucum, code });

const vital = {
  heartRate: { code: [loinc('8867-4', 'Heart rate')], profile: vitalProfile.heartRate, unit: ['beats/minute', '/min'] },
  respiratoryRate: {
    code: [loinc('9279-1', 'Respiratory rate')],
    profile: vitalProfile.respiratoryRate,
    unit: ['breaths/minute', '/min'],
  },
  // The pulse-oximetry code first, with the vital-signs profile's 2708-6 also carried (REFERENCE.md §9.3).
  spo2: {
    code: [
      loinc('59408-5', 'Oxygen saturation in Arterial blood by Pulse oximetry'),
      loinc('2708-6', 'Oxygen saturation in Arterial blood'),
    ],
    profile: vitalProfile.oxygenSaturation,
    unit: ['%', '%'],
  },
  weight: { code: [loinc('29463-7', 'Body weight')], profile: vitalProfile.bodyWeight, unit: ['kg', 'kg'] },
  height: { code: [loinc('8302-2', 'Body height')], profile: vitalProfile.bodyHeight, unit: ['cm', 'cm'] },
} as const;

type VitalKind = keyof typeof vital;

interface Where {
  readonly subject: Reference<Patient> | null;
  readonly device: Reference<Device> | null;
  readonly effective: string;
  readonly status: Observation['status'];
}

function simple(id: string, kind: VitalKind, value: number, where: Where): Observation {
  const v = vital[kind];
  return {
    resourceType: 'Observation',
    id,
    meta: { profile: [vitalProfile.panel, v.profile] },
    status: where.status,
    category: vitalSignsCategory,
    code: { coding: [...v.code], text: v.code[0].display },
    ...(where.subject ? { subject: where.subject } : {}),
    ...(where.device ? { device: where.device } : {}),
    effectiveDateTime: where.effective,
    valueQuantity: ucum(value, v.unit[0], v.unit[1]),
  };
}

function bloodPressure(id: string, systolic: number, diastolic: number, where: Where): Observation {
  return {
    resourceType: 'Observation',
    id,
    meta: { profile: [vitalProfile.panel, vitalProfile.bloodPressure] },
    status: where.status,
    category: vitalSignsCategory,
    code: { coding: [loinc('85354-9', 'Blood pressure panel with all children optional')], text: 'Blood pressure' },
    ...(where.subject ? { subject: where.subject } : {}),
    ...(where.device ? { device: where.device } : {}),
    effectiveDateTime: where.effective,
    component: [
      {
        code: { coding: [loinc('8480-6', 'Systolic blood pressure')] },
        valueQuantity: ucum(systolic, 'mmHg', 'mm[Hg]'),
      },
      {
        code: { coding: [loinc('8462-4', 'Diastolic blood pressure')] },
        valueQuantity: ucum(diastolic, 'mmHg', 'mm[Hg]'),
      },
    ],
  };
}

/** The resting vital signs, weight and height measured at intake, as vital-sign Observations. */
export function intakeVitalObservations(intake: IntakeVersionRecord): Observation[] {
  const subject = patientRef({ id: intake.patientId });
  const { vitals, weight, height } = intake.data;
  const at: Where = { subject, device: null, effective: vitals.measuredAt, status: 'final' };
  const out: Observation[] = [
    bloodPressure(`${intake.id}-bp`, vitals.systolicMmHg, vitals.diastolicMmHg, at),
    simple(`${intake.id}-hr`, 'heartRate', vitals.heartRateBpm, at),
    simple(`${intake.id}-spo2`, 'spo2', vitals.spo2Pct, at),
    simple(`${intake.id}-wt`, 'weight', intake.derived.weightKg, { ...at, effective: weight.measuredAt }),
  ];
  if (height && intake.derived.heightCm !== null) {
    out.push(simple(`${intake.id}-ht`, 'height', intake.derived.heightCm, { ...at, effective: height.measuredAt }));
  }
  return out;
}

export interface DeviceReadingFacts {
  readonly id: string;
  readonly deviceId: string;
  readonly reading: DeviceReading;
  /** The patient the reading belongs to, when a treatment session ties its chair and time to one. */
  readonly patientId: string | null;
}

/**
 * A monitor reading as vital-sign Observations, one per measure (blood pressure as one panel).
 * End-tidal CO2 has no LOINC code in REFERENCE.md §9.3, so it carries a Chairside code.
 */
export function deviceReadingObservations(r: DeviceReadingFacts): Observation[] {
  const where: Where = {
    subject: r.patientId === null ? null : patientRef({ id: r.patientId }),
    device: { identifier: { value: r.deviceId }, display: `Monitor ${r.deviceId}` },
    effective: r.reading.takenAt,
    status:
      r.reading.status === 'unverified' ? 'preliminary' : r.reading.status === 'corrected' ? 'corrected' : 'final',
  };
  const m = r.reading;
  const out: Observation[] = [];
  if (m.systolicMmHg !== undefined && m.diastolicMmHg !== undefined) {
    out.push(bloodPressure(`${r.id}-bp`, m.systolicMmHg, m.diastolicMmHg, where));
  }
  if (m.heartRateBpm !== undefined) {
    out.push(simple(`${r.id}-hr`, 'heartRate', m.heartRateBpm, where));
  }
  if (m.spo2Pct !== undefined) {
    out.push(simple(`${r.id}-spo2`, 'spo2', m.spo2Pct, where));
  }
  if (m.respiratoryRatePerMin !== undefined) {
    out.push(simple(`${r.id}-rr`, 'respiratoryRate', m.respiratoryRatePerMin, where));
  }
  if (m.etco2MmHg !== undefined) {
    out.push({
      resourceType: 'Observation',
      id: `${r.id}-etco2`,
      status: where.status,
      category: vitalSignsCategory,
      code: { coding: [{ system: localSystem.vital, code: 'etco2', display: 'End-tidal CO2' }], text: 'End-tidal CO2' },
      ...(where.subject ? { subject: where.subject } : {}),
      device: where.device ?? {},
      effectiveDateTime: where.effective,
      valueQuantity: ucum(m.etco2MmHg, 'mmHg', 'mm[Hg]'),
    });
  }
  return out;
}

/** A reading a nurse entered during a session, as vital-sign Observations in that Encounter. */
export function manualVitalObservations(
  r: {
    id: string;
    takenAt: string;
    systolicMmHg: number;
    diastolicMmHg: number;
    heartRateBpm: number;
    spo2Pct: number;
    respiratoryRatePerMin: number;
  },
  patientId: string,
  encounterId: string,
): Observation[] {
  const where: Where = { subject: patientRef({ id: patientId }), device: null, effective: r.takenAt, status: 'final' };
  const inEncounter = (o: Observation): Observation => ({ ...o, encounter: { reference: `Encounter/${encounterId}` } });
  return [
    bloodPressure(`${r.id}-bp`, r.systolicMmHg, r.diastolicMmHg, where),
    simple(`${r.id}-hr`, 'heartRate', r.heartRateBpm, where),
    simple(`${r.id}-spo2`, 'spo2', r.spo2Pct, where),
    simple(`${r.id}-rr`, 'respiratoryRate', r.respiratoryRatePerMin, where),
  ].map(inEncounter);
}
