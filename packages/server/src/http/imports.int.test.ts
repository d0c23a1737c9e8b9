import { readFileSync } from 'node:fs';
import type { Bundle, Condition, MedicationStatement, Patient, Resource } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestApp } from '../../test/test-app.js';
import { databaseKinds } from '../../test/databases.js';
import { loadDemoClinic } from '../demo/load-demo.js';

const synthea: unknown = JSON.parse(
  readFileSync(new URL('../fhir/__fixtures__/synthea-style-bundle.json', import.meta.url), 'utf8'),
);

const everything = async (agent: Agent, id: string): Promise<Resource[]> => {
  const response = await agent.request({ method: 'GET', url: `/fhir/R4/Patient/${id}/$everything` });
  expect(response.statusCode, response.body).toBe(200);
  return (response.json<Bundle>().entry ?? []).map((e) => e.resource!);
};

/** What must survive the trip: demographics without ids, conditions and medications by code, text and dose. */
function comparable(resources: readonly Resource[]): unknown {
  const patient = resources.find((r): r is Patient => r.resourceType === 'Patient');
  const { id: _id, meta: _meta, identifier: _identifier, ...demographics } = patient ?? {};
  const conditions = resources
    .filter((r): r is Condition => r.resourceType === 'Condition')
    .map((c) => ({ code: c.code, onset: c.onsetDateTime ?? null, status: c.clinicalStatus ?? null }));
  const medications = resources
    .filter((r): r is MedicationStatement => r.resourceType === 'MedicationStatement')
    .map((m) => ({ medication: m.medicationCodeableConcept, dosage: m.dosage, note: m.note ?? null }));
  return { demographics, conditions, medications };
}

describe.each(databaseKinds)('FHIR Bundle import on %s', (kind) => {
  let source: TestApp;
  let target: TestApp;
  let nurse: Agent;

  beforeAll(async () => {
    source = await createTestApp(kind);
    await loadDemoClinic(source.deps);
    target = await createTestApp(kind);
    nurse = await target.as('nurse');
  });
  afterAll(async () => {
    await source.close();
    await target.close();
  });

  it('previews a Synthea-style bundle: what is created, what is skipped and why', async () => {
    const response = await nurse.request({
      method: 'POST',
      url: '/api/imports/fhir/preview',
      payload: { bundle: synthea },
    });
    expect(response.statusCode, response.body).toBe(200);
    const preview = response.json<{
      patient: { legalFamilyName: string };
      conditions: unknown[];
      medications: unknown[];
      allergies: unknown[];
      skipped: { resourceType: string; reason: string }[];
      problems: string[];
    }>();
    expect(preview.patient.legalFamilyName).toBe('Okonkwo');
    expect([preview.conditions.length, preview.medications.length, preview.allergies.length]).toEqual([2, 2, 1]);
    expect(preview.skipped.map((s) => s.resourceType)).toEqual(
      expect.arrayContaining(['Condition', 'MedicationRequest', 'Observation', 'Claim', 'Encounter']),
    );
    expect(preview.problems).toEqual([]);
    const patients = await nurse.request({ method: 'GET', url: '/api/patients?q=Okonkwo' });
    expect(patients.json<{ total: number }>().total).toBe(0);
  });

  it('registers the patient on confirm, audited, and lists the outside record', async () => {
    const response = await nurse.request({ method: 'POST', url: '/api/imports/fhir', payload: { bundle: synthea } });
    expect(response.statusCode, response.body).toBe(201);
    const result = response.json<{ patientId: string; mrn: string; medications: number }>();
    expect(result.medications).toBe(2);
    const records = await nurse.request({ method: 'GET', url: `/api/patients/${result.patientId}/external-records` });
    expect(records.json<{ conditions: { text: string }[] }[]>()[0]?.conditions.map((c) => c.text)).toEqual([
      'Essential hypertension',
      'Major depressive disorder',
    ]);
    const admin = await target.as('admin');
    const audit = await admin.request({ method: 'GET', url: `/api/audit?patientId=${result.patientId}` });
    expect(audit.json<{ items: { action: string }[] }>().items.map((e) => e.action)).toEqual(
      expect.arrayContaining(['patient.register', 'import.confirm']),
    );
    const again = await nurse.request({
      method: 'POST',
      url: '/api/imports/fhir/preview',
      payload: { bundle: synthea },
    });
    expect(again.json<{ possibleDuplicates: { mrn: string }[] }>().possibleDuplicates.map((d) => d.mrn)).toEqual([
      result.mrn,
    ]);
  });

  it('refuses a bundle without a patient and changes nothing', async () => {
    const response = await nurse.request({
      method: 'POST',
      url: '/api/imports/fhir',
      payload: { bundle: { resourceType: 'Bundle', entry: [] } },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe('bundle');
    const admin = await target.as('admin');
    expect(
      (await admin.request({ method: 'POST', url: '/api/imports/fhir', payload: { bundle: synthea } })).statusCode,
    ).toBe(403);
  });

  it('round-trips $everything of every screened demo patient through import into an empty database', async () => {
    const physician = await source.as('physician');
    const search = await physician.request({ method: 'GET', url: '/fhir/R4/Patient?_count=100' });
    let compared = 0;
    for (const entry of search.json<Bundle>().entry ?? []) {
      const original = await everything(physician, entry.resource?.id ?? '');
      if (!original.some((r) => r.resourceType === 'MedicationStatement')) {
        continue;
      }
      const bundle = { resourceType: 'Bundle', type: 'searchset', entry: original.map((resource) => ({ resource })) };
      const imported = await nurse.request({ method: 'POST', url: '/api/imports/fhir', payload: { bundle } });
      expect(imported.statusCode, imported.body).toBe(201);
      const copy = await everything(nurse, imported.json<{ patientId: string }>().patientId);
      expect(comparable(copy)).toEqual(comparable(original));
      compared += 1;
    }
    expect(compared).toBeGreaterThanOrEqual(2);
  });
});
