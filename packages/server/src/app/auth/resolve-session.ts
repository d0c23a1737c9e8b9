import type { AppDeps, Actor, SessionRecord } from '../ports.js';
import { toMe, type MeView } from './me-view.js';

export interface ResolvedSession {
  readonly actor: Actor;
  readonly session: SessionRecord;
  readonly me: MeView;
}

// Updating last-seen on every request would turn every read into a write; a few seconds of slack is harmless.
const touchAfterMs = 15_000;

/**
 * Finds the live session behind a cookie token. Idle, expired or ended sessions,
 * and sessions of deactivated users, resolve to nothing (and idle ones are ended).
 */
export async function resolveSession(deps: AppDeps, token: string): Promise<ResolvedSession | null> {
  return deps.tx.run(async (s) => {
    const now = deps.clock.now();
    const session = await s.sessions.findById(deps.tokens.digest(token));
    if (!session || session.endedAt) {
      return null;
    }
    const idleSince = now.getTime() - new Date(session.lastSeenAt).getTime();
    if (new Date(session.expiresAt) <= now) {
      await s.sessions.end(session.id, now.toISOString(), 'absolute-timeout');
      return null;
    }
    if (idleSince > deps.auth.idleTimeoutMinutes * 60_000) {
      await s.sessions.end(session.id, now.toISOString(), 'idle-timeout');
      return null;
    }
    const user = await s.users.findById(session.userId);
    if (!user?.active) {
      return null;
    }
    if (idleSince > touchAfterMs) {
      await s.sessions.touch(session.id, now.toISOString());
    }
    const actor: Actor = {
      userId: user.id,
      username: user.username,
      role: user.role,
      medicalDirector: user.medicalDirector,
    };
    return { actor, session, me: toMe(user, session, deps.auth) };
  });
}
