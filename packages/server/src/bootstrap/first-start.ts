import { randomBytes } from 'node:crypto';
import type { AppDeps, RequestContext } from '../app/ports.js';
import { createUser } from '../app/users/create-user.js';

export const systemContext: RequestContext = { actor: null, requestId: 'first-start', clientAddress: null };

export interface FirstStart {
  readonly empty: boolean;
  readonly adminPassword: string | null;
  readonly generated: boolean;
}

/**
 * On an empty database, creates the first administrator. The password comes from
 * configuration or is generated and returned once, to be printed; it is never stored in clear.
 */
export async function ensureFirstAdmin(deps: AppDeps, configured: string | null): Promise<FirstStart> {
  const [users, patients] = await deps.tx.run(async (s) => [await s.users.count(), await s.patients.count()] as const);
  if (users > 0 || patients > 0) {
    return { empty: false, adminPassword: null, generated: false };
  }
  const password = configured ?? `${randomBytes(12).toString('base64url')}-Cs1`;
  await createUser(deps, systemContext, {
    username: 'admin',
    displayName: 'Clinic Administrator',
    role: 'admin',
    password,
    // A generated password is seen once on a console: it must be replaced at first sign-in.
    mustChangePassword: configured === null,
  });
  return { empty: true, adminPassword: password, generated: configured === null };
}
