import type { Me } from '@chairside/contract';
import { createContext, useContext } from 'react';

export type SignOutReason = 'user' | 'session-ended';

export interface AuthContextValue {
  /** The signed-in user; null when nobody is signed in. */
  readonly me: Me | null;
  readonly signedIn: (me: Me) => void;
  readonly signOut: (reason: SignOutReason) => Promise<void>;
  /** Re-reads /api/auth/me (refreshes the server's idle timer and the CSRF token). */
  readonly refresh: () => Promise<Me | null>;
}

export const AuthContext = createContext<AuthContextValue | null>(null);

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (value === null) {
    throw new Error('useAuth must be used inside <AuthProvider>');
  }
  return value;
}

/** For screens that only render once someone is signed in. */
export function useMe(): Me {
  const { me } = useAuth();
  if (me === null) {
    throw new Error('useMe needs a signed-in user');
  }
  return me;
}
