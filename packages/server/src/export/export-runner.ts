/**
 * The full export: every patient's record as FHIR R4 NDJSON (bulk-data style, one file per
 * resource type, with a manifest), the same facts as CSV, treatment sessions (with their journal,
 * manual vital signs and alerts), the controlled-substance ledger with its hash chain, monitor
 * readings and the audit log, zipped into one file. It runs in the background in small batches, each its own short
 * transaction, and yields to the event loop between batches so the clinic's requests go first.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setImmediate as yieldToClinic } from 'node:timers/promises';
import { allScaleIds, getScale } from '@chairside/domain';
import type { Resource } from '@medplum/fhirtypes';
import { ZipArchive } from 'archiver';
import { loadSnapshot } from '../app/records/read-record.js';
import type { ExportJobStore } from '../app/continuity-ports.js';
import type { AppDeps, RequestContext } from '../app/ports.js';
import { toFhirAuditEvent } from '../fhir/map-care.js';
import { toFhirPractitioner } from '../fhir/map-patient.js';
import { toFhirQuestionnaire } from '../fhir/map-questionnaires.js';
import { deviceReadingObservations } from '../fhir/map-vitals.js';
import { patientResources } from '../fhir/resources.js';
import { csvLine } from './csv.js';

const batchSize = 25;
const scanSize = 500;

const csvHeaders = {
  'patients.csv': [
    'id',
    'mrn',
    'given',
    'family',
    'preferred',
    'date_of_birth',
    'sex_at_birth',
    'phone',
    'email',
    'city',
    'region',
    'created_at',
  ],
  'scores.csv': [
    'patient_id',
    'response_id',
    'scale',
    'taken_at',
    'complete',
    'total',
    'band',
    'entered_by',
    'entered_by_role',
  ],
  'courses.csv': [
    'patient_id',
    'course_id',
    'protocol',
    'protocol_version',
    'phase',
    'target_sessions',
    'sessions_per_week',
    'status',
    'started_at',
  ],
  'appointments.csv': [
    'patient_id',
    'appointment_id',
    'type',
    'status',
    'starts_at',
    'ends_at',
    'course_id',
    'booked_by',
  ],
  'medications.csv': ['patient_id', 'source', 'name', 'dose', 'unit', 'frequency'],
  'conditions.csv': ['patient_id', 'source', 'code', 'text', 'onset'],
  'readings.csv': [
    'reading_id',
    'device_id',
    'chair',
    'taken_at',
    'status',
    'systolic_mm_hg',
    'diastolic_mm_hg',
    'heart_rate_bpm',
    'spo2_pct',
    'respiratory_rate_per_min',
    'etco2_mm_hg',
  ],
  'sessions.csv': [
    'id',
    'patient_id',
    'course_id',
    'appointment_id',
    'protocol_id',
    'protocol_version',
    'dose_plan_id',
    'route',
    'chair',
    'state',
    'dosing_sub_state',
    'created_at',
    'checked_in_at',
    'dosing_started_at',
    'dosing_ended_at',
    'ended_at',
    'abort_reason',
  ],
  'session_journal.csv': ['session_id', 'id', 'kind', 'at', 'recorded_at', 'by', 'summary', 'data_json'],
  'session_vitals.csv': [
    'session_id',
    'id',
    'taken_at',
    'systolic_mm_hg',
    'diastolic_mm_hg',
    'heart_rate_bpm',
    'spo2_pct',
    'respiratory_rate_per_min',
    'etco2_mm_hg',
    'corrects_reading_id',
    'correction_reason',
    'recorded_at',
    'recorded_by',
  ],
  'session_alerts.csv': [
    'session_id',
    'id',
    'kind',
    'rule',
    'severity',
    'phase',
    'message',
    'observed_at',
    'raised_at',
    'reading_id',
    'reading_source',
    'resolved_at',
    'resolved_by',
    'resolution_action',
    'resolution_note',
    'seconds_to_resolve',
  ],
  'ledger_events.csv': [
    'sequence',
    'id',
    'at',
    'by',
    'type',
    'container_id',
    'session_id',
    'patient_id',
    'amount_mg',
    'event_json',
    'previous_hash',
    'hash',
  ],
  'audit.csv': [
    'seq',
    'id',
    'at',
    'actor',
    'role',
    'action',
    'record_type',
    'record_id',
    'patient_id',
    'request_id',
    'prev_hash',
    'hash',
  ],
} as const;
type CsvName = keyof typeof csvHeaders;

class Files {
  private readonly streams = new Map<string, WriteStream>();
  readonly counts: Record<string, number> = {};
  constructor(private readonly dir: string) {}

  private async write(name: string, text: string): Promise<void> {
    let stream = this.streams.get(name);
    if (!stream) {
      stream = createWriteStream(join(this.dir, name), { mode: 0o600 });
      this.streams.set(name, stream);
      if (name in csvHeaders) {
        stream.write(csvLine(csvHeaders[name as CsvName]));
      }
    }
    if (!stream.write(text)) {
      const waiting = stream;
      await new Promise<void>((resolve) =>
        waiting.once('drain', () => {
          resolve();
        }),
      );
    }
  }

  async resource(resource: Resource, file = `${resource.resourceType}.ndjson`): Promise<void> {
    this.counts[file] = (this.counts[file] ?? 0) + 1;
    await this.write(file, `${JSON.stringify(resource)}\n`);
  }

  /** Every CSV file with its header, so a table with no rows is still in the export. */
  async headers(): Promise<void> {
    for (const name of Object.keys(csvHeaders)) {
      this.counts[name] = this.counts[name] ?? 0;
      await this.write(name, '');
    }
  }

  async row(name: CsvName, fields: Parameters<typeof csvLine>[0]): Promise<void> {
    this.counts[name] = (this.counts[name] ?? 0) + 1;
    await this.write(name, csvLine(fields));
  }

  async close(): Promise<void> {
    await Promise.all(
      [...this.streams.values()].map(
        (s) =>
          new Promise<void>((resolve, reject) =>
            s.end((e?: Error | null) => {
              if (e) {
                reject(e);
              } else {
                resolve();
              }
            }),
          ),
      ),
    );
  }
}

