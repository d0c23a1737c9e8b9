import { currentConsentForm } from '@chairside/domain';
import { recordConsent } from '../app/consent/record-consent.js';
import { recordDosePlan } from '../app/dosing/record-dose-plan.js';
import { bindMonitor } from '../app/monitors/monitor-bindings.js';
import type { AppDeps, PatientRow, RequestContext } from '../app/ports.js';
import { listPatientCourses, startCourse } from '../app/scheduling/courses.js';
import { createSession } from '../app/sessions/create-session.js';
import { recordPreChecks } from '../app/sessions/record-entries.js';
import { recordVitals } from '../app/sessions/record-vitals.js';
import { getStartReadiness } from '../app/sessions/session-queries.js';
import { transitionSession } from '../app/sessions/transition-session.js';

/** The demo monitor: `npm run simulate:monitor` sends as MON-01 by default. */
export const demoMonitorId = 'MON-01';

/** Consent, an approved IV dose plan and an active IV-depression course for a screened patient. */
export async function preparedPatient(
  deps: AppDeps,
  nurse: RequestContext,
  physician: RequestContext,
  patient: PatientRow,
): Promise<string> {
  const now = deps.clock.now();
  const form = currentConsentForm('iv');
  await recordConsent(deps, nurse, patient.id, {
    route: 'iv',
    formVersion: form.version,
    acknowledgedElements: form.elements.map((e) => e.id),
    patientTypedName: `${patient.legalGivenName} ${patient.legalFamilyName}`,
    signatureMethod: 'checkbox',
    patientSignedAt: new Date(now.getTime() - 60 * 60_000).toISOString(),
  });
  await recordDosePlan(deps, nurse, patient.id, {
    inputs: {
      protocolId: 'iv-depression',
      weight: { value: 78, unit: 'kg', measuredAt: now.toISOString() },
      basis: 'actual',
      doseMgPerKg: 0.5,
      durationMin: 40,
      concentrationMgPerMl: 10,
    },
  });
  const courses = await listPatientCourses(deps, physician, patient.id);
  const active = courses.find((c) => c.status === 'active' && c.protocolId === 'iv-depression');
  if (active) {
    return active.id;
  }
  return (
    await startCourse(deps, physician, patient.id, {
      protocolId: 'iv-depression',
      phase: 'induction',
      targetSessions: 6,
      sessionsPerWeek: 2,
    })
  ).id;
}

/**
 * Two sessions on the board at first start: Chair 1 infusing with the demo monitor bound (run
 * `npm run simulate:monitor` to see its alerts), Chair 2 checked in and in pre-checks.
 */
export async function loadDemoSessions(
  deps: AppDeps,
  nurse: RequestContext,
  physician: RequestContext,
  patients: readonly PatientRow[],
): Promise<number> {
  const chairs = ['Chair 1', 'Chair 2'];
  await bindMonitor(deps, nurse, { deviceId: demoMonitorId, chairLabel: 'Chair 1' });
  let made = 0;
  for (const [index, patient] of patients.slice(0, chairs.length).entries()) {
    await openIvSession(deps, nurse, physician, patient, chairs[index] ?? 'Chair 1', index === 0);
    made += 1;
  }
  return made;
}

/** A session at the chair, checked in with complete pre-checks and baseline vitals; started if asked. */
export async function openIvSession(
  deps: AppDeps,
  nurse: RequestContext,
  physician: RequestContext,
  patient: PatientRow,
  chairName: string,
  start: boolean,
): Promise<string> {
  const courseId = await preparedPatient(deps, nurse, physician, patient);
  const id = await createSession(deps, nurse, { patientId: patient.id, courseId, chairName });
  await transitionSession(deps, nurse, id, { event: 'check-in' });
  await transitionSession(deps, nurse, id, { event: 'begin-pre-checks' });
  const now = deps.clock.now();
  const hoursAgo = (h: number): string => new Date(now.getTime() - h * 3_600_000).toISOString();
  await recordPreChecks(deps, nurse, id, {
    identityConfirmed: true,
    lastSolidsAt: hoursAgo(8),
    lastLiquidsAt: hoursAgo(3),
    escortName: 'Alex Demo (partner)',
    escortPhone: '555-0142',
  });
  await recordVitals(deps, nurse, id, {
    takenAt: now.toISOString(),
    systolicMmHg: 128,
    diastolicMmHg: 80,
    heartRateBpm: 74,
    spo2Pct: 98,
    respiratoryRatePerMin: 14,
  });
  if (start && (await getStartReadiness(deps, nurse, id)).ready) {
    await transitionSession(deps, nurse, id, { event: 'start-dosing', initialRateMlPerHour: 5.8 });
  }
  return id;
}
