import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oruFor } from '../packages/server/src/cli/simulate-monitor.js';
import { MllpClient } from '../packages/server/src/hl7/mllp-client.js';
import { bindMonitor, readyDemoPatient, startIvCourse } from './chairside-fixture.js';
import { freePort, screenshot, signIn, startApp, type E2eApp } from './harness.js';

// The demo clinic already has Chair 1 (with its monitor) and Chair 2 in use.
const device = 'MON-CHAIR-3';
const chair = 'Chair 3';
const pauseAction = 'Pause infusion, recheck in 5 min, physician review';

/** Local date-time for a datetime-local input, `hoursAgo` before now. */
function localInput(hoursAgo: number): string {
  const d = new Date(Date.now() - hoursAgo * 3_600_000);
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** Segmented controls and chips hide their inputs behind a label: tap the label, as a finger does. */
async function tapLabel(page: Page, text: string): Promise<void> {
  await page
    .locator('label')
    .filter({ hasText: new RegExp(`^${text}$`) })
    .click();
}

async function alertCues(page: Page): Promise<number> {
  return Number(await page.evaluate<string>("document.documentElement.dataset.alertCues ?? '0'"));
}

async function recordVitals(page: Page, v: readonly [number, number, number, number, number]): Promise<void> {
  const form = page.getByRole('form', { name: 'Record vitals' });
  const labels = ['Systolic', 'Diastolic', 'Heart rate', 'SpO2', 'Resp. rate'] as const;
  for (const [i, label] of labels.entries()) {
    await form.getByLabel(label).fill(String(v[i]));
  }
  await form.getByRole('button', { name: 'Record vitals' }).click();
  await page.getByText(`Vitals recorded: ${v[0]}/${v[1]}`).waitFor();
}

describe('chairside: a session from start to discharge, with a hypertensive episode from the monitor', () => {
  let app: E2eApp;
  let mllpPort: number;
  beforeAll(async () => {
    mllpPort = await freePort();
    app = await startApp({ env: { CHAIRSIDE_MLLP_PORT: String(mllpPort) } });
  });
  afterAll(async () => {
    await app.stop();
  });

  async function sendReadings(from: number, to: number): Promise<string[]> {
    const client = await MllpClient.connect(mllpPort);
    const codes: string[] = [];
    for (let n = from; n <= to; n += 1) {
      codes.push((await client.send(oruFor(device, n, new Date()))).code);
    }
    await client.close();
    return codes;
  }

  it('starts, alerts on the board and the session with sound, is paused and resolved, recovers and is discharged', async () => {
    // The monitor announces itself (held: no chair yet); the nurse binds it to the chair below.
    expect(await sendReadings(0, 0)).toEqual(['AA']);
    const page = await app.newPage();
    // A screened demo patient whose physician starts an IV course.
    await signIn(page, app.baseUrl, 'dr.okafor');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Chairside' }).waitFor();
    await startIvCourse(page, app.baseUrl, 'Reyes');
    await signIn(page, app.baseUrl, 'nurse.patel');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Chairside' }).waitFor();
    const patient = await readyDemoPatient(page, app.baseUrl, 'Reyes');
    await bindMonitor(page, app.baseUrl, device, chair);

    // Start from the chart's Sessions tab.
    await page.goto(`${app.baseUrl}/patients/${patient.patientId}/sessions`);
    await page.getByPlaceholder('Choose a chair').click();
    await page.getByRole('option', { name: chair }).click();
    await page.getByRole('button', { name: 'Start session' }).click();
    await page.waitForURL(/\/chairside\/[0-9a-f-]{36}$/);
    const sessionUrl = page.url();
    await page.getByRole('button', { name: 'Check in' }).click();
    await page.getByRole('button', { name: 'Begin pre-checks' }).click();

    // Pre-checks: the start button lists every unmet prerequisite until they are met.
    const unmet = page.getByRole('list', { name: 'Unmet prerequisites' });
    await unmet.waitFor();
    expect(await unmet.getByRole('listitem').count()).toBeGreaterThan(1);
    expect(await page.getByRole('button', { name: 'Start dosing' }).isDisabled()).toBe(true);
    await page.getByLabel('Identity confirmed (two identifiers, wristband)').check();
    await page.getByLabel('Last solids').fill(localInput(9));
    await page.getByLabel('Last clear liquids').fill(localInput(3));
    await page.getByLabel('Escort name').fill('Maria Reyes');
    await page.getByLabel('Escort phone').fill('555-0142');
    await page.getByRole('button', { name: 'Save pre-checks' }).click();
    await page.getByText('Pre-checks saved').waitFor();
    await recordVitals(page, [128, 82, 74, 98, 14]);
    await page.getByText('All prerequisites met').waitFor();
    await page.getByLabel('Initial pump rate').fill('5.25');
    await page.getByRole('button', { name: 'Start dosing' }).click();
    await page.getByText('Dosing · infusing').first().waitFor();

    // The board, on a tablet, watching live.
    const board = await app.newPage({ width: 1024, height: 768 });
    await board.goto(`${app.baseUrl}/chairside`);
    const card = board.locator(`[data-session-id="${sessionUrl.split('/').at(-1) ?? ''}"]`);
    await card.waitFor();
    await board.locator('[data-stream="open"]').waitFor();
    await page.locator('[data-stream="open"]').waitFor();
    const boardCuesBefore = await alertCues(board);
    const sessionCuesBefore = await alertCues(page);

    // The simulator's hypertensive climb: SBP 133 … 188 over MLLP to the bound chair.
    const acks = await sendReadings(1, 22);
    expect(acks.every((code) => code === 'AA')).toBe(true);

    const boardAlert = card.locator('[role="alert"][data-severity="soft-stop"]');
    await boardAlert.first().waitFor({ timeout: 10_000 });
    expect(await boardAlert.first().textContent()).toContain(pauseAction);
    await board.waitForFunction(`Number(document.documentElement.dataset.alertCues ?? '0') > ${boardCuesBefore}`);
    expect(await board.evaluate<string>('document.documentElement.dataset.lastAlertCue')).toBe('soft-stop');
    await screenshot(board, 'chairside-board-alert-1024');

    const sessionAlert = page.locator('[role="alert"][data-severity="soft-stop"]');
    await sessionAlert.first().waitFor({ timeout: 10_000 });
    expect(await sessionAlert.first().getByTestId('recommended-action').textContent()).toContain(pauseAction);
    await page.waitForFunction(`Number(document.documentElement.dataset.alertCues ?? '0') > ${sessionCuesBefore}`);
    await page.getByText('188/104').first().waitFor();
    await screenshot(page, 'chairside-session-alert-1366');
    const tablet = await app.newPage({ width: 768, height: 1024 });
    await tablet.goto(sessionUrl);
    await tablet.locator('[role="alert"][data-severity="soft-stop"]').first().waitFor();
    await screenshot(tablet, 'chairside-session-alert-768');
    expect(
      await tablet.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth'),
    ).toBeLessThanOrEqual(0);
    await tablet.close();

    // The nurse pauses the infusion, then resolves every alert with an action and a note.
    // The quick-entry tabs are a segmented control: its radios are hidden behind their labels.
    await page
      .locator('label')
      .filter({ hasText: /^Titration$/ })
      .click();
    await page.getByRole('radio', { name: 'Pause' }).click();
    await tapLabel(page, 'BP above limit');
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await page.getByText('Dosing · paused').first().waitFor();
    const resolveButtons = page.getByRole('region', { name: 'Active alerts' }).getByRole('button', { name: 'Resolve' });
    for (let guard = 0; guard < 5 && (await resolveButtons.count()) > 0; guard += 1) {
      await resolveButtons.first().click();
      const dialog = page.getByRole('dialog', { name: 'Resolve alert' });
      await dialog.getByRole('radio', { name: 'Paused infusion' }).click();
      await dialog.getByLabel('Note').fill('Paused at 188/104; physician informed, recheck in 5 min');
      await dialog.getByRole('button', { name: 'Resolve alert' }).click();
      await dialog.waitFor({ state: 'hidden' });
    }
    expect(await page.locator('[role="alert"][data-severity="soft-stop"]').count()).toBe(0);
    await card.locator('[role="alert"][data-severity="soft-stop"]').waitFor({ state: 'detached' });
    await screenshot(board, 'chairside-board-resolved-1024');

    // End of dosing: stop the infusion, then recovery with the modified Aldrete.
    await page.getByRole('radio', { name: 'Stop' }).click();
    await tapLabel(page, 'Planned dose complete');
    await page.getByRole('button', { name: 'Stop infusion' }).click();
    await page.getByText('Recovery', { exact: true }).first().waitFor();
    await recordVitals(page, [130, 84, 76, 98, 14]);
    const aldrete = page.getByRole('region', { name: 'Recovery check' });
    for (const item of ['Activity', 'Respiration', 'Consciousness']) {
      await aldrete.getByRole('radiogroup', { name: item }).getByRole('radio', { name: /^2/ }).click();
    }
    await aldrete.getByText('Total 10 / 10').waitFor();
    await aldrete.getByRole('button', { name: 'Record Aldrete' }).click();
    await page.getByText('Recovery check recorded').waitFor();

    // The gate: the observation time is not yet met, so a nurse cannot discharge.
    const gate = page.getByRole('region', { name: 'Discharge' });
    await gate.locator('[data-met="false"]').first().waitFor();
    await gate.getByLabel('The patient and escort acknowledged: no driving until the next day').check();
    expect(await gate.getByRole('button', { name: /^Discharge/ }).isDisabled()).toBe(true);
    await screenshot(page, 'chairside-session-recovery-1366');
    await board.close();

    // A physician discharges against the open criterion with a documented reason.
    await signIn(page, app.baseUrl, 'dr.okafor');
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await page.goto(sessionUrl);
    const physicianGate = page.getByRole('region', { name: 'Discharge' });
    await physicianGate.getByLabel('The patient and escort acknowledged: no driving until the next day').check();
    await physicianGate
      .getByLabel('Physician override: reason for discharging with criteria unmet')
      .fill('Observed 20 min after a short infusion, stable, escort present; reviewed in person');
    await physicianGate.getByRole('button', { name: 'Discharge with override' }).click();
    await page.getByText('Discharged', { exact: false }).first().waitFor();
    const pdfLink = page.getByRole('link', { name: 'Discharge instructions (PDF)' });
    const pdf = await page.request.get(new URL((await pdfLink.getAttribute('href')) ?? '', app.baseUrl).toString());
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    const summaryLink = page.getByRole('link', { name: 'Discharge summary (PDF)' });
    const summary = await page.request.get(
      new URL((await summaryLink.getAttribute('href')) ?? '', app.baseUrl).toString(),
    );
    expect(summary.status()).toBe(200);
    expect(summary.headers()['content-disposition']).toContain('discharge-summary-');
    await screenshot(page, 'chairside-session-discharged-1366');

    // The chart's Sessions tab lists the session with its state and dose, linking back to it.
    await page.goto(`${app.baseUrl}/patients/${patient.patientId}/sessions`);
    const history = page.getByRole('region', { name: 'Session history' });
    const row = history.getByRole('row').filter({ has: page.getByRole('link', { name: 'Open session' }) });
    await row.first().waitFor();
    expect(await row.count()).toBe(1);
    expect(await row.first().textContent()).toMatch(/discharged.*mg/);
    expect(await row.first().getByRole('link', { name: 'Open session' }).getAttribute('href')).toBe(
      new URL(sessionUrl).pathname,
    );
    await screenshot(page, 'chart-sessions-history-1366');
    await page.close();
  });
});
