import type { Agent } from './test-app.js';
import { testPassword } from './test-app.js';

/** RA1234563: 1+3+5 + 2×(2+4+6) = 33 → check digit 3. */
export const supplier = {
  name: 'Acme Pharma Distribution',
  address: '1 Dock Rd, Memphis TN 38118',
  deaNumber: 'RA1234563',
};

/** One 10 mL vial of 50 mg/mL ketamine: 500 mg. */
export const vialReceipt = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  productKind: 'ketamine-hcl-vial',
  ndc: '0409-2051-05',
  lot: 'KX1234',
  expiryDate: '2027-06-30',
  concentrationMgPerMl: 50,
  volumeMl: 10,
  quantity: 1,
  location: 'Safe A',
  supplier,
  invoiceNumber: 'INV-1001',
  invoiceDate: '2026-11-20',
  ...over,
});

export const witnessAs = (
  role: 'physician' | 'nurse',
  password = testPassword,
): { username: string; password: string } => ({
  username: `test.${role}`,
  password,
});

export async function setClinicZone(admin: Agent): Promise<void> {
  const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'].map((weekday) => ({
    weekday,
    opensAt: '08:00',
    closesAt: '18:00',
  }));
  const saved = await admin.request({
    method: 'PUT',
    url: '/api/clinic/settings',
    payload: { timeZone: 'America/Chicago', weeklyHours: weekdays, closedDates: [], version: null },
  });
  if (saved.statusCode !== 200) {
    throw new Error(`clinic settings: ${saved.body}`);
  }
}

export async function receive(agent: Agent, over: Record<string, unknown> = {}): Promise<string> {
  const response = await agent.request({ method: 'POST', url: '/api/ledger/receipts', payload: vialReceipt(over) });
  if (response.statusCode !== 201) {
    throw new Error(`receive: ${response.body}`);
  }
  return response.json<{ containerId: string }>().containerId;
}

export interface OverviewBody {
  eventCount: number;
  containers: { containerId: string; balanceMg: number; balanceMl?: number; devices?: number }[];
  discrepancies: {
    countEventId: string;
    status: string;
    differenceMg: number;
    deaNoticeDueAt: string;
    noticeOverdue: boolean;
  }[];
  openWastes: { eventId: string; amountMg: number }[];
  sessions: { sessionId: string; status: string; discrepancyMg: number; sessionOnRecord: boolean }[];
}

export async function overview(agent: Agent): Promise<OverviewBody> {
  const response = await agent.request({ method: 'GET', url: '/api/ledger' });
  if (response.statusCode !== 200) {
    throw new Error(`overview: ${response.body}`);
  }
  return response.json<OverviewBody>();
}

export const balanceOf = (body: OverviewBody, containerId: string): number | undefined =>
  body.containers.find((c) => c.containerId === containerId)?.balanceMg;