export interface ExportContext {
  readonly deps: AppDeps;
  readonly ctx: RequestContext;
  readonly exportDir: string;
  readonly jobId: string;
}

async function progress(
  c: ExportContext,
  changes: Omit<Parameters<ExportJobStore['update']>[1], 'updatedAt'>,
): Promise<void> {
  await c.deps.tx.run((s) => s.exportJobs.update(c.jobId, { ...changes, updatedAt: c.deps.clock.now().toISOString() }));
}

async function exportPatients(c: ExportContext, files: Files): Promise<void> {
  const total = await c.deps.tx.run((s) => s.records.countPatients());
  await progress(c, { status: 'running', stage: 'patients', done: 0, total });
  let after: string | null = null;
  let done = 0;
  for (;;) {
    const ids: string[] = await c.deps.tx.run((s) => s.records.patientIds(after, batchSize));
    if (ids.length === 0) {
      break;
    }
    const snapshots = await c.deps.tx.run(async (s) =>
      Promise.all(ids.map((id) => loadSnapshot(s, id, c.deps.clock.now().toISOString()))),
    );
    for (const r of snapshots) {
      for (const resource of patientResources(r)) {
        await files.resource(resource);
      }
      const p = r.patient;
      await files.row('patients.csv', [
        p.id,
        p.mrn,
        p.legalGivenName,
        p.legalFamilyName,
        p.preferredName,
        p.dateOfBirth,
        p.sexAtBirth,
        p.phone,
        p.email,
        p.city,
        p.region,
        p.createdAt,
      ]);
      for (const q of r.responses) {
        await files.row('scores.csv', [
          p.id,
          q.id,
          q.scaleId,
          q.takenAt,
          q.complete,
          q.total,
          q.bandLabel,
          q.enteredByUsername,
          q.enteredByRole,
        ]);
      }
      for (const k of r.courses) {
        await files.row('courses.csv', [
          p.id,
          k.id,
          k.protocolId,
          k.protocolVersion,
          k.phase,
          k.targetSessions,
          k.sessionsPerWeek,
          k.status,
          k.startedAt,
        ]);
      }
      for (const a of r.appointments) {
        await files.row('appointments.csv', [
          p.id,
          a.id,
          a.type,
          a.status,
          a.startsAt,
          a.endsAt,
          a.courseId,
          a.bookedByUsername,
        ]);
      }
      for (const m of r.intake?.data.medications ?? []) {
        await files.row('medications.csv', [p.id, 'intake', m.name, m.dose, m.unit, m.frequency]);
      }
      for (const m of r.external.flatMap((e) => e.medications)) {
        await files.row('medications.csv', [p.id, 'imported', m.name, m.dose, m.unit, m.frequency]);
      }
      for (const k of r.intake?.data.conditions ?? []) {
        await files.row('conditions.csv', [p.id, 'intake', k.code, k.note, k.onsetDate]);
      }
      for (const k of r.external.flatMap((e) => e.conditions)) {
        await files.row('conditions.csv', [p.id, 'imported', k.coding[0]?.code, k.text, k.onsetDate]);
      }
    }
    done += ids.length;
    after = ids.at(-1) ?? null;
    await progress(c, { done });
    await yieldToClinic();
  }
  // The record of every export read is in the audit log, with the count.
  await auditExport(c, 'export.read-patients', { patients: done });
}

