import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestApp } from '../../test/test-app.js';
import { databaseKinds } from '../../test/databases.js';
import { screenEligible } from '../../test/intake-fixtures.js';

interface Problem {
  code: string;
  status: number;
  errors?: { field: string; message: string }[];
}
interface Plan {
  id: string;
  status: string;
  resultStatus: string;
  protocolVersion: number;
  supersedesPlanId: string | null;
  cosign: { by: string; reason: string } | null;
  result: { amounts: { doseMg: number; volumeMl: number; rateMlPerHour: number } };
}

const measuredAt = '2026-11-20T09:00:00.000Z';
const ivDose = (doseMgPerKg: number) => ({
  protocolId: 'iv-depression',
  weight: { value: 80, unit: 'kg', measuredAt },
  basis: 'actual',
  doseMgPerKg,
  durationMin: 40,
  concentrationMgPerMl: 10,
});

describe.each(databaseKinds)('dose calculator and dose plans on %s', (kind) => {
  let t: TestApp;
  let physician: Agent;
  let nurse: Agent;
  let patientId: string;

  const count = async (table: string): Promise<number> => {
    const result = await t.db.db.execute(sql.raw(`select count(*)::int as n from ${table}`));
    const rows = Array.isArray(result) ? result : (result as { rows: { n: number }[] }).rows;
    return (rows[0] as { n: number }).n;
  };
  const plan = (payload: object, agent = nurse) =>
    agent.request({ method: 'POST', url: `/api/patients/${patientId}/dose-plans`, payload });

  beforeAll(async () => {
    t = await createTestApp(kind);
    physician = await t.as('physician');
    nurse = await t.as('nurse');
    const registered = await (
      await t.as('front_desk')
    ).request({
      method: 'POST',
      url: '/api/patients',
      payload: {
        legalGivenName: 'Dana',
        legalFamilyName: 'Reyes',
        dateOfBirth: '1980-02-02',
        sexAtBirth: 'female',
        careTeam: [],
      },
    });
    patientId = registered.json<{ id: string }>().id;
    await screenEligible(nurse, physician, patientId, 'iv-depression');
  });
  afterAll(async () => t.close());

  it('refuses a dose plan for a protocol the patient was not screened eligible for, storing nothing', async () => {
    const before = await count('dose_plans');
    const imDose = { ...ivDose(0.5), protocolId: 'im-depression', durationMin: undefined, concentrationMgPerMl: 50 };
    const planned = await plan({ inputs: imDose });
    expect(planned.statusCode).toBe(422);
    expect(planned.json<Problem>().errors?.map((e) => e.field)).toEqual(['inputs/protocolId']);
    expect(await count('dose_plans')).toBe(before);
  });

  it('calculates 0.5 mg/kg for 80 kg: 40 mg, 4 mL, 6 mL/h, within limits', async () => {
    const response = await nurse.request({ method: 'POST', url: '/api/dosing/calculate', payload: ivDose(0.5) });
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json<{
      status: string;
      amounts: Plan['result']['amounts'];
      protocol: { version: number };
    }>();
    expect(result.status).toBe('within');
    expect(result.amounts).toMatchObject({ doseMg: 40, volumeMl: 4, rateMlPerHour: 6 });
    expect(result.protocol.version).toBe(1);
    const soft = await nurse.request({ method: 'POST', url: '/api/dosing/calculate', payload: ivDose(0.9) });
    expect(soft.json<{ status: string }>().status).toBe('soft-stop');
    const desk = await t.as('front_desk');
    const refused = await desk.request({ method: 'POST', url: '/api/dosing/calculate', payload: ivDose(0.5) });
    expect(refused.statusCode).toBe(403);
  });

  it.each([
    ['negative weight', { ...ivDose(0.5), weight: { value: -80, unit: 'kg', measuredAt } }, 'weight/value'],
    ['a weight below 30 kg', { ...ivDose(0.5), weight: { value: 20, unit: 'kg', measuredAt } }, 'weight/value'],
    ['an unknown protocol', { ...ivDose(0.5), protocolId: 'iv-nothing' }, 'protocolId'],
    ['concentration 0', { ...ivDose(0.5), concentrationMgPerMl: 0 }, 'concentrationMgPerMl'],
    ['a field of another mode', { ...ivDose(0.5), doseMg: 56 }, 'doseMg'],
    ['a missing duration', { ...ivDose(0.5), durationMin: undefined }, 'durationMin'],
  ])('refuses %s naming the field, storing nothing', async (_name, payload, field) => {
    const response = await nurse.request({ method: 'POST', url: '/api/dosing/calculate', payload });
    expect([400, 422]).toContain(response.statusCode);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json<Problem>().errors?.map((e) => e.field)).toContain(field);
    const before = await count('dose_plans');
    const planned = await plan({ inputs: payload });
    expect(planned.json<Problem>().errors?.map((e) => e.field)).toContain(`inputs/${field}`);
    expect(await count('dose_plans')).toBe(before);
  });

  it('approves a plan within limits at once, keeping protocol id@version', async () => {
    const response = await plan({ inputs: ivDose(0.5) });
    expect(response.statusCode, response.body).toBe(201);
    const stored = response.json<Plan>();
    expect(stored).toMatchObject({ status: 'approved', resultStatus: 'within', protocolVersion: 1 });
    expect(stored.result.amounts.doseMg).toBe(40);
  });

  it('needs a reason and a physician co-sign for a soft-stop before it is approved', async () => {
    const before = await count('dose_plans');
    const noReason = await plan({ inputs: ivDose(0.9) });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json<Problem>().errors?.[0]?.field).toBe('softStopReason');
    expect(await count('dose_plans')).toBe(before);

    const response = await plan({ inputs: ivDose(0.9), softStopReason: 'Partial response at 0.75 mg/kg x3' });
    const soft = response.json<Plan>();
    expect(soft.status).toBe('awaiting-cosign');
    const list = async () =>
      (await nurse.request({ method: 'GET', url: `/api/patients/${patientId}/dose-plans` })).json<{
        items: Plan[];
        current: Record<string, string>;
      }>();
    const approvedBefore = (await list()).current['iv-depression'];
    expect(approvedBefore).not.toBe(soft.id);

    const byNurse = await nurse.request({
      method: 'POST',
      url: `/api/dose-plans/${soft.id}/cosign`,
      payload: { reason: 'ok' },
    });
    expect(byNurse.statusCode).toBe(403);
    const cosigned = await physician.request({
      method: 'POST',
      url: `/api/dose-plans/${soft.id}/cosign`,
      payload: { reason: 'Reviewed: tolerated 0.75 well, no BP rise' },
    });
    expect(cosigned.statusCode, cosigned.body).toBe(200);
    expect(cosigned.json<Plan>()).toMatchObject({ status: 'approved', cosign: { by: 'test.physician' } });
    const after = await list();
    expect(after.current['iv-depression']).toBe(soft.id);
    expect(after.items.find((p) => p.id === approvedBefore)?.status).toBe('superseded');
    expect(soft.supersedesPlanId).toBe(approvedBefore);
    const again = await physician.request({
      method: 'POST',
      url: `/api/dose-plans/${soft.id}/cosign`,
      payload: { reason: 'x' },
    });
    expect(again.statusCode).toBe(409);
  });

  it('records a hard-stop plan as refused and never approves it', async () => {
    const response = await plan({ inputs: ivDose(1.2) });
    expect(response.statusCode).toBe(201);
    const refused = response.json<Plan>();
    expect(refused).toMatchObject({ status: 'refused', resultStatus: 'hard-stop' });
    const cosign = await physician.request({
      method: 'POST',
      url: `/api/dose-plans/${refused.id}/cosign`,
      payload: { reason: 'please' },
    });
    expect(cosign.statusCode).toBe(409);
    const list = (await nurse.request({ method: 'GET', url: `/api/patients/${patientId}/dose-plans` })).json<{
      current: Record<string, string>;
    }>();
    expect(list.current['iv-depression']).not.toBe(refused.id);
  });

  it('keeps plans append-only', async () => {
    const error = await t.db.db.execute(sql.raw(`delete from dose_plans`)).then(
      () => null,
      (caught: unknown) => caught as Error & { cause?: Error },
    );
    expect(String(error?.cause?.message ?? error?.message)).toMatch(/append-only/);
  });
});
