import type { Page } from 'playwright-core';

/** A treatment session on the demo board, found through the API as the signed-in clinician. */
export interface BoardSession {
  readonly sessionId: string;
  readonly state: string;
  /** Stops the infusion now: the session record's delivered dose is then final. */
  stopDosing(): Promise<void>;
}

export async function boardSession(page: Page, baseUrl: string, chairName: string): Promise<BoardSession> {
  const me = (await (await page.request.get(`${baseUrl}/api/auth/me`)).json()) as { csrfToken: string };
  const board = (await (await page.request.get(`${baseUrl}/api/sessions/board`)).json()) as {
    items: { session: { id: string; chairName: string | null; state: string } }[];
  };
  const entry = board.items.find((e) => e.session.chairName === chairName);
  if (!entry) {
    throw new Error(`No session in ${chairName} on the board`);
  }
  const sessionId = entry.session.id;
  return {
    sessionId,
    state: entry.session.state,
    stopDosing: async () => {
      const response = await page.request.post(`${baseUrl}/api/sessions/${sessionId}/titrations`, {
        headers: { 'x-csrf-token': me.csrfToken },
        data: { kind: 'stop', at: new Date().toISOString(), reason: 'Dose complete' },
      });
      if (response.status() !== 200) {
        throw new Error(`stop: ${response.status()} ${await response.text()}`);
      }
    },
  };
}
