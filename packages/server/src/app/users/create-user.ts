import { ConflictError, InvalidInputError, type Role } from '@chairside/domain';
import { checkPasswordPolicy } from '../auth/password-policy.js';
import type { AppDeps, RequestContext } from '../ports.js';
import { toUserView, type UserView } from './user-view.js';

export interface CreateUserInput {
  readonly username: string;
  readonly displayName: string;
  readonly email?: string;
  readonly role: Role;
  readonly medicalDirector?: boolean;
  readonly password: string;
  readonly patientId?: string;
  readonly demo?: boolean;
  /** Whether the first sign-in must set a new password (default: yes). */
  readonly mustChangePassword?: boolean;
}

/**
 * Creates a staff account. The first password is set by the administrator and must be
 * changed at first sign-in. Only physicians can be medical directors.
 */
export async function createUser(deps: AppDeps, ctx: RequestContext, input: CreateUserInput): Promise<UserView> {
  checkPasswordPolicy(input.password, input.username, 'password');
  if (input.medicalDirector && input.role !== 'physician') {
    throw InvalidInputError.forField('medicalDirector', 'Only a physician can be the medical director');
  }
  const passwordHash = await deps.hasher.hash(input.password);
  return deps.tx.run(async (s) => {
    if (await s.users.findByUsername(input.username)) {
      throw new ConflictError(`The username "${input.username}" is taken`, {
        fields: [{ field: 'username', message: 'This username is taken' }],
      });
    }
    const now = deps.clock.now().toISOString();
    const user = {
      id: deps.ids.uuid(),
      username: input.username.trim(),
      displayName: input.displayName.trim(),
      email: input.email ?? null,
      role: input.role,
      medicalDirector: input.medicalDirector ?? false,
      patientId: input.patientId ?? null,
      active: true,
      passwordHash,
      mustChangePassword: input.mustChangePassword ?? true,
      demo: input.demo ?? false,
      createdAt: now,
      updatedAt: now,
    };
    await s.users.insert(user);
    await s.audit.append(ctx, {
      action: 'user.create',
      recordType: 'user',
      recordId: user.id,
      changes: { username: user.username, role: user.role, medicalDirector: user.medicalDirector },
    });
    return toUserView({ ...user, failedSignIns: 0, lockedUntil: null, lastSignInAt: null, version: 1 }, new Date(now));
  });
}
