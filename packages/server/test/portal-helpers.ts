import type { Agent, TestApp } from './test-app.js';
import { agentFor } from './test-app.js';

export const patientPassword = 'my-own-portal-passphrase';

export const phq9 = (values: readonly (number | null)[]): { itemId: string; value: number | null }[] =>
  values.map((value, index) => ({ itemId: `phq-9.item-${index + 1}`, value }));

/** Registers a patient as the front desk and returns their id. */
export async function registerTestPatient(desk: Agent, given: string, family: string): Promise<string> {
  const response = await desk.request({
    method: 'POST',
    url: '/api/patients',
    payload: {
      legalGivenName: given,
      legalFamilyName: family,
      dateOfBirth: '1980-01-02',
      sexAtBirth: 'unknown',
      careTeam: [],
    },
  });
  if (response.statusCode !== 201) {
    throw new Error(`register failed: ${response.body}`);
  }
  return response.json<{ id: string }>().id;
}

/** Invites a patient, redeems the code with a chosen username, and signs them in to the portal. */
export async function portalAgentFor(t: TestApp, staff: Agent, patientId: string, username: string): Promise<Agent> {
  const invited = await staff.request({ method: 'POST', url: `/api/patients/${patientId}/portal-invitations` });
  if (invited.statusCode !== 201) {
    throw new Error(`invite failed: ${invited.body}`);
  }
  const { code } = invited.json<{ code: string }>();
  const redeemed = await t.app.inject({
    method: 'POST',
    url: '/api/portal/redeem',
    payload: { code, username, password: patientPassword },
  });
  if (redeemed.statusCode !== 201) {
    throw new Error(`redeem failed: ${redeemed.body}`);
  }
  return agentFor(t.app, username, patientPassword);
}
