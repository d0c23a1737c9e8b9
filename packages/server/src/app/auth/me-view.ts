import type { Role } from '@chairside/domain';
import type { AuthSettings, SessionRecord, UserRecord } from '../ports.js';

export interface MeView {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly medicalDirector: boolean;
  readonly mustChangePassword: boolean;
  readonly csrfToken: string;
  readonly idleTimeoutSeconds: number;
  readonly expiresAt: string;
}

export function toMe(user: UserRecord, session: SessionRecord, auth: AuthSettings): MeView {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    medicalDirector: user.medicalDirector,
    mustChangePassword: user.mustChangePassword,
    csrfToken: session.csrfToken,
    idleTimeoutSeconds: auth.idleTimeoutMinutes * 60,
    expiresAt: session.expiresAt,
  };
}
