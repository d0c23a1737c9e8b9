import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestApp } from '../../test/test-app.js';
import { databaseKinds } from '../../test/databases.js';
import { loadDemoClinic } from '../demo/load-demo.js';

interface Draft {
  recipient: { role: string; name: string };
  subject: string;
  sections: { heading: string; text: string }[];
  scoreSeries: { total: number }[];
}

describe.each(databaseKinds)('progress letters on %s', (kind) => {
  let t: TestApp;
  let physician: Agent;
  let patientId: string;
  const therapist = {
    role: 'therapist',
    name: 'Dr Maya Chen',
    organisation: 'Lakeside Therapy',
    fax: '+1 312 555 0100',
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
    await loadDemoClinic(t.deps);
    physician = await t.as('physician');
    const found = await physician.request({ method: 'GET', url: '/api/patients?q=Ellison' });
    patientId = found.json<{ items: { id: string }[] }>().items[0]?.id ?? '';
  });
  afterAll(async () => t.close());

  it('drafts from the record, signs, keeps the PDF and records how it was sent', async () => {
    const drafted = await physician.request({
      method: 'POST',
      url: `/api/patients/${patientId}/letters/draft`,
      payload: { recipient: therapist },
    });
    expect(drafted.statusCode, drafted.body).toBe(200);
    const draft = drafted.json<Draft>();
    expect(draft.sections.map((s) => s.heading)).toEqual([
      'Reason for treatment',
      'Treatment protocol',
      'Sessions given',
      'Scores over time',
      'Response and remission',
      'Adverse events',
      'Medications',
      'Plan',
    ]);
    expect(draft.sections[3]?.text).toContain('PHQ-9: 19');
    expect(draft.sections[1]?.text).toContain('iv-depression');
    expect(draft.scoreSeries.length).toBe(8);

    const sections = draft.sections.map((s) =>
      s.heading === 'Plan' ? { ...s, text: `${s.text} Edited by the physician.` } : s,
    );
    const signed = await physician.request({
      method: 'POST',
      url: `/api/patients/${patientId}/letters`,
      payload: { recipient: therapist, subject: draft.subject, sections },
    });
    expect(signed.statusCode, signed.body).toBe(201);
    const letter = signed.json<{ id: string; signedByUsername: string; sections: { text: string }[] }>();
    expect(letter.signedByUsername).toBe('test.physician');
    expect(letter.sections.at(-1)?.text).toContain('Edited by the physician.');

    const pdf = await physician.request({ method: 'GET', url: `/api/letters/${letter.id}/pdf` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    writeFileSync(join(tmpdir(), `chairside-letter-${kind}.pdf`), pdf.rawPayload);

    const nurse = await t.as('nurse');
    const badFax = await nurse.request({
      method: 'POST',
      url: `/api/letters/${letter.id}/dispatches`,
      payload: { method: 'fax', sentAt: t.clock.now().toISOString() },
    });
    expect(badFax.statusCode).toBe(422);
    expect(badFax.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe('destination');
    const faxed = await nurse.request({
      method: 'POST',
      url: `/api/letters/${letter.id}/dispatches`,
      payload: { method: 'fax', destination: therapist.fax, sentAt: t.clock.now().toISOString() },
    });
    expect(faxed.statusCode, faxed.body).toBe(201);
    const list = await nurse.request({ method: 'GET', url: `/api/patients/${patientId}/letters` });
    const listed =
      list.json<{ id: string; dispatches: { method: string; destination: string; byUsername: string }[] }[]>();
    expect(listed.length).toBe(2);
    expect(listed.find((l) => l.id === letter.id)?.dispatches).toEqual([
      expect.objectContaining({ method: 'fax', destination: '+1 312 555 0100', byUsername: 'test.nurse' }),
    ]);

    const admin = await t.as('admin');
    const audit = await admin.request({ method: 'GET', url: `/api/audit?patientId=${patientId}` });
    expect(audit.json<{ items: { action: string }[] }>().items.map((e) => e.action)).toEqual(
      expect.arrayContaining(['letter.draft', 'letter.sign', 'letter.dispatch', 'letter.read-pdf']),
    );
  });

  it('lets only a physician sign, and keeps signed letters unchangeable', async () => {
    const nurse = await t.as('nurse');
    const refused = await nurse.request({
      method: 'POST',
      url: `/api/patients/${patientId}/letters`,
      payload: { recipient: therapist, subject: 'x', sections: [{ heading: 'Plan', text: 'x' }] },
    });
    expect(refused.statusCode).toBe(403);
    await expect(t.db.db.execute("update letters set subject = 'changed'")).rejects.toThrow();
  });

  it('saves a clinic template as a new version, previews it, and refuses a stale save', async () => {
    const admin = await t.as('admin');
    const current = await admin.request({ method: 'GET', url: '/api/letter-template' });
    expect(current.json<{ version: number }>().version).toBe(0);
    const body = {
      letterhead: [
        'Springfield Ketamine Clinic',
        '100 Main Street, Springfield IL 62701',
        'Phone 555-0100 · Fax 555-0101',
      ],
      signatureBlock: 'Dr Ada Okafor, MD\nMedical Director',
      footer: 'Confidential.',
    };
    const preview = await admin.request({ method: 'POST', url: '/api/letter-template/preview', payload: body });
    expect(preview.statusCode).toBe(200);
    expect(preview.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const saved = await admin.request({ method: 'PUT', url: '/api/letter-template', payload: { ...body, version: 0 } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json<{ version: number }>().version).toBe(1);
    const stale = await admin.request({ method: 'PUT', url: '/api/letter-template', payload: { ...body, version: 0 } });
    expect(stale.statusCode).toBe(409);
  });
});
