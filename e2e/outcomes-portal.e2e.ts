import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, signIn, startApp, type E2eApp } from './harness.js';

const phone = { width: 390, height: 844 };

/** Calls the API from inside the signed-in page (cookie + CSRF token), like the UI does. */
async function callApi<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ([m, p, b]) => {
      const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
      const response = await fetch(p, {
        method: m,
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        ...(b === undefined ? {} : { body: JSON.stringify(b) }),
      });
      return await response.json();
    },
    [method, path, body] as const,
  ) as Promise<T>;
}

async function patientIdOf(page: Page, familyName: string): Promise<string> {
  const found = await callApi<{ items: { id: string }[] }>(page, 'GET', `/api/patients?q=${familyName}`);
  const id = found.items[0]?.id;
  if (id === undefined) {
    throw new Error(`no demo patient ${familyName}`);
  }
  return id;
}

const phq9 = (values: readonly number[]) => values.map((value, i) => ({ itemId: `phq-9.item-${i + 1}`, value }));

describe('outcomes, tasks and the patient portal', () => {
  let app: E2eApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app.stop();
  });

  it('a patient on a phone redeems an invitation, answers PHQ-9 item 9 > 0, sees crisis resources; the physician sees the urgent task', async () => {
    const staff = await app.newPage();
    await signIn(staff, app.baseUrl, 'nurse.patel');
    await staff.getByRole('heading', { name: 'Patients' }).waitFor();
    const patientId = await patientIdOf(staff, 'Haddad');
    await staff.goto(`${app.baseUrl}/patients/${patientId}/outcomes`);
    await staff.getByRole('button', { name: 'Invite to portal' }).click();
    await staff.getByRole('button', { name: 'Create invitation code' }).click();
    const code = (await staff.getByTestId('invitation-code').textContent())?.trim() ?? '';
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    await screenshot(staff, 'portal-invitation-code');
    await staff.getByRole('button', { name: 'Done' }).click();
    await staff.getByRole('button', { name: 'Send to portal' }).click();
    await staff.getByRole('dialog').getByRole('button', { name: 'Send', exact: true }).click();
    await staff.getByText('Sent. It appears').waitFor();
    await staff.close();

    const page = await app.newPage(phone);
    await page.context().clearCookies();
    await page.goto(`${app.baseUrl}/portal`);
    await page.getByLabel('Invitation code').fill(code.toLowerCase());
    await page.getByLabel('Choose a username').fill('fatima.h');
    await page.getByLabel('Choose a password').fill('a long walk by the lake');
    await page.getByLabel('Type the password again').fill('a long walk by the lake');
    await screenshot(page, 'portal-redeem-phone');
    await page.getByRole('button', { name: 'Create my account' }).click();
    await page.getByRole('heading', { name: /^Hello, Fatima/ }).waitFor();
    // Her next sessions with what to do before them, and the sheet from her last session.
    await page.getByRole('heading', { name: 'My appointments' }).waitFor();
    expect(
      await page.getByText('Do not eat anything for 6 hours before your appointment time.').first().isVisible(),
    ).toBe(true);
    expect(await page.getByRole('heading', { name: /^After your session on/ }).isVisible()).toBe(true);
    const sideways = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(sideways).toBeLessThanOrEqual(0);
    await screenshot(page, 'portal-home-phone');
    // She rates her own care-plan goal for today.
    const goal = page.getByRole('article', { name: /^My goal: Enjoy a Saturday walk/ });
    await goal.getByRole('button', { name: 'Rate today' }).click();
    await goal.getByRole('button', { name: 'Rate 6 out of 10' }).click();
    await goal.getByText('Now 6 out of 10 · my target 7').waitFor();
    await page.getByRole('button', { name: /PHQ-9 — due/ }).click();
    for (let item = 1; item <= 9; item += 1) {
      await page.getByText(`Question ${item} of 9`).waitFor();
      const answer = page.getByRole('button', { name: 'Several days' });
      const box = await answer.boundingBox();
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
      if (item === 9) {
        await screenshot(page, 'portal-question-phone');
      }
      await answer.click();
    }
    await page.getByRole('button', { name: 'Send my answers' }).click();
    const crisis = page.getByRole('alert').filter({ hasText: 'Call or text 988' });
    await crisis.waitFor();
    expect(await crisis.getByRole('link', { name: 'Call 911' }).isVisible()).toBe(true);
    expect(await crisis.getByText('Call the clinic: 555-0100').isVisible()).toBe(true);
    await screenshot(page, 'portal-crisis-phone');
    await page.getByRole('table', { name: 'My scores' }).getByText('9 · Mild').waitFor();

    await signIn(page, app.baseUrl, 'dr.okafor');
    await page.setViewportSize({ width: 1366, height: 900 });
    // The physician's dashboard shows the urgent task at once.
    await page.getByRole('link', { name: 'Dashboard' }).click();
    const urgent = page.getByRole('alert').filter({ hasText: /urgent task/ });
    await urgent.waitFor();
    expect(await urgent.getByRole('link', { name: 'Fatima Haddad' }).isVisible()).toBe(true);
    await page.getByRole('table', { name: 'Outcomes by protocol' }).waitFor();
    // Controlled substances: the demo safe has no open discrepancy or unwitnessed waste; the ledger is one click away.
    const ledger = page.getByRole('region', { name: 'Controlled substances' });
    await ledger.getByText('No open count discrepancies and no wastes awaiting a witness.').waitFor();
    expect(await ledger.getByRole('link', { name: 'Open the ledger' }).getAttribute('href')).toBe('/ledger');
    await screenshot(page, 'dashboard');
    await page.getByRole('link', { name: 'Tasks' }).click();
    const card = page.getByTestId('task-card').filter({ hasText: 'Fatima Haddad' }).first();
    await card.waitFor();
    expect(await card.getByText('Urgent').isVisible()).toBe(true);
    expect(await card.getByText('Fatima Haddad').isVisible()).toBe(true);
    expect(await card.getByText(/Item 9 answered 1/).isVisible()).toBe(true);
    await screenshot(page, 'tasks-urgent');
    await card.getByRole('button', { name: 'Complete…' }).click();
    await page
      .getByLabel('What was done')
      .fill('Called patient: C-SSRS screen, no plan or intent; safety plan reviewed.');
    await page.getByRole('button', { name: 'Mark done' }).click();
    await page.getByText('No open tasks.').waitFor();
  });

  it('staff see the outcome chart for a patient with a few PHQ-9 scores', async () => {
    const page = await app.newPage();
    await signIn(page, app.baseUrl, 'nurse.patel');
    await page.getByRole('heading', { name: 'Patients' }).waitFor();
    const patientId = await patientIdOf(page, 'Tanaka');
    const scores: [string, number[]][] = [
      ['2026-09-01T15:00:00.000Z', [3, 3, 2, 2, 3, 2, 2, 2, 0]],
      ['2026-09-15T15:00:00.000Z', [2, 2, 1, 2, 2, 1, 1, 1, 0]],
      ['2026-10-01T15:00:00.000Z', [1, 1, 1, 1, 1, 1, 1, 0, 0]],
      ['2026-10-20T15:00:00.000Z', [1, 0, 1, 0, 1, 0, 0, 0, 0]],
    ];
    for (const [takenAt, values] of scores) {
      await callApi(page, 'POST', `/api/patients/${patientId}/questionnaire-responses`, {
        scaleId: 'phq-9',
        answers: phq9(values),
        takenAt,
      });
    }
    await page.goto(`${app.baseUrl}/patients/${patientId}/outcomes`);
    const card = page.getByRole('region', { name: 'Patient Health Questionnaire-9' });
    await card.waitFor();
    await card.locator('canvas').first().waitFor();
    const rows = card.getByRole('table', { name: 'PHQ-9 scores' }).locator('tbody tr');
    expect(await rows.count()).toBe(4);
    expect(await card.getByText('Latest 3 · None–minimal').isVisible()).toBe(true);
    expect(await card.getByText(/Remission: total <5/).isVisible()).toBe(true);
    await screenshot(page, 'outcome-chart');
  });

  it('a nurse sees a pain patient’s goal beside the pain scores, with sessions on the chart, and records a rating', async () => {
    const page = await app.newPage({ width: 1366, height: 900 });
    await signIn(page, app.baseUrl, 'nurse.patel');
    await page.getByRole('heading', { name: 'Patients' }).waitFor();
    const patientId = await patientIdOf(page, 'Mensah');
    await page.goto(`${app.baseUrl}/patients/${patientId}/outcomes`);
    const goal = page.getByRole('region', { name: 'Care-plan goals' }).getByLabel(/^Goal: Walk to the park/);
    await goal.waitFor();
    expect(await goal.getByText('Target met').isVisible()).toBe(true);
    await page.getByRole('region', { name: 'Pain Numeric Rating Scale' }).locator('canvas').first().waitFor();
    await screenshot(page, 'outcomes-goals-pain');
    await goal.getByRole('button', { name: 'Rate…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel("The patient's rating today (0–10)").fill('5');
    await dialog.getByRole('button', { name: 'Save rating' }).click();
    await dialog.waitFor({ state: 'detached' });
    await goal.getByText('Not rated yet').or(goal.getByText(/^Now/)).first().waitFor();
    await expect.poll(() => goal.getByText('Target met').count()).toBe(0);
    expect(await goal.getByText('4 ratings', { exact: false }).isVisible()).toBe(true);
    await page.close();
  });

  it('a physician sees the dose–response panel; a session still dosing has no mg/kg yet', async () => {
    const page = await app.newPage({ width: 1366, height: 900 });
    await signIn(page, app.baseUrl, 'dr.okafor');
    await page.getByRole('heading', { name: 'Patients' }).waitFor();
    const patientId = await patientIdOf(page, 'Ellison');
    await page.goto(`${app.baseUrl}/patients/${patientId}/outcomes`);
    const panel = page.getByRole('region', { name: 'Dose–response' });
    await panel.waitFor();
    // Dosing is still going on: the session is listed as without a final dose, never a partial mg/kg.
    await panel.getByText(/1 session without a recorded dose/).waitFor();
    await screenshot(page, 'outcomes-dose-response');
    // Six induction sessions without response: the physician is asked to review continuation.
    await page.goto(`${app.baseUrl}/patients/${await patientIdOf(page, 'Rossi')}/outcomes`);
    await page.getByRole('region', { name: 'Dose–response' }).getByText('Review continuation').waitFor();
    await screenshot(page, 'outcomes-induction-review');
    await page.close();
  });
});
