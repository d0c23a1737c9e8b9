import { NotFoundError } from '@chairside/domain';
import { checkPasswordPolicy } from '../auth/password-policy.js';
import type { AppDeps, RequestContext } from '../ports.js';

/**
 * An administrator sets a temporary password: it unlocks the account, ends the user's
 * sessions and must be changed at the next sign-in.
 */
export async function resetPassword(
  deps: AppDeps,
  ctx: RequestContext,
  userId: string,
  input: { newPassword: string; reason: string },
): Promise<void> {
  const target = await deps.tx.run((s) => s.users.findById(userId));
  if (!target) {
    throw new NotFoundError('User not found');
  }
  checkPasswordPolicy(input.newPassword, target.username, 'newPassword');
  const passwordHash = await deps.hasher.hash(input.newPassword);
  await deps.tx.run(async (s) => {
    const now = deps.clock.now().toISOString();
    const user = await s.users.findById(userId);
    if (!user) {
      throw new NotFoundError('User not found');
    }
    await s.users.update(userId, user.version, {
      passwordHash,
      mustChangePassword: true,
      failedSignIns: 0,
      lockedUntil: null,
      updatedAt: now,
    });
    await s.sessions.endAllForUser(userId, now, 'password-reset');
    await s.audit.append(ctx, {
      action: 'user.password-reset',
      recordType: 'user',
      recordId: userId,
      changes: { reason: input.reason },
    });
  });
}
