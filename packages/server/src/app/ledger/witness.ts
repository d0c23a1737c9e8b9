import { InvalidInputError } from '@chairside/domain';
import { addMinutes } from '../context.js';
import type { AppDeps, RequestContext, Stores, UserRecord } from '../ports.js';

/** The second person re-enters their own credentials in the same request. */
export interface WitnessCredentials {
  readonly username: string;
  readonly password: string;
}

const witnessRoles: readonly string[] = ['physician', 'nurse'];

function refused(field: string, message: string): InvalidInputError {
  return new InvalidInputError(message, { fields: [{ field, message }] });
}

/**
 * Finds the witness named in a command: an active physician or nurse. Their password is checked
 * later (`confirmWitness`), after the command itself passed its checks, so a refused command
 * never counts a failed password.
 */
export async function findWitness(s: Stores, credentials: WitnessCredentials, field: string): Promise<UserRecord> {
  const user = await s.users.findByUsername(credentials.username.trim());
  if (!user?.active) {
    throw refused(`${field}/username`, 'No active staff member with that username');
  }
  if (!witnessRoles.includes(user.role)) {
    throw refused(`${field}/username`, 'A witness must be a physician or a nurse');
  }
  return user;
}

/**
 * Checks the witness's own password, counting a wrong one like a failed sign-in (enough of them
 * lock the account). Returns the error to throw after the transaction commits, or null.
 */
export async function confirmWitness(
  deps: AppDeps,
  s: Stores,
  ctx: RequestContext,
  witness: UserRecord,
  credentials: WitnessCredentials,
  field: string,
): Promise<Error | null> {
  const now = deps.clock.now();
  const audit = (reason: string): Promise<void> =>
    s.audit.append(ctx, {
      action: 'ledger.witness-failed',
      recordType: 'user',
      recordId: witness.id,
      changes: { username: witness.username, reason },
    });
  if (witness.lockedUntil && new Date(witness.lockedUntil) > now) {
    await audit('locked');
    return refused(`${field}/username`, `This account is locked until ${witness.lockedUntil}`);
  }
  if (await deps.hasher.verify(witness.passwordHash, credentials.password)) {
    if (witness.failedSignIns > 0) {
      await s.users.recordSignInAttempt(witness.id, { failedSignIns: 0, lockedUntil: null });
    }
    return null;
  }
  const failures = witness.failedSignIns + 1;
  const locks = failures >= deps.auth.maxFailedSignIns;
  const lockedUntil = locks ? addMinutes(now, deps.auth.lockoutMinutes).toISOString() : null;
  await s.users.recordSignInAttempt(witness.id, { failedSignIns: locks ? 0 : failures, lockedUntil });
  await audit(locks ? 'wrong-password-locked' : 'wrong-password');
  return refused(
    `${field}/password`,
    lockedUntil
      ? `Wrong password; the witness's account is now locked until ${lockedUntil}`
      : "The witness's password is incorrect",
  );
}
