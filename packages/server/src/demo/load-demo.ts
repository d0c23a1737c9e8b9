import { registerPatient } from '../app/patients/register-patient.js';
import type { AppDeps, RequestContext } from '../app/ports.js';
import { createChair, saveClinicSettings } from '../app/scheduling/clinic-setup.js';
import { startCourse } from '../app/scheduling/courses.js';
import { createUser } from '../app/users/create-user.js';
import { demoPassword, demoPatients, demoStaff } from './demo-clinic.js';
import { loadDemoLedger } from './demo-ledger.js';
import { loadDemoOutcomes } from './demo-outcomes.js';
import { loadDemoScreenings } from './demo-screenings.js';
import { loadDemoLetter, loadDemoOutcomes as loadDemoScoreHistory } from './demo-continuity.js';
import { loadDemoSessions } from './demo-sessions.js';

const demoTimeZone = 'America/Chicago';

/**
 * Loads the synthetic demo clinic. Called only right after the first administrator was
 * created on an empty database, so demo data never mixes with real records.
 */
export async function loadDemoClinic(
  deps: AppDeps,
  options: { readonly clinicName: string } = { clinicName: 'Chairside Clinic' },
): Promise<{ staff: number; patients: number }> {
  const system: RequestContext = { actor: null, requestId: 'demo-load', clientAddress: null };
  const ids: Record<string, string> = {};
  for (const person of demoStaff) {
    const user = await createUser(deps, system, {
      ...person,
      password: demoPassword,
      demo: true,
      mustChangePassword: false,
    });
    ids[person.username] = user.id;
  }
  const desk = demoStaff.find((p) => p.role === 'front_desk');
  const deskId = desk ? ids[desk.username] : undefined;
  if (!desk || !deskId) {
    throw new Error('The demo clinic needs a front-desk user');
  }
  const asDesk: RequestContext = {
    ...system,
    actor: { userId: deskId, username: desk.username, role: desk.role, medicalDirector: false },
  };
  const registered = [];
  for (const patient of demoPatients) {
    registered.push(await registerPatient(deps, asDesk, patient, { demo: true }));
  }
  await loadDemoSchedule(deps, system, ids, registered[0]?.id);
  const clinician = (username: string, role: 'nurse' | 'physician'): RequestContext => ({
    ...system,
    actor: { userId: ids[username] ?? '', username, role, medicalDirector: role === 'physician' },
  });
  // The first patient by family name too, so the demo's first chart row can be dosed at once.
  const byFamilyName = [...registered].sort((a, b) => a.legalFamilyName.localeCompare(b.legalFamilyName));
  const screened = [...new Set([registered[0], byFamilyName[0], registered[1]])].filter((p) => p !== undefined);
  await loadDemoScreenings(deps, clinician('nurse.patel', 'nurse'), clinician('dr.okafor', 'physician'), screened);
  await loadDemoSessions(deps, clinician('nurse.patel', 'nurse'), clinician('dr.okafor', 'physician'), screened);
  await loadDemoLedger(deps, clinician('nurse.patel', 'nurse'), demoPassword);
  await loadDemoOutcomes(
    deps,
    { nurse: clinician('nurse.patel', 'nurse'), physician: clinician('dr.okafor', 'physician'), desk: asDesk },
    registered,
    demoTimeZone,
  );
  if (registered[0]) {
    await loadDemoScoreHistory(deps, clinician('nurse.patel', 'nurse'), registered[0]);
    await loadDemoLetter(deps, clinician('dr.okafor', 'physician'), registered[0], options.clinicName);
  }
  return { staff: demoStaff.length, patients: demoPatients.length };
}

/** Demo clinic hours, three chairs and an IV induction course for the first demo patient. */
async function loadDemoSchedule(
  deps: AppDeps,
  system: RequestContext,
  ids: Record<string, string>,
  patientId: string | undefined,
): Promise<void> {
  const as = (username: string, role: 'admin' | 'physician'): RequestContext => ({
    ...system,
    actor: { userId: ids[username] ?? '', username, role, medicalDirector: false },
  });
  const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
  await saveClinicSettings(deps, as('demo.admin', 'admin'), {
    timeZone: demoTimeZone,
    weeklyHours: weekdays.map((weekday) => ({ weekday, opensMin: 7 * 60, closesMin: 19 * 60 })),
    closedDates: [],
    version: null,
  });
  for (const name of ['Chair 1', 'Chair 2', 'Chair 3']) {
    await createChair(deps, as('demo.admin', 'admin'), { name });
  }
  if (patientId !== undefined) {
    await startCourse(deps, as('dr.okafor', 'physician'), patientId, {
      protocolId: 'iv-depression',
      phase: 'induction',
      targetSessions: 6,
      sessionsPerWeek: 2,
    });
  }
}
