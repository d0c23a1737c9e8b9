/**
 * Code systems and identifiers used in the FHIR R4 output. External systems are the official
 * URIs (LOINC, UCUM, HL7 terminology); codes Chairside defines itself live under a URI the
 * clinic's deployment owns, so nobody mistakes them for a standard terminology.
 */
export const system = {
  loinc: 'http://loinc.org',
  ucum: 'http://unitsofmeasure.org',
  snomed: 'http://snomed.info/sct',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  conditionClinical: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
  conditionCategory: 'http://terminology.hl7.org/CodeSystem/condition-category',
  allergyClinical: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical',
  consentScope: 'http://terminology.hl7.org/CodeSystem/consentscope',
  identifierType: 'http://terminology.hl7.org/CodeSystem/v2-0203',
  auditEventType: 'http://terminology.hl7.org/CodeSystem/audit-event-type',
} as const;

/** Chairside's own code systems and naming systems. */
const local = 'https://chairside.app/fhir';
export const localSystem = {
  mrn: `${local}/sid/mrn`,
  username: `${local}/sid/username`,
  indication: `${local}/CodeSystem/indication`,
  condition: `${local}/CodeSystem/condition`,
  conditionCategory: `${local}/CodeSystem/condition-category`,
  scale: `${local}/CodeSystem/scale`,
  scaleItem: `${local}/CodeSystem/scale-item`,
  scaleAnswer: `${local}/CodeSystem/scale-answer`,
  vital: `${local}/CodeSystem/vital`,
  doseFrequency: `${local}/CodeSystem/dose-frequency`,
  doseUnit: `${local}/CodeSystem/dose-unit`,
  appointmentType: `${local}/CodeSystem/appointment-type`,
  courseProtocol: `${local}/CodeSystem/course-protocol`,
  consentForm: `${local}/CodeSystem/consent-form`,
  auditAction: `${local}/CodeSystem/audit-action`,
  sexAtBirth: `${local}/StructureDefinition/sex-at-birth`,
  questionnaire: `${local}/Questionnaire`,
} as const;

/** R4 base profiles of the vital signs (FHIR R4 §8.1 Observation vital signs). */
export const vitalProfile = {
  panel: 'http://hl7.org/fhir/StructureDefinition/vitalsigns',
  bloodPressure: 'http://hl7.org/fhir/StructureDefinition/bp',
  heartRate: 'http://hl7.org/fhir/StructureDefinition/heartrate',
  oxygenSaturation: 'http://hl7.org/fhir/StructureDefinition/oxygensat',
  respiratoryRate: 'http://hl7.org/fhir/StructureDefinition/resprate',
  bodyWeight: 'http://hl7.org/fhir/StructureDefinition/bodyweight',
  bodyHeight: 'http://hl7.org/fhir/StructureDefinition/bodyheight',
} as const;

export const fhirJson = 'application/fhir+json';
export const fhirVersion = '4.0.1';
