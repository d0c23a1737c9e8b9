import type { Page } from 'playwright-core';

/** A treatment session on the demo board, found through the API as the signed-in clinician. */
export interface BoardSession {
  readonly sessionId: string;
  readonly state: string;
  /** Stops the infusion now: the session record's delivered dose is then final. */
  stopDosing(): Promise<void>;
  /** Waits until the session record shows at least this much delivered. */
  waitForDeliveredMg(minimumMg: number): Promise<number>;
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
    waitForDeliveredMg: async (minimumMg) => {
      const deadline = Date.now() + 90_000;
      for (;;) {
        const detail = (await (await page.request.get(`${baseUrl}/api/sessions/${sessionId}`)).json()) as {
          dose: { deliveredMg: number | null };
        };
        const delivered = detail.dose.deliveredMg ?? 0;
        if (delivered >= minimumMg || Date.now() > deadline) {
          return delivered;
        }
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
    },
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
