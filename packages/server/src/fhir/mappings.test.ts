import { allScaleIds, getScale } from '@chairside/domain';
import type { Resource } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { fhirSchemaErrors } from '../../test/fhir-schema.js';
import { capabilityStatement, operationOutcome } from './bundle.js';
import { fixtureRecord } from '../../test/fhir-fixture.js';
import { auditActionCode, toFhirAuditEvent } from './map-care.js';
import { toFhirQuestionnaire } from './map-questionnaires.js';
import { deviceReadingObservations } from './map-vitals.js';
import { everythingResources } from './resources.js';

const resources = everythingResources(fixtureRecord);
const ofType = (type: string): Resource[] => resources.filter((r) => r.resourceType === type);

const device = deviceReadingObservations({
  id: '83a4b4a6-df92-44f6-92e9-b1a3b4c0e398',
  deviceId: 'MON-7',
  patientId: null,
  reading: {
    kind: 'vitals',
    source: 'device',
    takenAt: '2026-10-05T14:20:00.000Z',
    status: 'final',
    systolicMmHg: 138,
    diastolicMmHg: 86,
    heartRateBpm: 88,
    spo2Pct: 97,
    respiratoryRatePerMin: 14,
    etco2MmHg: 38,
  },
});

const audit = toFhirAuditEvent({
  seq: 7,
  id: '94b5c5b7-e0a3-4507-a3fa-c2b4c5d1f4a9',
  at: '2026-10-01T09:00:00.000Z',
  actorUserId: fixtureRecord.practitioners[0]?.id ?? null,
  actorUsername: 'nurse.patel',
  actorRole: 'nurse',
  action: 'intake.create',
  recordType: 'intake_version',
  recordId: fixtureRecord.intake?.id ?? null,
  patientId: fixtureRecord.patient.id,
  requestId: 'req-1',
  clientAddress: '10.0.0.5',
  changes: null,
  prevHash: 'a',
  hash: 'b',
});

/**
 * The npm copy of the schema is the R4 4.0.0 publication; its fhirVersion list predates the
 * 4.0.1 technical correction we declare. Only that one value is swapped for the check.
 */
const asPublished = (r: Resource): Resource =>
  r.resourceType === 'CapabilityStatement' ? { ...r, fhirVersion: '4.0.0' } : r;

const types = [
  'Patient',
  'Practitioner',
  'Condition',
  'AllergyIntolerance',
  'MedicationStatement',
  'Observation',
  'QuestionnaireResponse',
  'Questionnaire',
  'Consent',
  'CarePlan',
  'Appointment',
  'Encounter',
  'MedicationAdministration',
] as const;

describe('FHIR R4 mappings (golden files)', () => {
  it.each(types)('%s matches its golden file', async (type) => {
    await expect(JSON.stringify(ofType(type), null, 2)).toMatchFileSnapshot(`__golden__/${type}.json`);
  });

  it('maps device readings and audit events to their golden files', async () => {
    await expect(JSON.stringify(device, null, 2)).toMatchFileSnapshot('__golden__/Observation-device.json');
    await expect(JSON.stringify(audit, null, 2)).toMatchFileSnapshot('__golden__/AuditEvent.json');
  });

  it('produces every resource type valid against the official R4 JSON schema', () => {
    const all: Resource[] = [
      ...resources,
      ...device,
      audit,
      ...allScaleIds.map((id) => toFhirQuestionnaire(getScale(id))),
      operationOutcome('not-found', 'No such patient'),
      capabilityStatement('http://x/fhir/R4', '1', '2026-10-01T00:00:00Z', [
        { type: 'Patient', read: true, params: [] },
      ]),
    ];
    const seen = new Set(all.map((r) => r.resourceType));
    expect([...seen].sort()).toEqual([...types, 'AuditEvent', 'OperationOutcome', 'CapabilityStatement'].sort());
    for (const resource of all) {
      expect(fhirSchemaErrors(asPublished(resource)), `${resource.resourceType}/${resource.id ?? ''}`).toEqual([]);
    }
  }, 60_000);

  it('codes PHQ-9 with its LOINC panel, total, items and answers', () => {
    const questionnaire = toFhirQuestionnaire(getScale('phq-9'));
    expect(questionnaire.code?.[0]?.code).toBe('44249-1');
    expect(questionnaire.item?.[8]?.code?.[0]?.code).toBe('44260-8');
    const total = ofType('Observation').find((o) => o.id?.endsWith('-total')) as {
      code: { coding: { code: string }[] };
    };
    expect(total.code.coding[0]?.code).toBe('44261-6');
  });

  it('carries vital signs with the vital-signs profile, LOINC codes and UCUM units', () => {
    const bp = device.find((o) => o.id?.endsWith('-bp'));
    expect(bp?.meta?.profile).toContain('http://hl7.org/fhir/StructureDefinition/vitalsigns');
    expect(bp?.component?.map((c) => c.code.coding?.[0]?.code)).toEqual(['8480-6', '8462-4']);
    expect(bp?.component?.[0]?.valueQuantity).toMatchObject({ system: 'http://unitsofmeasure.org', code: 'mm[Hg]' });
    const weight = ofType('Observation').find((o) => o.id?.endsWith('-wt')) as {
      valueQuantity: { value: number; code: string };
    };
    expect(weight.valueQuantity).toMatchObject({ value: 80, code: 'kg' });
  });

  it('gives the session dose with its route (SNOMED CT) and pump rate (UCUM mL/h)', () => {
    const dose = ofType('MedicationAdministration')[0] as {
      dosage: {
        route: { coding: { code: string }[] };
        dose: { value: number };
        rateQuantity: { value: number; code: string };
      };
      context: { reference: string };
    };
    expect(dose.dosage.route.coding[0]?.code).toBe('47625008');
    expect(dose.dosage.dose.value).toBe(40);
    expect(dose.dosage.rateQuantity).toMatchObject({ value: 6, code: 'mL/h' });
    expect(dose.context.reference).toMatch(/^Encounter\//);
  });

  it('names the FHIR action of audited actions', () => {
    expect(auditActionCode('patient.read')).toBe('R');
    expect(auditActionCode('patient.register')).toBe('C');
    expect(auditActionCode('patient.amend')).toBe('U');
    expect(auditActionCode('monitor.ingest')).toBe('E');
  });
});
