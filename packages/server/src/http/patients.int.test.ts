import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestApp } from '../../test/test-app.js';
import { databaseKinds } from '../../test/databases.js';

const ada = {
  legalGivenName: 'Adaeze',
  legalFamilyName: 'Okonkwo-Smith',
  preferredName: 'Ada',
  dateOfBirth: '1987-05-14',
  sexAtBirth: 'female',
  phone: '555-0199',
  careTeam: [{ role: 'therapist', name: 'Lee Park, LCSW', organisation: 'Harbor Therapy', email: 'lee@example.org' }],
};

interface Problem {
  code: string;
  status: number;
  errors?: { field: string; message: string }[];
}

describe.each(databaseKinds)('patients API on %s', (kind) => {
  let t: TestApp;
  let desk: Agent;
  let nurse: Agent;
  let adaId: string;

  const countRows = async (table: string): Promise<number> => {
    const result = await t.db.db.execute(sql.raw(`select count(*)::int as n from ${table}`));
    const rows = Array.isArray(result) ? result : (result as { rows: { n: number }[] }).rows;
    return (rows[0] as { n: number }).n;
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
    desk = await t.as('front_desk');
    nurse = await t.as('nurse');
    const response = await desk.request({ method: 'POST', url: '/api/patients', payload: ada });
    expect(response.statusCode).toBe(201);
    adaId = response.json<{ id: string }>().id;
  });
  afterAll(async () => t.close());

  it('registers with a generated, check-digited MRN and audits it in the same transaction', async () => {
    const patient = (await desk.request({ method: 'GET', url: `/api/patients/${adaId}` })).json<{
      mrn: string;
      version: number;
    }>();
    expect(patient.mrn).toMatch(/^CS-\d{7}-\d$/);
    expect(patient.version).toBe(1);
    const admin = await t.as('admin');
    const audit = (await admin.request({ method: 'GET', url: `/api/audit?patientId=${adaId}` })).json<{
      items: { action: string; actorUsername: string }[];
    }>();
    expect(audit.items.map((e) => e.action)).toEqual(expect.arrayContaining(['patient.register', 'patient.read']));
    expect(audit.items.find((e) => e.action === 'patient.register')?.actorUsername).toBe('test.front_desk');
  });

  it.each([
    ['okonkwo', 1],
    ['OKONK', 1],
    ['ada okon', 1],
    ['smith ada', 1],
    ['1987-05-14', 1],
    ['05/14/1987', 1],
    ['zzzz', 0],
  ])('finds by partial, any-case name or date of birth: %s', async (q, expected) => {
    const found = (await nurse.request({ method: 'GET', url: `/api/patients?q=${encodeURIComponent(q)}` })).json<{
      items: { id: string }[];
    }>();
    expect(found.items.filter((p) => p.id === adaId)).toHaveLength(expected);
  });

  it('finds by MRN', async () => {
    const { mrn } = (await desk.request({ method: 'GET', url: `/api/patients/${adaId}` })).json<{ mrn: string }>();
    const found = (await nurse.request({ method: 'GET', url: `/api/patients?q=${mrn.toLowerCase()}` })).json<{
      items: { id: string }[];
    }>();
    expect(found.items.map((p) => p.id)).toEqual([adaId]);
  });

  it('amends with a reason and keeps the previous values', async () => {
    const amended = await nurse.request({
      method: 'PUT',
      url: `/api/patients/${adaId}`,
      payload: { ...ada, phone: '555-0177', version: 1, reason: 'Patient gave a new number' },
    });
    expect(amended.statusCode).toBe(200);
    expect(amended.json<{ version: number; phone: string }>()).toMatchObject({ version: 2, phone: '555-0177' });
    const history = (await nurse.request({ method: 'GET', url: `/api/patients/${adaId}/amendments` })).json<
      { version: number; by: string; reason: string; changes: { field: string; from: unknown; to: unknown }[] }[]
    >();
    expect(history[0]).toMatchObject({ version: 2, by: 'test.nurse', reason: 'Patient gave a new number' });
    expect(history[0]?.changes).toEqual([{ field: 'phone', from: '555-0199', to: '555-0177' }]);
  });

  it('detects a concurrent edit: the second writer gets 409 and nothing is overwritten', async () => {
    const current = (await desk.request({ method: 'GET', url: `/api/patients/${adaId}` })).json<{ version: number }>();
    const first = desk.request({
      method: 'PUT',
      url: `/api/patients/${adaId}`,
      payload: { ...ada, city: 'Oakland', version: current.version, reason: 'moved' },
    });
    const second = nurse.request({
      method: 'PUT',
      url: `/api/patients/${adaId}`,
      payload: { ...ada, city: 'Fresno', version: current.version, reason: 'moved' },
    });
    const statuses = (await Promise.all([first, second])).map((r) => r.statusCode).sort();
    expect(statuses).toEqual([200, 409]);
    const after = (await desk.request({ method: 'GET', url: `/api/patients/${adaId}` })).json<{
      version: number;
      city: string;
    }>();
    expect(after.version).toBe(current.version + 1);
    expect(['Oakland', 'Fresno']).toContain(after.city);
  });

  it.each([
    ['malformed JSON', '{"legalGivenName": ', 'MALFORMED_JSON', 'body'],
    ['a wrong type', { ...ada, dateOfBirth: 19870514 }, 'VALIDATION_FAILED', 'dateOfBirth'],
    ['an unknown field', { ...ada, ssn: '123' }, 'VALIDATION_FAILED', 'ssn'],
    ['an over-long string', { ...ada, legalFamilyName: 'x'.repeat(101) }, 'VALIDATION_FAILED', 'legalFamilyName'],
    ['a missing field', { ...ada, sexAtBirth: undefined }, 'VALIDATION_FAILED', 'sexAtBirth'],
    ['a future birth date', { ...ada, dateOfBirth: '2099-01-01' }, 'INVALID_INPUT', 'dateOfBirth'],
    ['an impossible date', { ...ada, dateOfBirth: '1990-02-30' }, 'VALIDATION_FAILED', 'dateOfBirth'],
    ['a date before 1900', { ...ada, dateOfBirth: '1890-02-03' }, 'INVALID_INPUT', 'dateOfBirth'],
    ['a blank name', { ...ada, legalGivenName: '   ' }, 'INVALID_INPUT', 'legalGivenName'],
    [
      'a bad care-team email',
      { ...ada, careTeam: [{ role: 'therapist', name: 'X', email: 'not-an-email' }] },
      'VALIDATION_FAILED',
      'careTeam/0/email',
    ],
  ])('refuses %s with a problem naming the field, and changes nothing', async (_label, payload, code, field) => {
    const before = await countRows('patients');
    const auditBefore = await countRows('audit_events');
    const response = await desk.request({
      method: 'POST',
      url: '/api/patients',
      headers: { 'content-type': 'application/json' },
      payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
    });
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const problem = response.json<Problem>();
    expect(problem.code).toBe(code);
    expect(problem.errors?.map((e) => e.field)).toContain(field);
    expect(await countRows('patients')).toBe(before);
    expect(await countRows('audit_events')).toBe(auditBefore);
  });

  it('answers unknown ids with 404 and malformed ids with 400', async () => {
    const unknown = await nurse.request({ method: 'GET', url: '/api/patients/7b0e4d2c-1f3a-4c5e-9a8b-0c1d2e3f4a5b' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json<Problem>().code).toBe('NOT_FOUND');
    const malformed = await nurse.request({ method: 'GET', url: '/api/patients/not-a-uuid' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json<Problem>().errors?.[0]?.field).toBe('id');
  });

  it('refuses an amendment that changes nothing, and one without a reason', async () => {
    const current = (await desk.request({ method: 'GET', url: `/api/patients/${adaId}` })).json<
      Record<string, unknown> & { version: number }
    >();
    const { id: _i, mrn: _m, createdAt: _c, updatedAt: _u, demo: _d, ...details } = current;
    const same = await desk.request({
      method: 'PUT',
      url: `/api/patients/${adaId}`,
      payload: { ...details, reason: 'no-op' },
    });
    expect(same.statusCode).toBe(422);
    const noReason = await desk.request({
      method: 'PUT',
      url: `/api/patients/${adaId}`,
      payload: { ...details, city: 'Reno' },
    });
    expect(noReason.json<Problem>().errors?.map((e) => e.field)).toContain('reason');
  });

  it('keeps the audit and amendment tables append-only in the database itself', async () => {
    const refusal = async (statement: string): Promise<string> => {
      const error = await t.db.db.execute(sql.raw(statement)).then(
        () => null,
        (e: unknown) => e as Error & { cause?: Error },
      );
      return String(error?.cause?.message ?? error?.message);
    };
    expect(await refusal('update audit_events set action = $$x$$')).toMatch(/append-only/);
    expect(await refusal('delete from audit_events')).toMatch(/append-only/);
    expect(await refusal('delete from patient_amendments')).toMatch(/append-only/);
  });
});
