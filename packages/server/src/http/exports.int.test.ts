import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Bundle, Resource } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fhirSchemaErrors } from '../../test/fhir-schema.js';
import { portalAgentFor } from '../../test/portal-helpers.js';
import { createTestApp, type Agent, type TestApp } from '../../test/test-app.js';
import { databaseKinds } from '../../test/databases.js';
import { loadDemoClinic } from '../demo/load-demo.js';

interface Job {
  id: string;
  status: string;
  stage: string;
  done: number;
  total: number;
  fileName: string | null;
  counts: Record<string, number> | null;
  error: string | null;
}

describe.each(databaseKinds)('full export on %s', (kind) => {
  let t: TestApp;
  let admin: Agent;
  const scratch = mkdtempSync(join(tmpdir(), 'chairside-export-test-'));

  beforeAll(async () => {
    t = await createTestApp(kind);
    await loadDemoClinic(t.deps);
    admin = await t.as('admin');
  });
  afterAll(async () => {
    await t.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  const poll = async (id: string): Promise<Job> => {
    for (let i = 0; i < 600; i += 1) {
      const jobs = (await admin.request({ method: 'GET', url: '/api/exports' })).json<Job[]>();
      const job = jobs.find((j) => j.id === id);
      if (job && (job.status === 'done' || job.status === 'failed')) {
        return job;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the export did not finish');
  };

  it('exports everything in the background as FHIR NDJSON and CSV, zipped, and serves it to an admin', async () => {
    const started = await admin.request({ method: 'POST', url: '/api/exports' });
    expect(started.statusCode, started.body).toBe(202);
    const { id } = started.json<Job>();
    // The clinic keeps working while the export runs.
    const nurse = await t.as('nurse');
    expect((await nurse.request({ method: 'GET', url: '/api/patients?q=Ellison' })).statusCode).toBe(200);
    const second = await admin.request({ method: 'POST', url: '/api/exports' });
    expect([202, 409]).toContain(second.statusCode);

    const job = await poll(id);
    expect(job.error).toBeNull();
    expect(job.status).toBe('done');
    expect(job.done).toBe(job.total);
    expect(job.counts?.['Patient.ndjson']).toBe(20);
    expect(job.counts?.['patients.csv']).toBe(20);
    expect(job.counts?.['AuditEvent.ndjson']).toBeGreaterThan(50);
    expect(job.counts?.['scores.csv']).toBe(30); // intake and outcome questionnaires of the demo clinic

    const download = await admin.request({ method: 'GET', url: `/api/exports/${id}/download` });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/zip');
    const zip = join(scratch, `${kind}.zip`);
    writeFileSync(zip, download.rawPayload);
    const unpacked = join(scratch, kind);
    execFileSync('unzip', ['-q', zip, '-d', unpacked]);
    const manifest = JSON.parse(readFileSync(join(unpacked, 'manifest.json'), 'utf8')) as {
      output: { type: string; url: string; count: number }[];
    };
    const types = new Set<string>();
    for (const output of manifest.output) {
      const lines = readFileSync(join(unpacked, output.url), 'utf8').trim().split('\n');
      expect(lines.length, output.url).toBe(output.count);
      for (const line of lines) {
        const resource = JSON.parse(line) as Resource;
        types.add(resource.resourceType);
        expect(fhirSchemaErrors(resource), `${output.url}: ${resource.resourceType}/${resource.id ?? ''}`).toEqual([]);
      }
    }
    expect([...types].sort()).toEqual(
      expect.arrayContaining([
        'AuditEvent',
        'Condition',
        'MedicationStatement',
        'Observation',
        'Patient',
        'Questionnaire',
      ]),
    );
    expect(readFileSync(join(unpacked, 'patients.csv'), 'utf8').split('\r\n')[0]).toBe(
      'id,mrn,given,family,preferred,date_of_birth,sex_at_birth,phone,email,city,region,created_at',
    );

    // Treatment sessions (the demo board has two) with their journal, manual vitals and alerts.
    const rows = (name: string): string[][] =>
      readFileSync(join(unpacked, name), 'utf8')
        .split('\r\n')
        .filter((line) => line !== '')
        .map((line) => line.split(','));
    expect(job.counts?.['sessions.csv']).toBeGreaterThanOrEqual(2);
    expect(rows('sessions.csv')[0]?.slice(0, 3)).toEqual(['id', 'patient_id', 'course_id']);
    expect(job.counts?.['session_journal.csv']).toBeGreaterThan(2);
    expect(job.counts?.['session_vitals.csv']).toBeGreaterThanOrEqual(2);
    expect(rows('session_alerts.csv')[0]).toEqual(expect.arrayContaining(['rule', 'severity', 'resolved_by']));
    const sessionIds = new Set(
      rows('sessions.csv')
        .slice(1)
        .map((r) => r[0]),
    );
    for (const r of rows('session_journal.csv').slice(1)) {
      expect(sessionIds.has(r[0])).toBe(true);
    }
    // The controlled-substance ledger in sequence, its hash chain unbroken.
    const ledgerLines = readFileSync(join(unpacked, 'ledger_events.csv'), 'utf8').split('\r\n').filter(Boolean);
    expect(ledgerLines[0]).toBe(
      'sequence,id,at,by,type,container_id,session_id,patient_id,amount_mg,event_json,previous_hash,hash',
    );
    const chain = ledgerLines.slice(1).map((line) => {
      const fields = line.split(',');
      return { sequence: Number(fields[0]), previousHash: fields.at(-2), hash: fields.at(-1) };
    });
    expect(chain.length).toBe(job.counts?.['ledger_events.csv']);
    expect(chain.length).toBeGreaterThan(2);
    chain.forEach((e, i) => {
      expect(e.sequence).toBe(i + 1);
      expect(e.hash).toMatch(/^[0-9a-f]{64}$/);
      if (i > 0) {
        expect(e.previousHash).toBe(chain[i - 1]?.hash);
      }
    });

    const audit = await admin.request({ method: 'GET', url: '/api/audit?recordType=export' });
    expect(audit.json<{ items: { action: string }[] }>().items.map((e) => e.action)).toEqual(
      expect.arrayContaining([
        'export.start',
        'export.read-sessions',
        'export.read-ledger',
        'export.complete',
        'export.download',
      ]),
    );
  });

  it('lets only an admin export, and a patient download only their own record', async () => {
    const physician = await t.as('physician');
    expect((await physician.request({ method: 'POST', url: '/api/exports' })).statusCode).toBe(403);
    const desk = await t.as('front_desk');
    const found = await desk.request({ method: 'GET', url: '/api/patients?q=Ellison' });
    const patientId = found.json<{ items: { id: string }[] }>().items[0]?.id ?? '';
    const patient = await portalAgentFor(t, desk, patientId, `export.portal.${kind}`);
    const own = await patient.request({ method: 'GET', url: '/api/portal/record' });
    expect(own.statusCode).toBe(200);
    expect(own.headers['content-disposition']).toContain('attachment');
    const bundle = own.json<Bundle>();
    const patients = (bundle.entry ?? []).filter((e) => e.resource?.resourceType === 'Patient');
    expect(patients.map((e) => e.resource?.id)).toEqual([patientId]);
    expect((bundle.entry ?? []).some((e) => e.resource?.resourceType === 'QuestionnaireResponse')).toBe(true);
    expect((await patient.request({ method: 'GET', url: '/api/exports' })).statusCode).toBe(403);
  });
});
