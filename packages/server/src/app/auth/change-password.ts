import { InvalidInputError, NotFoundError, StaleVersionError } from '@chairside/domain';
import { requireActor } from '../context.js';
import type { AppDeps, RequestContext } from '../ports.js';
import { checkPasswordPolicy } from './password-policy.js';

/** A user changes their own password; they must know the current one. */
export async function changeOwnPassword(
  deps: AppDeps,
  ctx: RequestContext,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const actor = requireActor(ctx);
  const user = await deps.tx.run((s) => s.users.findById(actor.userId));
  if (!user) {
    throw new NotFoundError('User not found');
  }
  if (!(await deps.hasher.verify(user.passwordHash, input.currentPassword))) {
    throw InvalidInputError.forField('currentPassword', 'Current password is incorrect');
  }
  checkPasswordPolicy(input.newPassword, user.username, 'newPassword');
  if (input.newPassword === input.currentPassword) {
    throw InvalidInputError.forField('newPassword', 'The new password must differ from the current one');
  }
  const passwordHash = await deps.hasher.hash(input.newPassword);
  await deps.tx.run(async (s) => {
    const updatedAt = deps.clock.now().toISOString();
    const ok = await s.users.update(user.id, user.version, { passwordHash, mustChangePassword: false, updatedAt });
    if (!ok) {
      throw new StaleVersionError('Your account was changed meanwhile; try again');
    }
    await s.audit.append(ctx, { action: 'user.password-changed', recordType: 'user', recordId: user.id });
  });
}
