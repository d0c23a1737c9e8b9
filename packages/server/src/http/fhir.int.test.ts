import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Bundle, Resource } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fhirSchemaErrors } from '../../test/fhir-schema.js';
import { portalAgentFor, registerTestPatient } from '../../test/portal-helpers.js';
import { createTestApp, type Agent, type TestApp } from '../../test/test-app.js';
import { databaseKinds } from '../../test/databases.js';
import { loadDemoClinic } from '../demo/load-demo.js';

const asPublished = (r: Resource): Resource =>
  r.resourceType === 'CapabilityStatement' ? { ...r, fhirVersion: '4.0.0' } : r;

describe.each(databaseKinds)('FHIR R4 API on %s', (kind) => {
  let t: TestApp;
  let physician: Agent;
  let admin: Agent;
  let demoPatientIds: string[];

  beforeAll(async () => {
    t = await createTestApp(kind);
    await loadDemoClinic(t.deps);
    physician = await t.as('physician');
    admin = await t.as('admin');
    const search = await physician.request({ method: 'GET', url: '/fhir/R4/Patient?_count=100' });
    demoPatientIds = (search.json<Bundle>().entry ?? []).map((e) => e.resource?.id ?? '');
  });
  afterAll(async () => t.close());

  const everything = async (agent: Agent, id: string): Promise<Resource[]> => {
    const response = await agent.request({ method: 'GET', url: `/fhir/R4/Patient/${id}/$everything` });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toContain('application/fhir+json');
    return (response.json<Bundle>().entry ?? []).map((e) => e.resource!);
  };

  it('validates every resource of every demo patient against the official R4 schema', async () => {
    expect(demoPatientIds.length).toBeGreaterThan(5);
    const seen = new Map<string, number>();
    for (const id of demoPatientIds) {
      for (const resource of await everything(physician, id)) {
        seen.set(resource.resourceType, (seen.get(resource.resourceType) ?? 0) + 1);
        expect(fhirSchemaErrors(resource), `${resource.resourceType}/${resource.id ?? ''}`).toEqual([]);
      }
    }
    for (const type of ['Patient', 'Condition', 'AllergyIntolerance', 'MedicationStatement', 'Observation']) {
      expect(seen.get(type), type).toBeGreaterThan(0);
    }
    for (const type of [
      'QuestionnaireResponse',
      'Questionnaire',
      'CarePlan',
      'Practitioner',
      'Encounter',
      'MedicationAdministration',
    ]) {
      expect(seen.get(type), type).toBeGreaterThan(0);
    }
    const extra = [
      await physician.request({ method: 'GET', url: '/fhir/R4/Questionnaire' }),
      await physician.request({ method: 'GET', url: '/fhir/R4/Practitioner' }),
      await admin.request({ method: 'GET', url: '/fhir/R4/AuditEvent?date=ge2000-01-01' }),
      await t.app.inject({ method: 'GET', url: '/fhir/R4/metadata' }),
    ];
    for (const response of extra) {
      expect(response.statusCode, response.body).toBe(200);
      const body = response.json<Resource>();
      const resources = body.resourceType === 'Bundle' ? (body.entry ?? []).map((e) => e.resource!) : [body];
      expect(resources.length).toBeGreaterThan(0);
      for (const resource of [body, ...resources]) {
        expect(fhirSchemaErrors(asPublished(resource)), resource.resourceType).toEqual([]);
      }
    }
  });

  it('searches by patient and date, reads by id, and audits the reads', async () => {
    const id = demoPatientIds[0] ?? '';
    const all = await physician.request({ method: 'GET', url: `/fhir/R4/Observation?patient=Patient/${id}` });
    const observations = all.json<Bundle>().entry ?? [];
    const recent = await physician.request({
      method: 'GET',
      url: `/fhir/R4/Observation?patient=${id}&date=ge${t.clock.now().toISOString().slice(0, 10)}`,
    });
    expect(recent.json<Bundle>().entry?.length ?? 0).toBeLessThanOrEqual(observations.length);
    const old = await physician.request({ method: 'GET', url: `/fhir/R4/Observation?patient=${id}&date=lt2000-01-01` });
    expect(old.json<Bundle>().total).toBe(0);

    const conditions = await physician.request({ method: 'GET', url: `/fhir/R4/Condition?subject=Patient/${id}` });
    const first = conditions.json<Bundle>().entry?.[0]?.resource;
    expect(first?.resourceType).toBe('Condition');
    const read = await physician.request({ method: 'GET', url: `/fhir/R4/Condition/${first?.id ?? ''}` });
    expect(read.statusCode).toBe(200);
    expect(read.json<Resource>()).toEqual(first);

    const audit = await admin.request({ method: 'GET', url: `/api/audit?patientId=${id}&action=fhir.read` });
    expect(audit.statusCode, audit.body).toBe(200);
    expect(audit.json<{ items: unknown[] }>().items.length).toBeGreaterThan(0);
  });

  it('prints a session summary PDF for each demo session', async () => {
    const nurse = await t.as('nurse');
    let printed = 0;
    for (const id of demoPatientIds) {
      const encounters = await physician.request({ method: 'GET', url: `/fhir/R4/Encounter?patient=${id}` });
      for (const entry of encounters.json<Bundle>().entry ?? []) {
        const pdf = await nurse.request({
          method: 'GET',
          url: `/api/sessions/${entry.resource?.id ?? ''}/summary.pdf`,
        });
        expect(pdf.statusCode, pdf.body).toBe(200);
        expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
        writeFileSync(join(tmpdir(), `chairside-session-${kind}-${String(printed)}.pdf`), pdf.rawPayload);
        printed += 1;
      }
    }
    expect(printed).toBeGreaterThan(0);
    const desk = await t.as('front_desk');
    expect(
      (await desk.request({ method: 'GET', url: `/api/sessions/${demoPatientIds[0] ?? ''}/summary.pdf` })).statusCode,
    ).toBe(403);
  });

  it('answers errors as OperationOutcome with the right status', async () => {
    const missing = await physician.request({
      method: 'GET',
      url: '/fhir/R4/Patient/00000000-0000-4000-8000-000000000000',
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toContain('application/fhir+json');
    expect(missing.json<Resource>().resourceType).toBe('OperationOutcome');
    expect(fhirSchemaErrors(missing.json())).toEqual([]);

    const noPatient = await physician.request({ method: 'GET', url: '/fhir/R4/Condition' });
    expect(noPatient.statusCode).toBe(422);
    expect(noPatient.json<{ issue: { code: string }[] }>().issue[0]?.code).toBe('invalid');

    const badDate = await physician.request({
      method: 'GET',
      url: `/fhir/R4/Observation?patient=${demoPatientIds[0] ?? ''}&date=soon`,
    });
    expect(badDate.statusCode).toBe(422);

    const anonymous = await t.app.inject({ method: 'GET', url: '/fhir/R4/Patient' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json<{ issue: { code: string }[] }>().issue[0]?.code).toBe('login');

    const adminClinical = await admin.request({
      method: 'GET',
      url: `/fhir/R4/Condition?patient=${demoPatientIds[0] ?? ''}`,
    });
    expect(adminClinical.statusCode).toBe(403);
    expect(adminClinical.json<{ issue: { code: string }[] }>().issue[0]?.code).toBe('forbidden');
  });

  it('lets a patient read only their own record', async () => {
    const desk = await t.as('front_desk');
    const ownId = await registerTestPatient(desk, 'Fhir', 'Portal');
    const patient = await portalAgentFor(t, desk, ownId, `fhir.portal.${kind}`);
    const own = await patient.request({ method: 'GET', url: '/fhir/R4/Patient' });
    expect(own.json<Bundle>().entry?.map((e) => e.resource?.id)).toEqual([ownId]);
    expect((await patient.request({ method: 'GET', url: '/fhir/R4/Condition' })).statusCode).toBe(200);
    expect((await patient.request({ method: 'GET', url: `/fhir/R4/Patient/${ownId}/$everything` })).statusCode).toBe(
      200,
    );
    const other = await patient.request({ method: 'GET', url: `/fhir/R4/Patient/${demoPatientIds[0] ?? ''}` });
    // Another patient's record answers as if it did not exist.
    expect(other.statusCode).toBe(404);
    const otherSearch = await patient.request({
      method: 'GET',
      url: `/fhir/R4/Observation?patient=${demoPatientIds[0] ?? ''}`,
    });
    expect(otherSearch.statusCode).toBe(404);
    const otherEverything = await patient.request({
      method: 'GET',
      url: `/fhir/R4/Patient/${demoPatientIds[0] ?? ''}/$everything`,
    });
    expect(otherEverything.statusCode).toBe(404);
    expect((await patient.request({ method: 'GET', url: '/fhir/R4/Practitioner' })).statusCode).toBe(403);
  });
});
