import { registerPatient } from '../app/patients/register-patient.js';
import type { AppDeps, RequestContext } from '../app/ports.js';
import { createUser } from '../app/users/create-user.js';
import { demoPassword, demoPatients, demoStaff } from './demo-clinic.js';

/**
 * Loads the synthetic demo clinic. Called only right after the first administrator was
 * created on an empty database, so demo data never mixes with real records.
 */
export async function loadDemoClinic(deps: AppDeps): Promise<{ staff: number; patients: number }> {
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
  for (const patient of demoPatients) {
    await registerPatient(deps, asDesk, patient, { demo: true });
  }
  return { staff: demoStaff.length, patients: demoPatients.length };
}
