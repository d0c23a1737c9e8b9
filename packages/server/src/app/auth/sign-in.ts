import { AccountLockedError, UnauthenticatedError } from '@chairside/domain';
import { addMinutes } from '../context.js';
import type { AppDeps, RequestContext, UserRecord } from '../ports.js';
import { toMe, type MeView } from './me-view.js';

export interface SignInInput {
  readonly username: string;
  readonly password: string;
  readonly userAgent: string | null;
}

export interface SignedIn {
  readonly sessionToken: string;
  readonly me: MeView;
}

const wrongCredentials = 'Username or password is incorrect';

type Outcome = { kind: 'ok'; signedIn: SignedIn } | { kind: 'refused'; error: Error };

/**
 * Signs a user in. Failed attempts are counted and committed even though the
 * sign-in is refused; enough of them lock the account for a while.
 */
export async function signIn(deps: AppDeps, ctx: RequestContext, input: SignInInput): Promise<SignedIn> {
  const outcome = await deps.tx.run(async (s): Promise<Outcome> => {
    const now = deps.clock.now();
    const user = await s.users.findByUsername(input.username);
    const auditFailure = async (reason: string, target: UserRecord | undefined): Promise<void> => {
      await s.audit.append(ctx, {
        action: 'auth.sign-in-failed',
        recordType: 'user',
        recordId: target?.id ?? null,
        changes: { username: input.username, reason },
      });
    };
    if (!user) {
      // Hashing anyway keeps the response time the same, so sign-in does not reveal which usernames exist.
      await deps.hasher.hash(input.password);
      await auditFailure('unknown-username', undefined);
      return { kind: 'refused', error: new UnauthenticatedError(wrongCredentials) };
    }
    if (user.lockedUntil && new Date(user.lockedUntil) > now) {
      await auditFailure('locked', user);
      return { kind: 'refused', error: lockedError(user.lockedUntil) };
    }
    const passwordOk = await deps.hasher.verify(user.passwordHash, input.password);
    if (!passwordOk || !user.active) {
      return { kind: 'refused', error: await countFailure(deps, s, user, now, auditFailure, passwordOk) };
    }
    await s.users.recordSignInAttempt(user.id, {
      failedSignIns: 0,
      lockedUntil: null,
      lastSignInAt: now.toISOString(),
    });
    const token = deps.tokens.token();
    const session = {
      id: deps.tokens.digest(token),
      userId: user.id,
      csrfToken: deps.tokens.token(),
      createdAt: now.toISOString(),
      lastSeenAt: now.toISOString(),
      expiresAt: addMinutes(now, deps.auth.absoluteTimeoutHours * 60).toISOString(),
      endedAt: null,
    };
    await s.sessions.insert({ ...session, clientAddress: ctx.clientAddress, userAgent: input.userAgent });
    const actorCtx: RequestContext = {
      ...ctx,
      actor: { userId: user.id, username: user.username, role: user.role, medicalDirector: user.medicalDirector },
    };
    await s.audit.append(actorCtx, { action: 'auth.sign-in', recordType: 'user', recordId: user.id });
    return { kind: 'ok', signedIn: { sessionToken: token, me: toMe(user, session, deps.auth) } };
  });
  if (outcome.kind === 'refused') {
    throw outcome.error;
  }
  return outcome.signedIn;
}

async function countFailure(
  deps: AppDeps,
  s: Parameters<Parameters<AppDeps['tx']['run']>[0]>[0],
  user: UserRecord,
  now: Date,
  auditFailure: (reason: string, target: UserRecord) => Promise<void>,
  passwordOk: boolean,
): Promise<Error> {
  if (!user.active) {
    await auditFailure(passwordOk ? 'deactivated' : 'deactivated-wrong-password', user);
    return new UnauthenticatedError(wrongCredentials);
  }
  const failures = user.failedSignIns + 1;
  const locks = failures >= deps.auth.maxFailedSignIns;
  const lockedUntil = locks ? addMinutes(now, deps.auth.lockoutMinutes).toISOString() : null;
  await s.users.recordSignInAttempt(user.id, { failedSignIns: locks ? 0 : failures, lockedUntil });
  await auditFailure(locks ? 'wrong-password-locked' : 'wrong-password', user);
  return lockedUntil ? lockedError(lockedUntil) : new UnauthenticatedError(wrongCredentials);
}

function lockedError(lockedUntil: string): AccountLockedError {
  return new AccountLockedError(
    `This account is locked after repeated failed sign-ins until ${lockedUntil}. Ask an administrator to unlock it sooner.`,
  );
}
