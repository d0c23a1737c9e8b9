import type { UserRecord } from '../ports.js';

export interface UserView {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly email: string | null;
  readonly role: UserRecord['role'];
  readonly medicalDirector: boolean;
  readonly active: boolean;
  readonly locked: boolean;
  readonly mustChangePassword: boolean;
  readonly lastSignInAt: string | null;
  readonly version: number;
}

export function toUserView(user: UserRecord, now: Date): UserView {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    email: user.email,
    role: user.role,
    medicalDirector: user.medicalDirector,
    active: user.active,
    locked: user.lockedUntil !== null && new Date(user.lockedUntil) > now,
    mustChangePassword: user.mustChangePassword,
    lastSignInAt: user.lastSignInAt,
    version: user.version,
  };
}
