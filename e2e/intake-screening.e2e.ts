import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, signIn, signOut, startApp, type E2eApp } from './harness.js';

async function registerPatient(page: Page): Promise<string> {
  await page.getByRole('link', { name: 'Register patient' }).click();
  await page.getByLabel('Legal given name').fill('Theo');
  await page.getByLabel('Legal family name').fill('Intake-Test');
  await page.getByLabel('Date of birth').fill('1980-06-15');
  await page.getByLabel('Sex at birth').selectOption('male');
  await page.getByRole('button', { name: 'Register patient' }).click();
  await page.getByRole('button', { name: 'Amend details' }).waitFor();
  return new URL(page.url()).pathname.split('/')[2] ?? '';
}

async function fillIntake(page: Page): Promise<void> {
  await page
    .getByLabel(/Diagnoses/)
    .first()
    .click();
  await page.getByRole('option', { name: /Treatment-resistant depression/ }).click();
  await page.keyboard.press('Escape');
  await page.getByLabel('Failed adequate antidepressant trials (current episode)').fill('3');
  await page.getByRole('button', { name: 'Add medication' }).click();
  await page.getByRole('button', { name: 'Add medication' }).click();
  const first = page.getByRole('group', { name: 'Medication 1' });
  await first
    .getByLabel(/^Medication/)
    .first()
    .fill('lorazepam');
  await first.getByLabel('Dose').fill('2');
  await first.getByLabel('How often').selectOption('twice-daily');
  const second = page.getByRole('group', { name: 'Medication 2' });
  await second
    .getByLabel(/^Medication/)
    .first()
    .fill('Zzyzx root tea');
  await second.getByLabel('Dose').fill('1');
  await second.getByLabel('Unit').selectOption('other');
  await page.keyboard.press('Escape');
  expect(await second.getByText('Not recognised — review').isVisible()).toBe(true);
  await page.getByLabel('Systolic BP (mmHg)').fill('150');
  await page.getByLabel('Diastolic BP (mmHg)').fill('95');
  await page.getByLabel('Heart rate (/min)').fill('78');
  await page.getByLabel('SpO2 (%)').fill('97');
  await page.getByText('lb', { exact: true }).click();
  await page.getByLabel('Weight (lb)').fill('-5');
}

