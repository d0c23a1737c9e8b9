import { ConflictError, InvalidInputError, NotFoundError, StaleVersionError, type Role } from '@chairside/domain';
import { diffFields } from '@chairside/domain';
import { requireActor } from '../context.js';
import type { AppDeps, RequestContext, UserChanges } from '../ports.js';
import { toUserView, type UserView } from './user-view.js';

export interface UpdateUserInput {
  readonly version: number;
  readonly displayName?: string;
  readonly email?: string | null;
  readonly role?: Role;
  readonly medicalDirector?: boolean;
  readonly active?: boolean;
  readonly reason: string;
}

/** Changes a user's name, role, director flag or active state; deactivation ends their sessions. */
export async function updateUser(
  deps: AppDeps,
  ctx: RequestContext,
  userId: string,
  input: UpdateUserInput,
): Promise<UserView> {
  const actor = requireActor(ctx);
  return deps.tx.run(async (s) => {
    const user = await s.users.findById(userId);
    if (!user) {
      throw new NotFoundError('User not found');
    }
    if (user.version !== input.version) {
      throw new StaleVersionError('This account was changed by someone else since you opened it; reload and try again');
    }
    const role = input.role ?? user.role;
    const medicalDirector = input.medicalDirector ?? (role === 'physician' ? user.medicalDirector : false);
    if (medicalDirector && role !== 'physician') {
      throw InvalidInputError.forField('medicalDirector', 'Only a physician can be the medical director');
    }
    const active = input.active ?? user.active;
    if (userId === actor.userId && (!active || role !== 'admin')) {
      throw new ConflictError('You cannot deactivate yourself or remove your own administrator role');
    }
    const now = deps.clock.now().toISOString();
    const changes: UserChanges = {
      displayName: input.displayName ?? user.displayName,
      email: input.email === undefined ? user.email : input.email,
      role,
      medicalDirector,
      active,
      updatedAt: now,
    };
    const diff = diffFields(
      {
        displayName: user.displayName,
        email: user.email,
        role: user.role,
        medicalDirector: user.medicalDirector,
        active: user.active,
      },
      { displayName: changes.displayName, email: changes.email, role, medicalDirector, active },
    );
    if (!(await s.users.update(userId, input.version, changes))) {
      throw new StaleVersionError('This account was changed by someone else since you opened it; reload and try again');
    }
    if (!active || role !== user.role) {
      await s.sessions.endAllForUser(userId, now, active ? 'role-changed' : 'deactivated');
    }
    await s.audit.append(ctx, {
      action: 'user.update',
      recordType: 'user',
      recordId: userId,
      changes: { reason: input.reason, diff },
    });
    const updated = await s.users.findById(userId);
    if (!updated) {
      throw new NotFoundError('User not found');
    }
    return toUserView(updated, new Date(now));
  });
}
