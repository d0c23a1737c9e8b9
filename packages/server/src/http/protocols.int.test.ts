import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedProtocolLibrary } from '../db/seed-protocols.js';
import { createUser } from '../app/users/create-user.js';
import { createTestApp, system, testPassword, type Agent, type TestApp } from '../../test/test-app.js';
import { databaseKinds } from '../../test/databases.js';

interface Problem {
  code: string;
  status: number;
  errors?: { field: string; message: string }[];
}
interface Limit {
  id: string;
  version: number;
  check: { kind: string; threshold?: number };
  [key: string]: unknown;
}
interface VersionBody {
  protocolId: string;
  version: number;
  reason: string;
  publishedBy: string | null;
  protocol: { version: number; dose: Record<string, unknown>; limits: Limit[]; revisionReason: string };
}

/** The limits as the publish form sends them back: without their rule version. */
const editable = (limits: Limit[]) => limits.map(({ version: _v, ...rest }) => rest);

describe.each(databaseKinds)('protocol library on %s', (kind) => {
  let t: TestApp;
  let director: Agent;
  let physician: Agent;
  let nurse: Agent;
  let desk: Agent;

  const count = async (table: string): Promise<number> => {
    const result = await t.db.db.execute(sql.raw(`select count(*)::int as n from ${table}`));
    const rows = Array.isArray(result) ? result : (result as { rows: { n: number }[] }).rows;
    return (rows[0] as { n: number }).n;
  };
  const latest = async (id: string): Promise<VersionBody> =>
    (await nurse.request({ method: 'GET', url: `/api/protocols/${id}` })).json<{ latest: VersionBody }>().latest;

  beforeAll(async () => {
    t = await createTestApp(kind);
    await createUser(t.deps, system, {
      username: 'plain.physician',
      displayName: 'Plain Physician',
      role: 'physician',
      medicalDirector: false,
      password: testPassword,
      mustChangePassword: false,
    });
    director = await t.as('physician'); // the test physician is the medical director
    physician = await t.signIn('plain.physician');
    nurse = await t.as('nurse');
    desk = await t.as('front_desk');
  });
  afterAll(async () => t.close());

  it('seeds v1 of the four protocols once, idempotently', async () => {
    expect(await count('protocol_versions')).toBe(4);
    expect(await seedProtocolLibrary(t.db.db)).toBe(0);
    expect(await count('protocol_versions')).toBe(4);
    const list = (await desk.request({ method: 'GET', url: '/api/protocols' })).json<VersionBody[]>();
    expect(list.map((p) => p.protocolId).sort()).toEqual([
      'im-depression',
      'in-esketamine-trd',
      'iv-depression',
      'iv-pain',
    ]);
    expect(list.every((p) => p.version === 1 && p.publishedBy === null)).toBe(true);
  });

  it('refuses a physician who is not the medical director, and a nurse, changing nothing', async () => {
    const current = await latest('iv-depression');
    const body = {
      basedOnVersion: 1,
      reason: 'Clinic prefers 0.45',
      dose: { defaultDoseMgPerKg: 0.45 },
      limits: editable(current.protocol.limits),
    };
    for (const agent of [physician, nurse]) {
      const response = await agent.request({
        method: 'POST',
        url: '/api/protocols/iv-depression/versions',
        payload: body,
      });
      expect(response.statusCode).toBe(403);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json<Problem>().code).toBe('FORBIDDEN');
    }
    expect(await count('protocol_versions')).toBe(4);
  });

  it('refuses loosening a hard label limit, naming the limit field, and stores nothing', async () => {
    const current = await latest('iv-depression');
    const limits = editable(current.protocol.limits);
    const index = limits.findIndex((l) => l.id === 'protocol.iv-depression.concentration.max');
    limits[index] = { ...limits[index], check: { kind: 'above', threshold: 100 } } as (typeof limits)[number];
    const response = await director.request({
      method: 'POST',
      url: '/api/protocols/iv-depression/versions',
      payload: { basedOnVersion: 1, reason: 'Try undiluted', dose: {}, limits },
    });
    expect(response.statusCode).toBe(422);
    const problem = response.json<Problem>();
    expect(problem.errors?.map((e) => e.field)).toContain(`limits/${index}`);
    expect(problem.errors?.find((e) => e.field === `limits/${index}`)?.message).toMatch(/cannot be loosened/);
    expect(await count('protocol_versions')).toBe(4);
  });

  it('refuses a default of another dose mode, naming it', async () => {
    const current = await latest('iv-depression');
    const response = await director.request({
      method: 'POST',
      url: '/api/protocols/iv-depression/versions',
      payload: {
        basedOnVersion: 1,
        reason: 'x',
        dose: { firstSessionDoseMg: 56 },
        limits: editable(current.protocol.limits),
      },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json<Problem>().errors?.[0]?.field).toBe('dose/firstSessionDoseMg');
  });

  it('publishes a new version for the medical director, audited; v1 stays readable', async () => {
    const current = await latest('iv-depression');
    const limits = editable(current.protocol.limits);
    const soft = limits.findIndex((l) => l.id === 'protocol.iv-depression.dose.soft-max');
    limits[soft] = { ...limits[soft], check: { kind: 'above', threshold: 0.7 } } as (typeof limits)[number];
    const response = await director.request({
      method: 'POST',
      url: '/api/protocols/iv-depression/versions',
      payload: { basedOnVersion: 1, reason: 'Clinic starts at 0.45 mg/kg', dose: { defaultDoseMgPerKg: 0.45 }, limits },
    });
    expect(response.statusCode, response.body).toBe(201);
    const published = response.json<VersionBody>();
    expect(published.version).toBe(2);
    expect(published.publishedBy).toBe('test.physician');
    expect(published.protocol.dose['defaultDoseMgPerKg']).toBe(0.45);
    expect(published.protocol.limits.find((l) => l.id.endsWith('soft-max'))?.version).toBe(2);
    expect(published.protocol.limits.find((l) => l.id.endsWith('hard-max'))?.version).toBe(1);

    const v1 = (
      await nurse.request({ method: 'GET', url: '/api/protocols/iv-depression/versions/1' })
    ).json<VersionBody>();
    expect(v1.protocol.dose['defaultDoseMgPerKg']).toBe(0.5);
    const all = (await nurse.request({ method: 'GET', url: '/api/protocols/iv-depression' })).json<{
      versions: VersionBody[];
    }>();
    expect(all.versions.map((v) => [v.version, v.reason])).toEqual([
      [2, 'Clinic starts at 0.45 mg/kg'],
      [1, current.reason],
    ]);
    const audit = (await t.as('admin'))
      .request({ method: 'GET', url: '/api/audit?action=protocol.publish' })
      .then((r) => r.json<{ items: { recordId: string }[] }>());
    expect((await audit).items.map((i) => i.recordId)).toContain('iv-depression@2');

    const stale = await director.request({
      method: 'POST',
      url: '/api/protocols/iv-depression/versions',
      payload: { basedOnVersion: 1, reason: 'again', dose: {}, limits },
    });
    expect(stale.statusCode).toBe(409);
  });

  it('never lets a stored version be changed', async () => {
    const error = await t.db.db.execute(sql.raw(`update protocol_versions set reason = 'x'`)).then(
      () => null,
      (caught: unknown) => caught as Error & { cause?: Error },
    );
    expect(String(error?.cause?.message ?? error?.message)).toMatch(/append-only/);
  });

  it('answers 404 for an unknown protocol or version', async () => {
    expect((await nurse.request({ method: 'GET', url: '/api/protocols/no-such' })).statusCode).toBe(404);
    expect((await nurse.request({ method: 'GET', url: '/api/protocols/iv-pain/versions/9' })).statusCode).toBe(404);
  });
});