describe('intake, screening sign-off and a hard-stop', () => {
  let app: E2eApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app.stop();
  });

  it('front desk enters an intake; a physician documents a soft-stop and signs; a hard-stop cannot be signed eligible', async () => {
    const page = await app.newPage();
    await signIn(page, app.baseUrl, 'desk.kim');
    await page.getByRole('heading', { name: 'Patients' }).waitFor();
    const patientId = await registerPatient(page);

    await page.getByRole('tab', { name: 'Intake' }).click();
    await page.getByRole('button', { name: 'Start intake' }).click();
    await fillIntake(page);
    await page.getByRole('button', { name: 'Save intake version' }).click();
    // The domain's bound comes back as a message at the weight field; nothing was stored.
    await page
      .getByText(/weight|must be between/i)
      .first()
      .waitFor();
    await page.getByRole('alert').filter({ hasText: 'The intake was not saved' }).waitFor();
    await screenshot(page, 'intake-field-error');
    await page.getByLabel('Weight (lb)').fill('176');
    expect(await page.getByText('= 79.8 kg').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Save intake version' }).click();
    const versions = page.getByRole('table', { name: 'Intake versions' });
    await versions.waitFor();
    expect(await versions.getByText('Zzyzx root tea: not recognised — review').isVisible()).toBe(true);
    await screenshot(page, 'intake-versions');
    await signOut(page);

    await signIn(page, app.baseUrl, 'dr.okafor');
    await page.getByRole('heading', { name: 'Patients' }).waitFor();
    await page.goto(`${app.baseUrl}/patients/${patientId}/screening`);
    await page.getByRole('button', { name: 'Save for physician sign-off' }).click();
    await page.getByText('Needs review · iv-depression@1').waitFor();
    const signOff = page.getByRole('region', { name: 'Physician sign-off' });
    await signOff.getByRole('button', { name: 'Sign as eligible' }).click();
    await signOff
      .getByText(/A note is required to accept the soft-stop/)
      .first()
      .waitFor();
    await screenshot(page, 'screening-sign-off-missing-note');
    const notes = signOff.getByLabel('Why this soft-stop is accepted');
    for (let i = 0; i < (await notes.count()); i += 1) {
      await notes.nth(i).fill('Repeat BP after 10 min rest 134/84; GP is titrating amlodipine. Accepted.');
    }
    await signOff.getByLabel('I have reviewed and acknowledge the warnings').check();
    await signOff.getByRole('button', { name: 'Sign as eligible' }).click();
    const signed = page.getByRole('region', { name: 'Signed decision' });
    await signed.getByText(/Signed eligible by dr\.okafor/).waitFor();
    await screenshot(page, 'screening-signed');

    // A second intake version with a recent heart attack: ineligible, and eligible cannot be chosen.
    await page.getByRole('tab', { name: 'Intake' }).click();
    await page.getByRole('button', { name: 'New intake version' }).click();
    await fillIntake(page);
    await page.getByLabel('Weight (lb)').fill('176');
    await page.getByRole('button', { name: 'Add condition' }).click();
    await page.getByLabel('Condition', { exact: true }).selectOption('myocardial-infarction');
    const recent = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('Date (required for a heart attack)').fill(recent);
    await page.getByRole('button', { name: 'Save intake version' }).click();
    await page.getByRole('table', { name: 'Intake versions' }).getByText('v2').waitFor();
    await page.getByRole('tab', { name: 'Screening' }).click();
    await page.getByRole('combobox', { name: 'Intake version' }).selectOption('2');
    await page.getByRole('button', { name: 'Save for physician sign-off' }).click();
    await page.getByText('Ineligible · iv-depression@1').waitFor();
    const hardOff = page.getByRole('region', { name: 'Physician sign-off' });
    expect(await hardOff.getByRole('radio', { name: 'Eligible', exact: true }).isDisabled()).toBe(true);
    await screenshot(page, 'screening-hard-stop');
    await hardOff.getByRole('button', { name: 'Sign as ineligible' }).click();
    await page
      .getByRole('region', { name: 'Signed decision' })
      .getByText(/Signed ineligible/)
      .waitFor();

    await page.getByRole('tab', { name: 'Consent' }).click();
    await page.getByRole('button', { name: 'Take consent' }).click();
    const capture = page.getByRole('region', { name: 'Consent capture' });
    for (const box of await capture.getByRole('checkbox').all()) {
      await box.check();
    }
    await capture.getByLabel(/Patient’s full name/).fill('Theo Intake-Test');
    await capture.getByTestId('signature-pad').scrollIntoViewIfNeeded();
    const pad = await capture.getByTestId('signature-pad').boundingBox();
    if (pad) {
      await page.mouse.move(pad.x + 40, pad.y + 100);
      await page.mouse.down();
      await page.mouse.move(pad.x + 160, pad.y + 40, { steps: 8 });
      await page.mouse.move(pad.x + 300, pad.y + 110, { steps: 8 });
      await page.mouse.up();
    }
    await screenshot(page, 'consent-capture');
    await capture.getByRole('button', { name: 'Record signed consent' }).click();
    const consents = page.getByRole('table', { name: 'Consents' });
    await consents.getByText('Valid').waitFor();
    expect(await consents.getByText('dr.okafor').isVisible()).toBe(true);
    await screenshot(page, 'consent-recorded');
    // The printable copy is a real PDF, fetched with the signed-in session.
    const pdfHref = await consents
      .getByRole('link', { name: /Printable copy/ })
      .first()
      .getAttribute('href');
    const pdf = await page.request.get(new URL(pdfHref ?? '', page.url()).toString());
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });
});
