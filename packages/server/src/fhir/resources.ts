import { allScaleIds, getScale } from '@chairside/domain';
import type { Resource } from '@medplum/fhirtypes';
import { toFhirAppointment, toFhirCarePlan, toFhirConsent } from './map-care.js';
import { externalHistory, intakeAllergies, intakeConditions, intakeMedications } from './map-history.js';
import { toFhirPatient, toFhirPractitioner } from './map-patient.js';
import { scaleObservations, toFhirQuestionnaire, toFhirQuestionnaireResponse } from './map-questionnaires.js';
import { sessionResources } from './map-session.js';
import { intakeVitalObservations } from './map-vitals.js';
import type { PatientRecordSnapshot } from './patient-record.js';

/** The resource types served per patient, in the order `$everything` lists them. */
export const patientResourceTypes = [
  'Patient',
  'Condition',
  'AllergyIntolerance',
  'MedicationStatement',
  'Observation',
  'QuestionnaireResponse',
  'Consent',
  'CarePlan',
  'Appointment',
  'Encounter',
  'MedicationAdministration',
] as const;
export type PatientResourceType = (typeof patientResourceTypes)[number];

/** Every resource of one patient's record, mapped from one snapshot. */
export function patientResources(r: PatientRecordSnapshot): Resource[] {
  const external = r.external.map(externalHistory);
  return [
    toFhirPatient(r.patient),
    ...(r.intake ? intakeConditions(r.intake) : []),
    ...external.flatMap((e) => e.conditions),
    ...(r.intake ? intakeAllergies(r.intake) : []),
    ...external.flatMap((e) => e.allergies),
    ...(r.intake ? intakeMedications(r.intake) : []),
    ...external.flatMap((e) => e.medications),
    ...(r.intake ? intakeVitalObservations(r.intake) : []),
    ...r.responses.flatMap(scaleObservations),
    ...r.responses.map(toFhirQuestionnaireResponse),
    ...r.consents.map(toFhirConsent),
    ...r.courses.map(toFhirCarePlan),
    ...r.appointments.map(toFhirAppointment),
    ...r.sessions.flatMap(sessionResources),
  ];
}

/** `$everything`: the patient's resources plus the Questionnaires and Practitioners they refer to. */
export function everythingResources(r: PatientRecordSnapshot): Resource[] {
  const scaleIds = new Set(r.responses.map((x) => x.scaleId));
  return [
    ...patientResources(r),
    ...allScaleIds.filter((id) => scaleIds.has(id)).map((id) => toFhirQuestionnaire(getScale(id))),
    ...r.practitioners.map(toFhirPractitioner),
  ];
}

/** The instant or date a date search compares against, per resource type; null = no date. */
export function resourceDate(resource: Resource): string | null {
  const r = resource as unknown as Record<string, unknown>;
  const period = r['period'] as { start?: string } | undefined;
  const candidates: Record<string, unknown> = {
    Patient: r['birthDate'],
    Condition: r['onsetDateTime'] ?? r['recordedDate'],
    AllergyIntolerance: r['recordedDate'],
    MedicationStatement: r['dateAsserted'],
    Observation: r['effectiveDateTime'],
    QuestionnaireResponse: r['authored'],
    Consent: r['dateTime'],
    CarePlan: period?.start,
    Appointment: r['start'],
    Encounter: period?.start,
    MedicationAdministration: (r['effectivePeriod'] as { start?: string } | undefined)?.start,
    AuditEvent: r['recorded'],
  };
  const value = candidates[resource.resourceType];
  return typeof value === 'string' ? value : null;
}
