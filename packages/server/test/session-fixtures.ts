import { screenEligible } from './intake-fixtures.js';
import type { Agent, TestApp } from './test-app.js';

export interface SessionAgents {
  readonly admin: Agent;
  readonly physician: Agent;
  readonly nurse: Agent;
  readonly desk: Agent;
}

export async function sessionAgents(t: TestApp): Promise<SessionAgents> {
  return {
    admin: await t.as('admin'),
    physician: await t.as('physician'),
    nurse: await t.as('nurse'),
    desk: await t.as('front_desk'),
  };
}

async function ok<T>(
  label: string,
  response: Promise<{ statusCode: number; body: string; json: () => unknown }>,
): Promise<T> {
  const r = await response;
  if (r.statusCode >= 300) {
    throw new Error(`${label}: ${r.statusCode} ${r.body}`);
  }
  return r.json() as T;
}

/**
 * A patient ready for an IV-depression session: screened eligible and signed, consent signed on
 * the current IV form, an approved dose plan (0.5 mg/kg of 80 kg over 40 min at 10 mg/mL:
 * 40 mg, 6 mL/h), an active course, and a chair.
 */
export async function readyIvPatient(
  a: SessionAgents,
  name: { given: string; family: string },
  chairName: string,
): Promise<{ patientId: string; courseId: string; planId: string }> {
  const { id: patientId } = await ok<{ id: string }>(
    'register',
    a.desk.request({
      method: 'POST',
      url: '/api/patients',
      payload: {
        legalGivenName: name.given,
        legalFamilyName: name.family,
        dateOfBirth: '1980-06-15',
        sexAtBirth: 'male',
        careTeam: [],
      },
    }),
  );
  await screenEligible(a.nurse, a.physician, patientId, 'iv-depression');
  const form = await ok<{ version: number; elements: { id: string }[] }>(
    'form',
    a.desk.request({ method: 'GET', url: '/api/consent-forms/iv' }),
  );
  await ok(
    'consent',
    a.desk.request({
      method: 'POST',
      url: `/api/patients/${patientId}/consents`,
      payload: {
        route: 'iv',
        formVersion: form.version,
        acknowledgedElements: form.elements.map((e) => e.id),
        patientTypedName: `${name.given} ${name.family}`,
        signatureMethod: 'checkbox',
        patientSignedAt: '2026-11-22T08:40:00Z',
      },
    }),
  );
  const plan = await ok<{ id: string }>(
    'dose plan',
    a.nurse.request({
      method: 'POST',
      url: `/api/patients/${patientId}/dose-plans`,
      payload: {
        inputs: {
          protocolId: 'iv-depression',
          weight: { value: 80, unit: 'kg', measuredAt: '2026-11-22T08:30:00.000Z' },
          basis: 'actual',
          doseMgPerKg: 0.5,
          durationMin: 40,
          concentrationMgPerMl: 10,
        },
      },
    }),
  );
  const course = await ok<{ id: string }>(
    'course',
    a.physician.request({
      method: 'POST',
      url: `/api/patients/${patientId}/courses`,
      payload: { protocolId: 'iv-depression', phase: 'induction', targetSessions: 6, sessionsPerWeek: 2 },
    }),
  );
  const chairs = await ok<{ chairs: { name: string }[] }>(
    'chairs',
    a.admin.request({ method: 'GET', url: '/api/clinic/setup' }),
  );
  if (!chairs.chairs.some((c) => c.name === chairName)) {
    await ok('chair', a.admin.request({ method: 'POST', url: '/api/clinic/chairs', payload: { name: chairName } }));
  }
  return { patientId, courseId: course.id, planId: plan.id };
}

/** Baseline vitals and a complete pre-check list, at the clock's now. */
export async function completePreChecks(a: SessionAgents, sessionId: string, now: Date): Promise<void> {
  const at = now.toISOString();
  const hoursAgo = (h: number): string => new Date(now.getTime() - h * 3_600_000).toISOString();
  await ok(
    'pre-checks',
    a.nurse.request({
      method: 'POST',
      url: `/api/sessions/${sessionId}/pre-checks`,
      payload: {
        identityConfirmed: true,
        lastSolidsAt: hoursAgo(8),
        lastLiquidsAt: hoursAgo(3),
        escortName: 'Jo Escort',
        escortPhone: '555-0199',
      },
    }),
  );
  await ok(
    'baseline',
    a.nurse.request({
      method: 'POST',
      url: `/api/sessions/${sessionId}/vitals`,
      payload: {
        takenAt: at,
        systolicMmHg: 124,
        diastolicMmHg: 78,
        heartRateBpm: 72,
        spo2Pct: 98,
        respiratoryRatePerMin: 14,
      },
    }),
  );
}
