import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestApp } from '../../test/test-app.js';
import { databaseKinds } from '../../test/databases.js';
import { cleanIntake } from '../../test/intake-fixtures.js';

const at = '2026-11-22T08:30:00Z';

interface Problem {
  code: string;
  status: number;
  errors?: { field: string; message: string }[];
}
interface Finding {
  severity: string;
  rule: string;
  message: string;
}
interface Screening {
  id: string;
  status: string;
  protocolRef: string;
  result: { decision: string; findings: Finding[]; medications: { name: string; action: string }[] };
  signature: { decision: string; signedBy: string } | null;
}

describe.each(databaseKinds)('intake, screening and consent API on %s', (kind) => {
  let t: TestApp;
  let desk: Agent;
  let nurse: Agent;
  let doc: Agent;
  let patientId: string;

  const count = async (table: string): Promise<number> => {
    const result = await t.db.db.execute(sql.raw(`select count(*)::int as n from ${table}`));
    const rows = Array.isArray(result) ? result : (result as { rows: { n: number }[] }).rows;
    return (rows[0] as { n: number }).n;
  };
  const newPatient = async (): Promise<string> => {
    const payload = {
      legalGivenName: 'Sam',
      legalFamilyName: 'Rivera',
      dateOfBirth: '1980-06-15',
      sexAtBirth: 'male',
      careTeam: [],
    };
    return (await desk.request({ method: 'POST', url: '/api/patients', payload })).json<{ id: string }>().id;
  };
  const refusal = async (statement: string): Promise<string> => {
    const error = await t.db.db.execute(sql.raw(statement)).then(
      () => null,
      (e: unknown) => e as Error & { cause?: Error },
    );
    return String(error?.cause?.message ?? error?.message);
  };
  const intake = (id: string, payload: unknown, agent = desk) =>
    agent.request({ method: 'POST', url: `/api/patients/${id}/intakes`, payload: payload as object });
  const saveScreening = async (id: string, version: number): Promise<Screening> => {
    const r = await nurse.request({
      method: 'POST',
      url: `/api/patients/${id}/screenings`,
      payload: { intakeVersion: version, protocolId: 'iv-depression' },
    });
    expect(r.statusCode).toBe(201);
    return r.json<Screening>();
  };
  const sign = (id: string, payload: object, agent = doc) =>
    agent.request({ method: 'POST', url: `/api/screenings/${id}/sign`, payload });

  beforeAll(async () => {
    t = await createTestApp(kind);
    desk = await t.as('front_desk');
    nurse = await t.as('nurse');
    doc = await t.as('physician');
    patientId = await newPatient();
  });
  afterAll(async () => t.close());

  it('versions intake: a later intake never overwrites an earlier one', async () => {
    const first = await intake(patientId, cleanIntake());
    expect(first.statusCode).toBe(201);
    const second = await intake(
      patientId,
      cleanIntake({ medications: [{ name: 'Zzyzxomab', dose: 5, unit: 'mg', frequency: 'once-daily' }] }),
      nurse,
    );
    expect(second.json<{ version: number; unrecognisedMedications: string[] }>()).toMatchObject({
      version: 2,
      unrecognisedMedications: ['Zzyzxomab'],
    });
    const list = (await desk.request({ method: 'GET', url: `/api/patients/${patientId}/intakes` })).json<
      { version: number; by: string }[]
    >();
    expect(list.map((v) => [v.version, v.by])).toEqual([
      [2, 'test.nurse'],
      [1, 'test.front_desk'],
    ]);
    const v1 = (await desk.request({ method: 'GET', url: `/api/patients/${patientId}/intakes/1` })).json<{
      data: { medications: { name: string }[] };
      derived: { weightKg: number };
    }>();
    expect(v1.data.medications[0]?.name).toBe('sertraline');
    expect(v1.derived.weightKg).toBeCloseTo(79.8, 1);
    expect(await refusal('update intake_versions set version = 9')).toMatch(/append-only/);
  });

  it.each([
    ['weight/value', { weight: { value: -70, unit: 'kg', measuredAt: at } }],
    [
      'vitals/systolicMmHg',
      { vitals: { systolicMmHg: 40, diastolicMmHg: 200, heartRateBpm: 70, spo2Pct: 98, measuredAt: at } },
    ],
    ['height/value', { height: { value: 1200, unit: 'cm', measuredAt: at } }],
  ])('refuses bad input naming %s, and stores nothing', async (field, over) => {
    const before = await count('intake_versions');
    const response = await intake(patientId, cleanIntake(over));
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.json<Problem>().errors?.map((e) => e.field)).toContain(field);
    expect(await count('intake_versions')).toBe(before);
  });

  it('evaluates without saving, then saves a draft', async () => {
    const before = await count('screenings');
    const preview = await desk.request({
      method: 'POST',
      url: `/api/patients/${patientId}/screenings/evaluate`,
      payload: { intakeVersion: 1, protocolId: 'iv-depression' },
    });
    expect(preview.json<{ decision: string }>().decision).toBe('eligible');
    expect(await count('screenings')).toBe(before);
    const saved = await saveScreening(patientId, 1);
    expect(saved).toMatchObject({ status: 'draft', protocolRef: 'iv-depression@1', signature: null });
  });

  it('only a physician signs; a soft-stop needs a note; signed is frozen', async () => {
    const id = await newPatient();
    const bp = cleanIntake({
      vitals: { systolicMmHg: 150, diastolicMmHg: 95, heartRateBpm: 80, spo2Pct: 97, measuredAt: at },
      medications: [{ name: 'lorazepam', dose: 2, unit: 'mg', frequency: 'twice-daily' }],
    });
    expect((await intake(id, bp)).statusCode).toBe(201);
    const screening = await saveScreening(id, 1);
    expect(screening.result.decision).toBe('needs-review');
    const soft = screening.result.findings.map((f, i) => [f, i] as const).filter(([f]) => f.severity === 'soft-stop');
    expect(soft.length).toBeGreaterThan(0);
    const notes = soft.map(([, i]) => ({ findingIndex: i, note: 'Repeat BP after rest 136/86; accepted.' }));

    expect(
      (await sign(screening.id, { decision: 'eligible', softStopNotes: notes, warningsAcknowledged: true }, nurse))
        .statusCode,
    ).toBe(403);
    const noNote = await sign(screening.id, { decision: 'eligible', softStopNotes: [], warningsAcknowledged: true });
    expect(noNote.statusCode).toBe(422);
    expect(noNote.json<Problem>().errors?.[0]?.field).toBe(`softStopNotes/${soft[0]?.[1]}`);
    expect(await count('screening_signatures')).toBe(0);

    const signed = await sign(screening.id, { decision: 'eligible', softStopNotes: notes, warningsAcknowledged: true });
    expect(signed.statusCode).toBe(200);
    expect(signed.json<Screening>()).toMatchObject({
      status: 'signed',
      signature: { decision: 'eligible', signedBy: 'test.physician' },
    });
    expect(
      (await sign(screening.id, { decision: 'ineligible', softStopNotes: [], warningsAcknowledged: false })).statusCode,
    ).toBe(409);
    expect(await refusal("update screenings set decision = 'eligible'")).toMatch(/append-only/);
    expect(await refusal('delete from screening_signatures')).toMatch(/append-only/);
    const latest = await doc.request({
      method: 'GET',
      url: `/api/patients/${id}/screenings/latest-signed?protocolId=iv-depression`,
    });
    expect(latest.json<Screening>().id).toBe(screening.id);
  });

  it('a hard-stop can never be signed eligible, only ineligible', async () => {
    const id = await newPatient();
    await intake(id, cleanIntake({ conditions: [{ code: 'myocardial-infarction', onsetDate: '2026-09-01' }] }));
    const screening = await saveScreening(id, 1);
    expect(screening.result.decision).toBe('ineligible');
    const eligible = await sign(screening.id, { decision: 'eligible', softStopNotes: [], warningsAcknowledged: true });
    expect(eligible.statusCode).toBe(422);
    expect(eligible.json<Problem>().code).toBe('RULE_VIOLATION');
    const ineligible = await sign(screening.id, {
      decision: 'ineligible',
      softStopNotes: [],
      warningsAcknowledged: false,
    });
    expect(ineligible.json<Screening>().signature?.decision).toBe('ineligible');
  });

  it('consent: valid only when signed on the current form for the route, until withdrawn', async () => {
    const valid = async (protocolId: string) =>
      (
        await desk.request({ method: 'GET', url: `/api/patients/${patientId}/consent/valid?protocolId=${protocolId}` })
      ).json<{ hasValidConsent: boolean }>().hasValidConsent;
    expect(await valid('iv-depression')).toBe(false);
    const form = (await desk.request({ method: 'GET', url: '/api/consent-forms/iv' })).json<{
      version: number;
      elements: { id: string }[];
    }>();
    const body = {
      route: 'iv',
      formVersion: form.version,
      acknowledgedElements: form.elements.map((e) => e.id),
      patientTypedName: 'Sam Rivera',
      signatureMethod: 'drawn',
      signaturePng:
        'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAAAAADRSSBWAAAAC0lEQVR4nGNg+A8AAQIBAEK+vGgAAAAASUVORK5CYII=', // a real 2×1 PNG
      patientSignedAt: '2026-11-22T08:50:00Z',
    };
    const missing = await desk.request({
      method: 'POST',
      url: `/api/patients/${patientId}/consents`,
      payload: { ...body, acknowledgedElements: ['off-label'] },
    });
    expect(missing.json<Problem>().errors?.[0]?.field).toBe('acknowledgedElements');
    const future = await desk.request({
      method: 'POST',
      url: `/api/patients/${patientId}/consents`,
      payload: { ...body, patientSignedAt: '2026-11-23T09:00:00Z' },
    });
    expect(future.json<Problem>().errors?.[0]?.field).toBe('patientSignedAt');
    const unsigned = await desk.request({
      method: 'POST',
      url: `/api/patients/${patientId}/consents`,
      payload: { ...body, signaturePng: undefined },
    });
    expect(unsigned.json<Problem>().errors?.[0]?.field).toBe('signaturePng');
    expect(await count('consents')).toBe(0);
    const recorded = await desk.request({ method: 'POST', url: `/api/patients/${patientId}/consents`, payload: body });
    expect(recorded.statusCode).toBe(201);
    expect(recorded.json<{ witnessedBy: string }>().witnessedBy).toBe('test.front_desk');
    expect(await valid('iv-depression')).toBe(true);
    expect(await valid('in-esketamine-trd')).toBe(false);
    const consentId = recorded.json<{ id: string }>().id;
    const withdrawn = await nurse.request({
      method: 'POST',
      url: `/api/consents/${consentId}/withdraw`,
      payload: { reason: 'Patient changed their mind' },
    });
    expect(withdrawn.json<{ withdrawal: { by: string } }>().withdrawal.by).toBe('test.nurse');
    expect(await valid('iv-depression')).toBe(false);
    expect(await count('consents')).toBe(1);
    const pdf = await desk.request({ method: 'GET', url: `/api/consents/${consentId}/pdf` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.rawPayload.length).toBeGreaterThan(5_000);
    const unknown = await desk.request({ method: 'GET', url: `/api/consents/${randomUUID()}/pdf` });
    expect(unknown.statusCode).toBe(404);
    expect(await refusal('delete from consent_withdrawals')).toMatch(/append-only/);
  });
});
