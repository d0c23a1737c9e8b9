import type { APIRequestContext, Page } from 'playwright-core';

/**
 * Readies a screened demo patient for a session through the API, as staff would through the
 * chart: an IV course (started by a physician), a signed consent on the current IV form and an
 * approved IV dose plan. The demo clinic signs the eligible screening.
 */
export interface ReadyPatient {
  readonly patientId: string;
  readonly courseId: string;
  readonly name: string;
}

async function csrf(request: APIRequestContext, baseUrl: string): Promise<string> {
  const me = await request.get(`${baseUrl}/api/auth/me`);
  return ((await me.json()) as { csrfToken: string }).csrfToken;
}

async function findPatient(page: Page, baseUrl: string, familyName: string): Promise<Patient> {
  const list = (await (
    await page.request.get(`${baseUrl}/api/patients?q=${encodeURIComponent(familyName)}`)
  ).json()) as {
    items: Patient[];
  };
  const patient = list.items.find((p) => p.legalFamilyName === familyName);
  if (patient === undefined) {
    throw new Error(`No demo patient ${familyName}`);
  }
  return patient;
}

interface Patient {
  readonly id: string;
  readonly legalGivenName: string;
  readonly legalFamilyName: string;
}

/** The signed-in page must be a physician's. */
export async function startIvCourse(page: Page, baseUrl: string, familyName: string): Promise<void> {
  const patient = await findPatient(page, baseUrl, familyName);
  await post(page, baseUrl, `/api/patients/${patient.id}/courses`, {
    protocolId: 'iv-depression',
    phase: 'induction',
    targetSessions: 6,
    sessionsPerWeek: 2,
  });
}

async function post(page: Page, baseUrl: string, path: string, data: unknown): Promise<unknown> {
  const token = await csrf(page.request, baseUrl);
  const response = await page.request.post(`${baseUrl}${path}`, { data, headers: { 'x-csrf-token': token } });
  if (!response.ok()) {
    throw new Error(`POST ${path} answered ${response.status()}: ${await response.text()}`);
  }
  return response.json();
}

/** The signed-in page must be a nurse's or a physician's. */
export async function readyDemoPatient(page: Page, baseUrl: string, familyName: string): Promise<ReadyPatient> {
  const list = (await (
    await page.request.get(`${baseUrl}/api/patients?q=${encodeURIComponent(familyName)}`)
  ).json()) as {
    items: { id: string; legalGivenName: string; legalFamilyName: string }[];
  };
  const patient = list.items.find((p) => p.legalFamilyName === familyName);
  if (patient === undefined) {
    throw new Error(`No demo patient ${familyName}`);
  }
  const courses = (await (await page.request.get(`${baseUrl}/api/patients/${patient.id}/courses`)).json()) as {
    id: string;
    status: string;
  }[];
  const course = courses.find((c) => c.status === 'active');
  if (course === undefined) {
    throw new Error(`${familyName} has no active course`);
  }
  const form = (await (await page.request.get(`${baseUrl}/api/consent-forms/iv`)).json()) as {
    version: number;
    elements: { id: string }[];
  };
  await post(page, baseUrl, `/api/patients/${patient.id}/consents`, {
    route: 'iv',
    formVersion: form.version,
    acknowledgedElements: form.elements.map((e) => e.id),
    patientTypedName: `${patient.legalGivenName} ${patient.legalFamilyName}`,
    signatureMethod: 'drawn',
    signaturePng:
      'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAAAAADRSSBWAAAAC0lEQVR4nGNg+A8AAQIBAEK+vGgAAAAASUVORK5CYII=',
    patientSignedAt: new Date(Date.now() - 60_000).toISOString(),
  });
  await post(page, baseUrl, `/api/patients/${patient.id}/dose-plans`, {
    inputs: {
      protocolId: 'iv-depression',
      weight: { value: 70, unit: 'kg', measuredAt: new Date(Date.now() - 3_600_000).toISOString() },
      basis: 'actual',
      doseMgPerKg: 0.5,
      durationMin: 40,
      concentrationMgPerMl: 10,
    },
  });
  return { patientId: patient.id, courseId: course.id, name: `${patient.legalGivenName} ${patient.legalFamilyName}` };
}

export async function bindMonitor(page: Page, baseUrl: string, deviceId: string, chairLabel: string): Promise<void> {
  await post(page, baseUrl, '/api/monitors/bindings', { deviceId, chairLabel });
}
