import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, signIn, startApp, type E2eApp } from './harness.js';

async function chooseProtocol(page: Page, title: RegExp): Promise<void> {
  await page.getByRole('combobox', { name: 'Protocol' }).click();
  await page.getByRole('option', { name: title }).click();
}

async function calculate(page: Page, doseMgPerKg: string): Promise<void> {
  await page.getByLabel('Dose, mg/kg').fill(doseMgPerKg);
  await page.getByRole('button', { name: 'Calculate' }).click();
}

// A physician doses an IV depression session and sees where the dose sits in the limits; the
// medical director publishes a new protocol version and finds it in the history.
describe('dose calculator and protocol library', () => {
  let app: E2eApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app.stop();
  });

  it('calculates 0.5 mg/kg for 80 kg, then shows 0.9 mg/kg in the soft-stop band', async () => {
    const page = await app.newPage();
    await signIn(page, app.baseUrl, 'dr.okafor');
    await page.getByRole('link', { name: 'Dose calculator' }).click();
    await chooseProtocol(page, /IV racemic ketamine for depression/);
    await page.getByLabel('Weight', { exact: true }).fill('80');
    expect(await page.getByTestId('weight-other-unit').textContent()).toContain('176.4 lb');
    await page.getByLabel('Concentration, mg/mL').fill('10');
    await calculate(page, '0.5');
    await page.getByTestId('dose-mg').waitFor();
    expect(await page.getByTestId('dose-mg').textContent()).toBe('40 mg');
    expect(await page.getByTestId('volume-ml').textContent()).toBe('4 mL');
    expect(await page.getByTestId('rate-ml-h').textContent()).toBe('6 mL/h');
    expect(await page.getByTestId('dose-status').textContent()).toContain('Within protocol limits');
    await screenshot(page, 'dose-calculator-within');

    await calculate(page, '0.9');
    await expect.poll(() => page.getByTestId('dose-status').textContent()).toContain('Soft-stop');
    expect(await page.getByTestId('dose-mg').textContent()).toBe('72 mg');
    const band = page.getByRole('img', { name: /This dose: 0\.9 mg\/kg, soft-stop/ });
    expect(await band.isVisible()).toBe(true);
    await screenshot(page, 'dose-calculator-soft-stop');

    await page.getByLabel('Concentration, mg/mL').fill('0');
    await page.getByRole('button', { name: 'Calculate' }).click();
    await expect
      .poll(() =>
        page
          .getByText(/concentrationMgPerMl|greater than 0/i)
          .first()
          .isVisible(),
      )
      .toBe(true);
  });

  it('lets the medical director publish a version with a changed default, refusing a loosened label limit', async () => {
    const page = await app.newPage();
    await signIn(page, app.baseUrl, 'dr.okafor');
    await page.getByRole('link', { name: 'Protocols' }).click();
    await page
      .getByRole('link', { name: /iv-depression/ })
      .or(page.getByText('iv-depression', { exact: true }))
      .first()
      .click();
    await page.getByRole('heading', { name: /IV racemic ketamine for depression/ }).waitFor();
    await page.getByRole('table', { name: 'Version history' }).waitFor();
    await screenshot(page, 'protocol-viewer');

    await page.getByRole('button', { name: 'Publish new version' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Default dose, mg/kg').fill('0.45');
    await dialog.getByLabel('Title').fill('IV racemic ketamine for depression: 0.45 mg/kg over 40 min');
    await dialog.getByLabel('Threshold of protocol.iv-depression.concentration.max').fill('100');
    await dialog.getByLabel('Reason for this version').fill('Clinic starts at 0.45 mg/kg');
    await dialog.getByRole('button', { name: 'Publish version 2' }).click();
    await expect.poll(() => dialog.getByText(/cannot be loosened/).isVisible()).toBe(true);
    await screenshot(page, 'protocol-publish-refused');

    await dialog.getByLabel('Threshold of protocol.iv-depression.concentration.max').fill('50');
    await dialog.getByRole('button', { name: 'Publish version 2' }).click();
    const history = page.getByRole('table', { name: 'Version history' });
    await expect.poll(() => history.getByText('Clinic starts at 0.45 mg/kg').isVisible()).toBe(true);
    expect(await page.getByText('0.45 mg/kg', { exact: true }).first().isVisible()).toBe(true);
    await page.getByRole('heading', { name: /0\.45 mg\/kg over 40 min/ }).waitFor();
    await screenshot(page, 'protocol-version-history');
  });

  it('records a soft-stop dose plan in the chart; it is approved only after a physician co-signs', async () => {
    const page = await app.newPage();
    await signIn(page, app.baseUrl, 'dr.okafor');
    await page.getByRole('table', { name: 'Patients' }).waitFor();
    // A screened demo patient without a dose plan (the demo's sessions give others theirs).
    await page.getByLabel('Search patients').fill('reyes');
    await page.getByRole('link', { name: /Reyes/ }).click();
    await page.getByRole('tab', { name: 'Dose plan' }).click();
    await page.getByText('No dose plan yet.').waitFor();
    await chooseProtocol(page, /IV racemic ketamine for depression/);
    await page.getByLabel('Weight', { exact: true }).fill('176');
    await page.getByText('lb', { exact: true }).first().click();
    expect(await page.getByTestId('weight-other-unit').textContent()).toContain('79.8 kg');
    await page.getByLabel('Concentration, mg/mL').fill('10');
    await calculate(page, '0.8');
    await expect.poll(() => page.getByTestId('dose-status').textContent()).toContain('Soft-stop');
    await page.getByRole('button', { name: 'Record plan for co-sign' }).click();
    await expect.poll(() => page.getByText('Required').first().isVisible()).toBe(true);
    await page
      .getByLabel(/Reason for going past the soft limit/)
      .fill('Partial response at 0.75 mg/kg, tolerated well');
    await page.getByRole('button', { name: 'Record plan for co-sign' }).click();
    await page.getByText(/It is approved once a physician co-signs/).waitFor();
    await page.getByText('awaiting cosign', { exact: true }).waitFor();
    await page.getByLabel('Co-sign reason').fill('Reviewed BP history; agree');
    await page.getByRole('button', { name: 'Co-sign and approve' }).click();
    await page.getByText(/Co-signed by dr\.okafor/).waitFor();
    expect(await page.getByText('approved', { exact: true }).isVisible()).toBe(true);
    await screenshot(page, 'chart-dose-plan');
  });
});
