import type { ChangePasswordBody, Me, SignInBody } from '@chairside/contract';
import { ApiError } from '../../api/api-error';
import { api, apiRequest } from '../../api/client';

/** Who is signed in, or null when nobody is (a 401 here is an answer, not an error). */
export async function fetchMe(): Promise<Me | null> {
  try {
    return await apiRequest<Me>('GET', '/api/auth/me', { expectUnauthenticated: true });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      return null;
    }
    throw error;
  }
}

export function signIn(body: SignInBody): Promise<Me> {
  return apiRequest<Me>('POST', '/api/auth/sign-in', { body, expectUnauthenticated: true });
}

export function signOut(): Promise<void> {
  return apiRequest<undefined>('POST', '/api/auth/sign-out', { expectUnauthenticated: true });
}

export function changePassword(body: ChangePasswordBody): Promise<void> {
  return api.post<undefined>('/api/auth/password', body);
}
