import type { Encounter, MedicationAdministration, Observation } from '@medplum/fhirtypes';
import type { SessionFacts } from '../app/records/patient-record.js';
import { patientRef } from './map-patient.js';
import { manualVitalObservations } from './map-vitals.js';
import { localSystem, system } from './systems.js';

const encounterStatus = {
  scheduled: 'planned',
  'checked-in': 'arrived',
  'pre-checks': 'in-progress',
  dosing: 'in-progress',
  recovery: 'in-progress',
  discharged: 'finished',
  aborted: 'cancelled',
} as const;

/** SNOMED CT route codes (Route of administration value set, FHIR R4). */
const routeCoding = {
  iv: { system: system.snomed, code: '47625008', display: 'Intravenous route' },
  im: { system: system.snomed, code: '78421000', display: 'Intramuscular route' },
  intranasal: { system: system.snomed, code: '46713006', display: 'Nasal route' },
} as const;

/** A treatment session as an ambulatory Encounter. */
export function toFhirEncounter(f: SessionFacts): Encounter {
  const r = f.row;
  const start = r.checkedInAt ?? r.dosingStartedAt ?? r.createdAt;
  return {
    resourceType: 'Encounter',
    id: r.id,
    meta: { versionId: String(r.version) },
    status: encounterStatus[r.state],
    class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'AMB', display: 'ambulatory' },
    serviceType: { coding: [{ system: localSystem.appointmentType, code: 'dosing_session' }], text: f.protocolName },
    subject: patientRef({ id: r.patientId }),
    ...(r.appointmentId ? { appointment: [{ reference: `Appointment/${r.appointmentId}` }] } : {}),
    period: { start, ...(r.endedAt ? { end: r.endedAt } : {}) },
    ...(r.abortReason ? { reasonCode: [{ text: `Stopped: ${r.abortReason}` }] } : {}),
    ...(r.chairName ? { location: [{ location: { display: r.chairName } }] } : {}),
  };
}

/**
 * The ketamine (or esketamine) given in a session: dose delivered in mg, the route, and for an
 * infusion the last pump rate in mL/h. None before dosing starts.
 */
export function toFhirMedicationAdministration(f: SessionFacts): MedicationAdministration | null {
  const r = f.row;
  if (r.dosingStartedAt === null) {
    return null;
  }
  const finished = r.dosingEndedAt !== null || r.state === 'recovery' || r.state === 'discharged';
  const drug = r.route === 'intranasal' ? 'Esketamine' : 'Ketamine';
  const rates = f.journal.filter((e) => e.kind === 'titration' && (e.data as { kind?: string }).kind === 'rate');
  const lastRate = (rates.at(-1)?.data as { rateMlPerHour?: number } | undefined)?.rateMlPerHour;
  return {
    resourceType: 'MedicationAdministration',
    id: `${r.id}-dose`,
    status: r.state === 'aborted' ? 'stopped' : finished ? 'completed' : 'in-progress',
    medicationCodeableConcept: {
      coding: [{ system: localSystem.courseProtocol, code: r.protocolId }],
      text: `${drug} (${f.protocolName})`,
    },
    subject: patientRef({ id: r.patientId }),
    context: { reference: `Encounter/${r.id}` },
    effectivePeriod: { start: r.dosingStartedAt, ...(r.dosingEndedAt ? { end: r.dosingEndedAt } : {}) },
    dosage: {
      route: { coding: [routeCoding[r.route]], text: r.route },
      ...(f.dose.deliveredMg !== null
        ? { dose: { value: f.dose.deliveredMg, unit: 'mg', system: system.ucum, code: 'mg' } }
        : {}),
      ...(r.route === 'iv' && lastRate !== undefined
        ? { rateQuantity: { value: lastRate, unit: 'mL/h', system: system.ucum, code: 'mL/h' } }
        : {}),
    },
  };
}

/** Everything a session adds to the record: the Encounter, the dose given, the manual vital signs. */
export function sessionResources(f: SessionFacts): (Encounter | MedicationAdministration | Observation)[] {
  const dose = toFhirMedicationAdministration(f);
  return [
    toFhirEncounter(f),
    ...(dose ? [dose] : []),
    ...f.readings.flatMap((reading) => manualVitalObservations(reading, f.row.patientId, f.row.id)),
  ];
}
