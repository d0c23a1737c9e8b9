import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestApp } from '../../test/test-app.js';
import { databaseKinds } from '../../test/databases.js';

/** Clinic in Chicago (UTC-6 in Nov/Dec); the test clock starts Sunday 2026-11-22 09:00Z. */
const local = (date: string, hhmm: string): string => `${date}T${hhmm}:00-06:00`;
const MON = '2026-11-23';
const WED = '2026-11-25';
const THU = '2026-11-26'; // closed (Thanksgiving)
const FRI = '2026-11-27';

interface Problem {
  code: string;
  status: number;
  findings?: { slot: number; kind: string; field: string; rule: string | null; message: string }[];
}
interface Appt {
  id: string;
  version: number;
  status: string;
  startsAt: string;
  override: { reason: string } | null;
}

const person = (given: string) => ({
  legalGivenName: given,
  legalFamilyName: 'Testperson',
  dateOfBirth: '1980-01-01',
  sexAtBirth: 'female',
  careTeam: [],
});

describe.each(databaseKinds)('scheduling API on %s', (kind) => {
  let t: TestApp;
  let desk: Agent;
  let nurse: Agent;
  let doc: Agent;
  let chair1: string;
  let chair2: string;
  const patients: Record<string, string> = {};
  const courses: Record<string, string> = {};

  const book = (agent: Agent, slots: object[], extra: object = {}) =>
    agent.request({ method: 'POST', url: '/api/appointments', payload: { slots, ...extra } });
  const dosing = (who: string, startsAt: string, chairId = chair2) => ({
    patientId: patients[who],
    type: 'dosing_session',
    chairId,
    courseId: courses[who],
    startsAt,
  });
  const visit = (who: string, type: string, startsAt: string, chairId: string | null = null) => ({
    patientId: patients[who],
    type,
    chairId,
    startsAt,
  });

  beforeAll(async () => {
    t = await createTestApp(kind);
    const admin = await t.as('admin');
    [desk, nurse, doc] = await Promise.all([t.as('front_desk'), t.as('nurse'), t.as('physician')]);
    const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'].map((weekday) => ({
      weekday,
      opensAt: '08:00',
      closesAt: '18:00',
    }));
    const saved = await admin.request({
      method: 'PUT',
      url: '/api/clinic/settings',
      payload: {
        timeZone: 'America/Chicago',
        weeklyHours: weekdays,
        closedDates: [{ date: THU, reason: 'Thanksgiving' }],
        version: null,
      },
    });
    expect(saved.statusCode).toBe(200);
    chair1 = (await admin.request({ method: 'POST', url: '/api/clinic/chairs', payload: { name: 'Chair 1' } })).json<{
      id: string;
    }>().id;
    chair2 = (await admin.request({ method: 'POST', url: '/api/clinic/chairs', payload: { name: 'Chair 2' } })).json<{
      id: string;
    }>().id;
    for (const name of ['ada', 'ben', 'cy', 'di']) {
      patients[name] = (await desk.request({ method: 'POST', url: '/api/patients', payload: person(name) })).json<{
        id: string;
      }>().id;
    }
    for (const [name, protocolId] of [
      ['ada', 'iv-depression'],
      ['ben', 'im-depression'],
    ] as const) {
      const res = await doc.request({
        method: 'POST',
        url: `/api/patients/${patients[name]}/courses`,
        payload: { protocolId, phase: 'induction', targetSessions: 6, sessionsPerWeek: 2 },
      });
      expect(res.statusCode).toBe(201);
      courses[name] = res.json<{ id: string }>().id;
    }
  });
  afterAll(async () => t.close());

  it('only a physician starts a course; a nurse is refused', async () => {
    const res = await nurse.request({
      method: 'POST',
      url: `/api/patients/${patients['cy']}/courses`,
      payload: { protocolId: 'iv-depression', phase: 'induction', targetSessions: 6, sessionsPerWeek: 2 },
    });
    expect(res.statusCode).toBe(403);
  });

  it('misuse guard: no dosing session without a course', async () => {
    const res = await book(nurse, [{ ...dosing('cy', local(MON, '09:00')), courseId: null }]);
    expect(res.statusCode).toBe(422);
    expect(res.json<Problem>().findings?.[0]).toMatchObject({ field: 'courseId', kind: 'rule' });
  });

  it('refuses a chair double-booking by one minute, allows back-to-back', async () => {
    const first = await book(nurse, [dosing('ada', local(MON, '09:00'), chair1)]);
    expect(first.statusCode).toBe(201);
    expect(first.json<Appt[]>()[0]).toMatchObject({ startsAt: '2026-11-23T15:00:00.000Z' });
    // iv-depression holds the chair 40 + 30 + 15 = 85 min → free from 10:25.
    const overlap = await book(desk, [visit('ben', 'consultation', local(MON, '10:24'), chair1)]);
    expect(overlap.statusCode).toBe(409);
    expect(overlap.json<Problem>().findings?.[0]).toMatchObject({ kind: 'overlap', field: 'chairId' });
    expect((await book(desk, [visit('ben', 'consultation', local(MON, '10:25'), chair1)])).statusCode).toBe(201);
  });

  it('refuses a patient double-booking by one minute, allows back-to-back', async () => {
    const overlap = await book(desk, [visit('ada', 'follow_up', local(MON, '10:24'))]);
    expect(overlap.statusCode).toBe(409);
    expect(overlap.json<Problem>().findings?.[0]?.message).toMatch(/patient already has an appointment/);
    expect((await book(desk, [visit('ada', 'follow_up', local(MON, '10:25'))])).statusCode).toBe(201);
  });

  it.each([
    ['in the past', '2026-11-22T08:00:00Z', /in the past/],
    ['before opening', local(MON, '07:59'), /outside opening hours/],
    ['ending after closing', local(MON, '17:31'), /outside opening hours/],
    ['on a weekend', local('2026-11-28', '10:00'), /not open on sat/],
    ['on a closed date', local(THU, '10:00'), /closed on 2026-11-26 \(Thanksgiving\)/],
  ])('refuses a booking %s', async (_name, startsAt, message) => {
    const res = await book(desk, [visit('di', 'follow_up', startsAt)]);
    expect(res.statusCode).toBe(422);
    expect(
      res
        .json<Problem>()
        .findings?.map((f) => f.message)
        .join(' '),
    ).toMatch(message);
  });

  it('spacing: 47 h 59 min is a soft-stop, exactly 48 h is allowed', async () => {
    const soon = await book(nurse, [dosing('ada', local(WED, '08:59'))]);
    expect(soon.statusCode).toBe(422);
    expect(soon.json<Problem>().findings?.[0]?.rule).toBe('course.spacing.depression.min-48h@1');
    expect((await book(nurse, [dosing('ada', local(WED, '09:00'))])).statusCode).toBe(201);
  });

  it('spacing: two in one calendar day is a hard-stop even with a physician override', async () => {
    const res = await book(doc, [dosing('ada', local(WED, '15:00'))], { overrideReason: 'Patient travelling' });
    expect(res.statusCode).toBe(422);
    expect(res.json<Problem>().findings?.map((f) => f.rule)).toContain('course.spacing.depression.same-day@1');
  });

  it('spacing soft-stop: a physician may go ahead with a recorded reason; a nurse may not override', async () => {
    const at = local(FRI, '08:00'); // 47 h after Wednesday 09:00
    expect((await book(nurse, [dosing('ada', at)], { overrideReason: 'x' })).statusCode).toBe(403);
    const res = await book(doc, [dosing('ada', at)], { overrideReason: 'Only Friday works; discussed risks' });
    expect(res.statusCode).toBe(201);
    expect(res.json<Appt[]>()[0]?.override).toMatchObject({ reason: 'Only Friday works; discussed risks' });
  });

  it('all or nothing: one bad slot books nothing and every conflict is listed', async () => {
    const res = await book(nurse, [
      dosing('ben', local('2026-11-30', '09:00'), chair1),
      dosing('ben', local(MON, '10:00'), chair1), // overlaps Ada on chair 1
      dosing('ben', local(THU, '09:00'), chair1), // closed
    ]);
    expect(res.statusCode).toBe(409);
    const findings = res.json<Problem>().findings ?? [];
    expect(findings.map((f) => f.slot)).toEqual(expect.arrayContaining([1, 2]));
    expect(findings.some((f) => f.slot === 0)).toBe(false);
    const detail = await nurse.request({ method: 'GET', url: `/api/courses/${courses['ben']}` });
    expect(detail.json<{ booked: number }>().booked).toBe(0);
  });

  it('over capacity needs a physician extension', async () => {
    const more = ['2026-11-30', '2026-12-02', '2026-12-04'].map((d) => dosing('ada', local(d, '09:00')));
    expect((await book(nurse, more)).statusCode).toBe(201); // sessions 4–6 of 6
    const seventh = await book(nurse, [dosing('ada', local('2026-12-07', '09:00'))]);
    expect(seventh.statusCode).toBe(422);
    expect(seventh.json<Problem>().findings?.[0]?.rule).toBe('course.capacity.exceeded@1');
    const url = `/api/courses/${courses['ada']}/extensions`;
    expect(
      (await nurse.request({ method: 'POST', url, payload: { additionalSessions: 1, reason: 'x' } })).statusCode,
    ).toBe(403);
    const extended = await doc.request({
      method: 'POST',
      url,
      payload: { additionalSessions: 1, reason: 'Partial response; one more' },
    });
    expect(extended.statusCode).toBe(204);
    expect((await book(nurse, [dosing('ada', local('2026-12-07', '09:00'))])).statusCode).toBe(201);
    const detail = (await nurse.request({ method: 'GET', url: `/api/courses/${courses['ada']}` })).json<{
      booked: number;
      capacity: number;
      events: { kind: string }[];
    }>();
    expect(detail).toMatchObject({ booked: 7, capacity: 7 });
    expect(detail.events.map((e) => e.kind)).toEqual(['created', 'extended']);
  });

  it('two overlapping bookings at the same moment: exactly one 201 and one 409', async () => {
    const [a, b] = await Promise.all([
      book(desk, [visit('cy', 'consultation', local('2026-12-01', '10:00'), chair1)]),
      book(nurse, [visit('di', 'follow_up', local('2026-12-01', '10:30'), chair1)]),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
  });

  it('moves through the same checks, cancels with a reason, never deletes', async () => {
    const [appt] = (await book(desk, [visit('cy', 'follow_up', local('2026-12-03', '10:00'), chair1)])).json<Appt[]>();
    expect(appt).toBeDefined();
    const id = appt?.id ?? '';
    const move = (startsAt: string, version: number) =>
      desk.request({
        method: 'POST',
        url: `/api/appointments/${id}/move`,
        payload: { startsAt, chairId: chair1, version },
      });
    expect((await move(local('2026-12-03', '07:00'), 1)).statusCode).toBe(422);
    const moved = await move(local('2026-12-03', '11:00'), 1);
    expect(moved.statusCode).toBe(200);
    expect(moved.json<Appt>().version).toBe(2);
    expect((await move(local('2026-12-03', '12:00'), 1)).statusCode).toBe(409); // stale version
    const close = (version: number) =>
      desk.request({
        method: 'POST',
        url: `/api/appointments/${id}/close`,
        payload: { status: 'cancelled', reason: 'Patient unwell', version },
      });
    const cancelled = await close(2);
    expect(cancelled.json<Appt>()).toMatchObject({ status: 'cancelled', version: 3 });
    expect((await close(3)).statusCode).toBe(409);
    const day = await desk.request({
      method: 'GET',
      url: `/api/appointments?from=2026-12-03T00:00:00Z&to=2026-12-04T00:00:00Z`,
    });
    expect(day.json<Appt[]>().find((a) => a.id === id)?.status).toBe('cancelled');
  });

  it('the check endpoint lists problems without booking', async () => {
    const res = await nurse.request({
      method: 'POST',
      url: '/api/appointments/check',
      payload: { slots: [dosing('ada', local('2026-12-07', '12:00'))] },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json<{ problems: { rule: string | null }[] }>().problems.map((p) => p.rule)).toContain(
      'course.spacing.depression.same-day@1',
    );
  });

  it('front desk may not book... only the types its role allows; admin may not book at all', async () => {
    const admin = await t.as('admin');
    expect((await book(admin, [visit('cy', 'follow_up', local('2026-12-08', '10:00'))])).statusCode).toBe(403);
    expect((await book(nurse, [visit('cy', 'consultation', local('2026-12-08', '10:00'))])).statusCode).toBe(403);
  });
});
