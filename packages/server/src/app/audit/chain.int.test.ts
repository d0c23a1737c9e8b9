import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { databaseKinds } from '../../../test/databases.js';
import { storesFor } from '../../db/transactor.js';
import { verifyAuditChain } from './verify-chain.js';

describe.each(databaseKinds)('audit hash chain on %s', (kind) => {
  let t: TestApp;
  const verify = () => verifyAuditChain(storesFor(t.db.db, t.clock).audit, 7);

  beforeAll(async () => {
    t = await createTestApp(kind);
    const desk = await t.as('front_desk');
    for (let i = 0; i < 5; i += 1) {
      await desk.request({
        method: 'POST',
        url: '/api/patients',
        payload: {
          legalGivenName: `Chain${i}`,
          legalFamilyName: 'Test',
          dateOfBirth: '1980-01-01',
          sexAtBirth: 'male',
          careTeam: [],
        },
      });
    }
  });
  afterAll(async () => t.close());

  const tamper = async (statement: string): Promise<void> => {
    await t.db.db.execute(sql.raw('alter table audit_events disable trigger user'));
    await t.db.db.execute(sql.raw(statement));
    await t.db.db.execute(sql.raw('alter table audit_events enable trigger user'));
  };

  it('verifies an intact chain, in batches, through the admin endpoint too', async () => {
    const report = await verify();
    expect(report.ok).toBe(true);
    expect(report.checked).toBeGreaterThanOrEqual(10);
    const admin = await t.as('admin');
    const response = await admin.request({ method: 'POST', url: '/api/audit/verify' });
    expect(response.json<{ ok: boolean }>().ok).toBe(true);
  });

  it('detects an altered event', async () => {
    await tamper(`update audit_events set changes = '{"forged":true}' where seq = 9`);
    expect(await verify()).toMatchObject({ ok: false, firstBrokenSeq: 9 });
  });

  it('detects a removed event', async () => {
    await tamper('delete from audit_events where seq >= 9 and seq <= 9');
    expect(await verify()).toMatchObject({ ok: false, firstBrokenSeq: 10 });
  });

  it('exports the trail as CSV with formula-injection guarded', async () => {
    const admin = await t.as('admin');
    const response = await admin.request({ method: 'GET', url: '/api/audit/export.csv?action=patient.' });
    expect(response.headers['content-type']).toContain('text/csv');
    const lines = response.body.trim().split('\r\n');
    expect(lines[0]).toBe(
      'seq,at,actorUsername,actorRole,action,recordType,recordId,patientId,requestId,clientAddress,changes,hash',
    );
    expect(lines.slice(1).every((line) => line.includes(',patient.'))).toBe(true);
  });
});