/** Every export read and the finished export are in the audit log, with their counts. */
function auditExport(c: ExportContext, action: string, changes: Record<string, unknown>): Promise<void> {
  return c.deps.tx.run((s) => s.audit.append(c.ctx, { action, recordType: 'export', recordId: c.jobId, changes }));
}

async function exportSessions(c: ExportContext, files: Files): Promise<void> {
  await progress(c, { stage: 'sessions' });
  let after: string | null = null;
  let read = 0;
  for (;;) {
    const ids: string[] = await c.deps.tx.run((s) => s.records.patientIds(after, batchSize));
    if (ids.length === 0) {
      break;
    }
    const batch = await c.deps.tx.run(async (s) => {
      const out = [];
      for (const id of ids) {
        for (const row of await s.treatmentSessions.listForPatient(id)) {
          const [journal, readings, alerts] = await Promise.all([
            s.treatmentSessions.journal(row.id),
            s.treatmentSessions.readings(row.id),
            s.treatmentSessions.alerts(row.id),
          ]);
          out.push({ row, journal, readings, alerts });
        }
      }
      return out;
    });
    for (const { row: r, journal, readings, alerts } of batch) {
      await files.row('sessions.csv', [
        r.id,
        r.patientId,
        r.courseId,
        r.appointmentId,
        r.protocolId,
        r.protocolVersion,
        r.dosePlanId,
        r.route,
        r.chairName,
        r.state,
        r.dosingSubState,
        r.createdAt,
        r.checkedInAt,
        r.dosingStartedAt,
        r.dosingEndedAt,
        r.endedAt,
        r.abortReason,
      ]);
      for (const e of journal) {
        await files.row('session_journal.csv', [
          r.id,
          e.id,
          e.kind,
          e.at,
          e.recordedAt,
          e.byUsername,
          e.summary,
          JSON.stringify(e.data),
        ]);
      }
      for (const v of readings) {
        await files.row('session_vitals.csv', [
          r.id,
          v.id,
          v.takenAt,
          v.systolicMmHg,
          v.diastolicMmHg,
          v.heartRateBpm,
          v.spo2Pct,
          v.respiratoryRatePerMin,
          v.etco2MmHg,
          v.correctsReadingId,
          v.correctionReason,
          v.recordedAt,
          v.recordedByUsername,
        ]);
      }
      for (const a of alerts) {
        await files.row('session_alerts.csv', [
          r.id,
          a.id,
          a.kind,
          a.rule,
          a.severity,
          a.phase,
          a.message,
          a.observedAt,
          a.raisedAt,
          a.readingId,
          a.readingSource,
          a.resolution?.at,
          a.resolution?.byUsername,
          a.resolution?.action,
          a.resolution?.note,
          a.resolution?.secondsToResolve,
        ]);
      }
    }
    read += batch.length;
    after = ids.at(-1) ?? null;
    await yieldToClinic();
  }
  await auditExport(c, 'export.read-sessions', { sessions: read });
}

/** Every ledger event in sequence, with the hash chain (previous_hash → hash) to verify it offline. */
async function exportLedger(c: ExportContext, files: Files): Promise<void> {
  await progress(c, { stage: 'ledger' });
  const events = await c.deps.tx.run((s) => s.ledger.all());
  for (const e of events) {
    const { id, sequence, at, by, previousHash, hash, ...body } = e;
    const fields = body as Partial<Record<'containerId' | 'sessionId' | 'patientId', string>> &
      Partial<Record<'amountMg' | 'countedMg' | 'deltaMg', number>>;
    await files.row('ledger_events.csv', [
      sequence,
      id,
      at,
      by,
      e.type,
      fields.containerId,
      fields.sessionId,
      fields.patientId,
      fields.amountMg ?? fields.countedMg ?? fields.deltaMg,
      JSON.stringify(body),
      previousHash,
      hash,
    ]);
  }
  await auditExport(c, 'export.read-ledger', { events: events.length });
}

