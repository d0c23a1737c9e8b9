import type { Problem } from '@chairside/contract';
import { ApiError } from './api-error';

/**
 * The one place the UI talks HTTP. Cookies carry the session; state-changing
 * requests add the CSRF token from /api/auth/me. Every answer from the server
 * counts as activity, because the server's idle timer restarts on each request.
 */
interface ClientState {
  csrfToken: string | null;
  lastServerContactAt: number;
  onSessionEnded: (() => void) | null;
}

const state: ClientState = { csrfToken: null, lastServerContactAt: Date.now(), onSessionEnded: null };

export function setCsrfToken(token: string | null): void {
  state.csrfToken = token;
}

/** Called on any 401 from a signed-in call: the session has ended on the server. */
export function setSessionEndedHandler(handler: (() => void) | null): void {
  state.onSessionEnded = handler;
}

export function lastServerContactAt(): number {
  return state.lastServerContactAt;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface RequestOptions {
  readonly body?: unknown;
  /** Sign-in and the first /me are expected to answer 401; that is not a session ending. */
  readonly expectUnauthenticated?: boolean;
}

export async function apiRequest<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
  }
  if (method !== 'GET' && state.csrfToken !== null) {
    headers['x-csrf-token'] = state.csrfToken;
  }
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: options.body === undefined ? null : JSON.stringify(options.body),
  });
  state.lastServerContactAt = Date.now();
  if (response.status === 204) {
    return undefined as T;
  }
  const payload: unknown = await readJson(response);
  if (!response.ok) {
    if (response.status === 401 && options.expectUnauthenticated !== true) {
      state.onSessionEnded?.();
    }
    throw new ApiError(response.status, isObject(payload) ? payload : {});
  }
  return payload as T;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') {
    return null;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return { detail: `The server answered HTTP ${response.status} without a readable body.` };
  }
}

function isObject(value: unknown): value is Partial<Problem> {
  return typeof value === 'object' && value !== null;
}

export const api = {
  get: <T>(path: string) => apiRequest<T>('GET', path),
  post: <T>(path: string, body?: unknown) => apiRequest<T>('POST', path, { body }),
  put: <T>(path: string, body: unknown) => apiRequest<T>('PUT', path, { body }),
  patch: <T>(path: string, body: unknown) => apiRequest<T>('PATCH', path, { body }),
};

/** A query string from defined, non-blank values only. */
export function queryString(params: Readonly<Record<string, string | number | undefined>>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && String(value).trim() !== '') {
      search.set(key, String(value).trim());
    }
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

/** A POST whose answer is a file (a PDF preview): the body comes back as a Blob. */
export async function postForBlob(path: string, body: unknown): Promise<Blob> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (state.csrfToken !== null) {
    headers['x-csrf-token'] = state.csrfToken;
  }
  const response = await fetch(path, {
    method: 'POST',
    headers,
    credentials: 'same-origin',
    body: JSON.stringify(body),
  });
  state.lastServerContactAt = Date.now();
  if (!response.ok) {
    const payload: unknown = await readJson(response);
    throw new ApiError(response.status, isObject(payload) ? payload : {});
  }
  return response.blob();
}
