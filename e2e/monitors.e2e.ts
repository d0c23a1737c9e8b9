import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MllpClient, oruMessage } from '../packages/server/src/hl7/mllp-client.js';
import { freePort, screenshot, signIn, startApp, type E2eApp } from './harness.js';

const device = 'MON-E2E-07';
const fixture = (name: string): string =>
  join(dirname(fileURLToPath(import.meta.url)), '..', 'packages/server/src/hl7/__fixtures__', name);

describe('monitors page: the HL7 feed, the holding list and binding to a chair', () => {
  let app: E2eApp;
  let mllpPort: number;
  beforeAll(async () => {
    mllpPort = await freePort();
    app = await startApp({ env: { CHAIRSIDE_MLLP_PORT: String(mllpPort) } });
  });
  afterAll(async () => {
    await app.stop();
  });

  async function sendVitals(n: number, sys: number): Promise<string> {
    const client = await MllpClient.connect(mllpPort);
    const at = new Date(Date.now() - (10 - n) * 1000);
    const ack = await client.send(
      oruMessage(device, `E2E-${n}`, at, { sys, dia: 84, hr: 77 + n, spo2: 97, rr: 14, etco2: 38 }),
    );
    await client.close();
    return ack.code;
  }

  it('holds readings from an unbound monitor, then sends them to the chair once bound', async () => {
    expect([await sendVitals(1, 131), await sendVitals(2, 142), await sendVitals(3, 153)]).toEqual(['AA', 'AA', 'AA']);

    const page = await app.newPage();
    await signIn(page, app.baseUrl, 'nurse.patel');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Monitors' }).click();
    const monitors = page.getByRole('table', { name: 'Monitors' });
    const row = monitors.getByRole('row').filter({ hasText: device });
    await row.waitFor();
    expect(await row.textContent()).toContain('Not bound');
    const held = page.getByRole('table', { name: 'Held readings' });
    await held.getByRole('cell', { name: '153/84' }).waitFor();
    expect(await held.getByRole('row').filter({ hasText: device }).count()).toBe(3);
    const log = page.getByRole('table', { name: 'Message log' });
    await log.getByRole('row').filter({ hasText: 'E2E-3' }).getByText('AA · Accepted').waitFor();
    await screenshot(page, 'monitors-unbound-1366');

    await row.getByRole('button', { name: `Bind ${device} to a chair` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Chair/).fill('Chair 2');
    await dialog.getByRole('button', { name: 'Bind to chair' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await row.getByText('Chair 2').waitFor();

    expect(await sendVitals(4, 166)).toBe('AA');
    await page.reload();
    await row.getByText('Chair 2').waitFor();
    await held.getByRole('cell', { name: '153/84' }).waitFor();
    expect(await held.getByRole('cell', { name: '166/84' }).count(), 'the bound reading is not held').toBe(0);
    expect(await held.getByRole('row').filter({ hasText: device }).count()).toBe(3);
    await screenshot(page, 'monitors-bound-1366');

    const from = new Date(Date.now() - 3_600_000).toISOString();
    const to = new Date(Date.now() + 60_000).toISOString();
    const response = await page.request.get(
      `${app.baseUrl}/api/monitors/readings?chair=${encodeURIComponent('Chair 2')}&from=${from}&to=${to}`,
    );
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { items: { deviceId: string; systolicMmHg?: number }[] };
    expect(body.items.map((r) => [r.deviceId, r.systolicMmHg])).toEqual([[device, 166]]);

    await page.close();

    // Tablet width: a fresh page at that size (resizing mid-page catches the nav animating).
    const tablet = await app.newPage({ width: 768, height: 1024 });
    await tablet.goto(`${app.baseUrl}/monitors`);
    await tablet.getByRole('table', { name: 'Monitors' }).getByText('Chair 2').waitFor();
    await tablet.getByRole('table', { name: 'Message log' }).getByText('E2E-4').waitFor();
    await screenshot(tablet, 'monitors-768');
    await tablet.close();
  });

  it('shows the server’s 409 when the chair already has a monitor, and rejected messages in the log', async () => {
    expect(await sendVitalsFrom('MON-E2E-08')).toBe('AA');
    const client = await MllpClient.connect(mllpPort);
    const rejected = await client.send(readFileSync(fixture('malformed-no-obr.hl7'), 'utf8').replace(/\r?\n/g, '\r'));
    await client.close();
    expect(rejected.code).toMatch(/^A[ER]$/);
    const page = await app.newPage();
    await signIn(page, app.baseUrl, 'nurse.patel');
    // Chair 1 has the demo monitor bound, so binding another there is refused.
    // Wait for the signed-in shell before moving on, or the sign-in's own redirect races the click.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Monitors' }).click();
    const row = page.getByRole('table', { name: 'Monitors' }).getByRole('row').filter({ hasText: 'MON-E2E-08' });
    await row.getByRole('button', { name: 'Bind MON-E2E-08 to a chair' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Chair/).fill('Chair 1');
    await dialog.getByRole('button', { name: 'Bind to chair' }).click();
    const alert = dialog.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('The monitor was not bound');
    expect(await alert.textContent()).toContain('Chair 1');
    const log = page.getByRole('table', { name: 'Message log' });
    expect(await log.getByText(rejected.code === 'AR' ? 'AR · Rejected' : 'AE · Error').count()).toBe(1);
    await screenshot(page, 'monitors-bind-conflict');
    await page.close();
  });

  async function sendVitalsFrom(id: string): Promise<string> {
    const client = await MllpClient.connect(mllpPort);
    const ack = await client.send(
      oruMessage(id, `E2E-${id}`, new Date(), { sys: 120, dia: 80, hr: 70, spo2: 98, rr: 12, etco2: 36 }),
    );
    await client.close();
    return ack.code;
  }
});