async function exportReadings(c: ExportContext, files: Files): Promise<void> {
  await progress(c, { stage: 'readings' });
  let after = 0;
  for (;;) {
    const batch = await c.deps.tx.run((s) => s.records.deviceReadings(after, scanSize));
    if (batch.length === 0) {
      break;
    }
    for (const { reading: r } of batch) {
      const observations = deviceReadingObservations({
        id: r.id,
        deviceId: r.deviceId,
        reading: r.reading,
        patientId: null,
      });
      for (const o of observations) {
        await files.resource(o, 'Observation-device.ndjson');
      }
      const m = r.reading;
      await files.row('readings.csv', [
        r.id,
        r.deviceId,
        r.chairLabel,
        m.takenAt,
        m.status,
        m.systolicMmHg,
        m.diastolicMmHg,
        m.heartRateBpm,
        m.spo2Pct,
        m.respiratoryRatePerMin,
        m.etco2MmHg,
      ]);
    }
    after = batch.at(-1)?.seq ?? after;
    await yieldToClinic();
  }
}

async function exportAudit(c: ExportContext, files: Files): Promise<void> {
  await progress(c, { stage: 'audit' });
  let after = 0;
  for (;;) {
    const batch = await c.deps.tx.run((s) => s.audit.scan(after, scanSize));
    if (batch.length === 0) {
      break;
    }
    for (const e of batch) {
      await files.resource(toFhirAuditEvent(e));
      await files.row('audit.csv', [
        e.seq,
        e.id,
        e.at,
        e.actorUsername,
        e.actorRole,
        e.action,
        e.recordType,
        e.recordId,
        e.patientId,
        e.requestId,
        e.prevHash,
        e.hash,
      ]);
    }
    after = batch.at(-1)?.seq ?? after;
    await yieldToClinic();
  }
}

async function exportDefinitions(c: ExportContext, files: Files): Promise<void> {
  for (const id of allScaleIds) {
    await files.resource(toFhirQuestionnaire(getScale(id)));
  }
  const users = await c.deps.tx.run((s) => s.users.list());
  for (const u of users.filter((x) => x.role !== 'patient')) {
    await files.resource(
      toFhirPractitioner({
        id: u.id,
        username: u.username,
        displayName: u.displayName,
        role: u.role,
        active: u.active,
      }),
    );
  }
}

function zipDirectory(dir: string, names: readonly string[], target: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const output = createWriteStream(target, { mode: 0o600 });
    const archive = new ZipArchive({ zlib: { level: 6 } });
    output.on('close', () => {
      resolve();
    });
    archive.on('error', reject);
    archive.pipe(output);
    for (const name of names) {
      archive.file(join(dir, name), { name });
    }
    void archive.finalize();
  });
}

/** Runs one export job to the end; a failure is recorded on the job, never thrown. */
export async function runExport(c: ExportContext): Promise<void> {
  const started = c.deps.clock.now().toISOString();
  const work = join(c.exportDir, `${c.jobId}.part`);
  try {
    await mkdir(work, { recursive: true, mode: 0o700 });
    const files = new Files(work);
    await files.headers();
    await exportPatients(c, files);
    await exportSessions(c, files);
    await exportLedger(c, files);
    await exportReadings(c, files);
    await exportAudit(c, files);
    await exportDefinitions(c, files);
    await files.close();
    const names = Object.keys(files.counts).sort();
    const manifest = {
      transactionTime: started,
      request: 'Chairside full export',
      requiresAccessToken: true,
      output: names
        .filter((n) => n.endsWith('.ndjson'))
        .map((n) => ({ type: n.replace(/(-device)?\.ndjson$/, ''), url: n, count: files.counts[n] })),
      csv: names.filter((n) => n.endsWith('.csv')).map((n) => ({ url: n, rows: files.counts[n] })),
      error: [],
    };
    await writeFile(join(work, 'manifest.json'), JSON.stringify(manifest, null, 2), { mode: 0o600 });
    await progress(c, { stage: 'zip' });
    const fileName = `chairside-export-${started.slice(0, 19).replace(/[:T]/g, '-')}.zip`;
    const target = join(c.exportDir, `${c.jobId}.zip`);
    await zipDirectory(work, ['manifest.json', ...names], target);
    const bytes = (await stat(target)).size;
    await rm(work, { recursive: true, force: true });
    const finishedAt = c.deps.clock.now().toISOString();
    await progress(c, { status: 'done', stage: 'done', fileName, bytes, counts: files.counts, finishedAt });
    await auditExport(c, 'export.complete', { bytes, counts: files.counts });
  } catch (error) {
    await rm(work, { recursive: true, force: true }).catch(() => undefined);
    const message = error instanceof Error ? error.message : String(error);
    await progress(c, {
      status: 'failed',
      stage: 'failed',
      error: message.slice(0, 500),
      finishedAt: c.deps.clock.now().toISOString(),
    });
  }
}
