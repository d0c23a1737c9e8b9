import type { APIRequestContext, Page } from 'playwright-core';

/**
 * Puts a demo patient into a real treatment session through the API, as the signed-in nurse:
 * consent, an approved dose plan, a session in Chair 1 through check-in and pre-checks. The
 * browser test then draws for it in the UI.
 */
export interface DemoSession {
  readonly patientId: string;
  readonly sessionId: string;
  startDosing(): Promise<void>;
  stopDosing(): Promise<void>;
}

async function call<T>(
  request: APIRequestContext,
  csrf: string,
  method: 'GET' | 'POST',
  url: string,
  data?: object,
): Promise<T> {
  const response = await request.fetch(url, {
    method,
    headers: { 'x-csrf-token': csrf, 'content-type': 'application/json' },
    ...(data === undefined ? {} : { data }),
  });
  if (response.status() >= 300) {
    throw new Error(`${method} ${url}: ${response.status()} ${await response.text()}`);
  }
  return (await response.json()) as T;
}

export async function demoSession(page: Page, baseUrl: string, familyName: string): Promise<DemoSession> {
  const request = page.request;
  const me = await call<{ csrfToken: string }>(request, '', 'GET', `${baseUrl}/api/auth/me`);
  const api = <T>(method: 'GET' | 'POST', path: string, data?: object): Promise<T> =>
    call<T>(request, me.csrfToken, method, `${baseUrl}${path}`, data);
  const found = await api<{ items: { id: string }[] }>('GET', `/api/patients?q=${encodeURIComponent(familyName)}`);
  const patientId = found.items[0]?.id ?? '';
  const courses = await api<{ id: string; status?: string }[] | { items: { id: string }[] }>(
    'GET',
    `/api/patients/${patientId}/courses`,
  );
  const courseId = (Array.isArray(courses) ? courses : courses.items)[0]?.id ?? '';
  const form = await api<{ version: number; elements: { id: string }[] }>('GET', '/api/consent-forms/iv');
  const now = new Date();
  await api('POST', `/api/patients/${patientId}/consents`, {
    route: 'iv',
    formVersion: form.version,
    acknowledgedElements: form.elements.map((e) => e.id),
    patientTypedName: familyName,
    signatureMethod: 'checkbox',
    patientSignedAt: now.toISOString(),
  });
  await api('POST', `/api/patients/${patientId}/dose-plans`, {
    inputs: {
      protocolId: 'iv-depression',
      weight: { value: 80, unit: 'kg', measuredAt: now.toISOString() },
      basis: 'actual',
      doseMgPerKg: 0.5,
      durationMin: 40,
      concentrationMgPerMl: 10,
    },
  });
  const created = await api<{ session: { id: string } }>('POST', '/api/sessions', {
    patientId,
    courseId,
    chairName: 'Chair 1',
  });
  const sessionId = created.session.id;
  const path = `/api/sessions/${sessionId}`;
  await api('POST', `${path}/transitions`, { event: 'check-in' });
  await api('POST', `${path}/transitions`, { event: 'begin-pre-checks' });
  const hoursAgo = (h: number): string => new Date(now.getTime() - h * 3_600_000).toISOString();
  await api('POST', `${path}/pre-checks`, {
    identityConfirmed: true,
    lastSolidsAt: hoursAgo(8),
    lastLiquidsAt: hoursAgo(3),
    escortName: 'Jo Escort',
    escortPhone: '555-0199',
  });
  await api('POST', `${path}/vitals`, {
    takenAt: new Date().toISOString(),
    systolicMmHg: 124,
    diastolicMmHg: 78,
    heartRateBpm: 72,
    spo2Pct: 98,
    respiratoryRatePerMin: 14,
  });
  return {
    patientId,
    sessionId,
    startDosing: async () => {
      await api('POST', `${path}/transitions`, { event: 'start-dosing', initialRateMlPerHour: 6 });
    },
    stopDosing: async () => {
      await api('POST', `${path}/titrations`, { kind: 'stop', at: new Date().toISOString(), reason: 'Dose complete' });
    },
  };
}
