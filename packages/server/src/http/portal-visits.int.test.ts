import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test/databases.js';
import { cleanIntake } from '../../test/intake-fixtures.js';
import { portalAgentFor, registerTestPatient } from '../../test/portal-helpers.js';
import { createTestApp, type Agent, type TestApp } from '../../test/test-app.js';

const local = (date: string, hhmm: string): string => `${date}T${hhmm}:00-06:00`;
const longSignIn = {
  idleTimeoutMinutes: 60 * 24 * 30,
  absoluteTimeoutHours: 24 * 30,
  maxFailedSignIns: 5,
  lockoutMinutes: 15,
};

interface Section {
  heading: string;
  items: { text: string; source: { tags: string[]; citation: string } }[];
}
interface Visits {
  upcoming: { id: string; type: string; typeLabel: string; startsAt: string; instructions: Section[] | null }[];
  lastSession: { at: string; title: string; sections: Section[]; crisisLine: string } | null;
}

describe.each(databaseKinds)('portal appointments and instructions on %s', (kind) => {
  let t: TestApp;
  let desk: Agent;
  let nurse: Agent;
  let doc: Agent;
  let patient: Agent;
  let other: Agent;
  let patientId: string;
  const booked: { id: string; version: number }[] = [];

  const visits = async (agent: Agent): Promise<Visits> => {
    const res = await agent.request({ method: 'GET', url: '/api/portal/appointments' });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Visits>();
  };

  beforeAll(async () => {
    t = await createTestApp(kind, { auth: longSignIn, clinicPhone: '555-0100' });
    const admin = await t.as('admin');
    [desk, nurse, doc] = await Promise.all([t.as('front_desk'), t.as('nurse'), t.as('physician')]);
    const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'].map((weekday) => ({
      weekday,
      opensAt: '08:00',
      closesAt: '18:00',
    }));
    await admin.request({
      method: 'PUT',
      url: '/api/clinic/settings',
      payload: { timeZone: 'America/Chicago', weeklyHours: weekdays, closedDates: [], version: null },
    });
    const chair = (
      await admin.request({ method: 'POST', url: '/api/clinic/chairs', payload: { name: 'Chair V' } })
    ).json<{ id: string }>().id;
    patientId = await registerTestPatient(desk, 'Vera', 'Visits');
    const otherId = await registerTestPatient(desk, 'Otto', 'Other');
    // Screening with a stimulant the physician's signed review says to hold on session day.
    const intake = await nurse.request({
      method: 'POST',
      url: `/api/patients/${patientId}/intakes`,
      payload: cleanIntake({
        medications: [{ name: 'Adderall XR 20 mg', dose: 20, unit: 'mg', frequency: 'once-daily' }],
      }),
    });
    expect(intake.statusCode, intake.body).toBe(201);
    const screening = await nurse.request({
      method: 'POST',
      url: `/api/patients/${patientId}/screenings`,
      payload: { intakeVersion: intake.json<{ version: number }>().version, protocolId: 'iv-depression' },
    });
    const signed = await doc.request({
      method: 'POST',
      url: `/api/screenings/${screening.json<{ id: string }>().id}/sign`,
      payload: { decision: 'eligible', softStopNotes: [], warningsAcknowledged: true },
    });
    expect(signed.statusCode, signed.body).toBe(200);
    const course = await doc.request({
      method: 'POST',
      url: `/api/patients/${patientId}/courses`,
      payload: { protocolId: 'iv-depression', phase: 'induction', targetSessions: 6, sessionsPerWeek: 2 },
    });
    const courseId = course.json<{ id: string }>().id;
    const res = await desk.request({
      method: 'POST',
      url: '/api/appointments',
      payload: {
        slots: [
          { patientId, type: 'dosing_session', chairId: chair, courseId, startsAt: local('2026-11-23', '09:00') },
          { patientId, type: 'dosing_session', chairId: chair, courseId, startsAt: local('2026-11-25', '09:00') },
          { patientId, type: 'follow_up', chairId: null, startsAt: local('2026-11-24', '14:00') },
        ],
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    booked.push(...res.json<{ id: string; version: number }[]>());
    patient = await portalAgentFor(t, desk, patientId, 'vera.visits');
    other = await portalAgentFor(t, desk, otherId, 'otto.other');
  });
  afterAll(async () => t.close());

  it('shows upcoming appointments in order with fasting, escort and the held medicine for dosing sessions', async () => {
    const v = await visits(patient);
    expect(v.upcoming.map((a) => a.typeLabel)).toEqual(['Dosing session', 'Follow-up visit', 'Dosing session']);
    const dosing = v.upcoming[0]?.instructions ?? [];
    const lines = dosing.flatMap((s) => s.items.map((i) => i.text));
    expect(lines).toContain('Do not eat anything for 6 hours before your appointment time.');
    expect(lines.some((l) => l.startsWith('Bring an adult who will take you home'))).toBe(true);
    expect(lines).toContain(
      'Do not take Adderall XR 20 mg on the day of your session, unless your care team tells you otherwise.',
    );
    expect(dosing.every((s) => s.items.every((i) => i.source.citation.length > 0))).toBe(true);
    expect(v.upcoming[1]?.instructions).toBeNull();
    expect(v.lastSession).toBeNull();
  });

  it('after a session took place, it leaves the list and its discharge instructions appear', async () => {
    t.clock.advanceMinutes(60 * 24 + 6 * 60 + 30); // Monday 23 Nov 15:30Z, the session has begun
    const first = booked[0] ?? { id: '', version: 0 };
    const done = await nurse.request({
      method: 'POST',
      url: `/api/appointments/${first.id}/complete`,
      payload: { note: null, version: first.version },
    });
    expect(done.statusCode, done.body).toBe(200);
    const v = await visits(patient);
    expect(v.upcoming).toHaveLength(2);
    expect(v.lastSession?.at).toBe('2026-11-23T15:00:00.000Z');
    expect(v.lastSession?.sections.map((s) => s.heading)).toContain('Getting home and the rest of today');
    expect(v.lastSession?.crisisLine).toMatch(/988/);
  });

  it('another patient sees none of it', async () => {
    const v = await visits(other);
    expect(v).toEqual({ timeZone: 'America/Chicago', upcoming: [], lastSession: null });
  });

  it('staff cannot call the portal route', async () => {
    expect((await nurse.request({ method: 'GET', url: '/api/portal/appointments' })).statusCode).toBe(403);
  });
});
