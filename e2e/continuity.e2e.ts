import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, signIn, startApp, type E2eApp } from './harness.js';

const bundle = fileURLToPath(
  new URL('../packages/server/src/fhir/__fixtures__/synthea-style-bundle.json', import.meta.url),
);

// A nurse imports a patient from another system's FHIR Bundle after reading the preview; the
// administrator edits the letter template with its preview and runs a full export.
describe('import, letter template and full export', () => {
  let app: E2eApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app.stop();
  });

  it('a nurse previews a FHIR Bundle and registers the patient from it', async () => {
    const page = await app.newPage();
    await signIn(page, app.baseUrl, 'nurse.patel');
    await page.getByRole('link', { name: 'Patients' }).waitFor();
    await page.getByRole('link', { name: 'Import FHIR bundle' }).click();
    await page.locator('input[type=file]').setInputFiles(bundle);
    await page.getByText('Patient to register').waitFor();
    expect(await page.getByText('Adaeze Okonkwo').isVisible()).toBe(true);
    expect(
      await page.getByText('amoxicillin 500 MG Oral Capsule: not a current medication (status stopped).').isVisible(),
    ).toBe(true);
    await screenshot(page, 'import-preview');
    await page.getByRole('button', { name: 'Register patient and import' }).click();
    await page.waitForURL(/\/patients\/[0-9a-f-]{36}$/);
    await page.getByText('Okonkwo').first().waitFor();
  });

  it('an administrator previews the letter template and downloads a full export', async () => {
    const page = await app.newPage();
    await signIn(page, app.baseUrl, 'demo.admin');
    await page.getByRole('link', { name: 'Letter template' }).click();
    await page
      .getByLabel('Letterhead')
      .fill('Springfield Ketamine Clinic\n100 Main Street, Springfield IL 62701\nPhone 555-0100 · Fax 555-0101');
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.locator('iframe[title="Letter preview"]').waitFor();
    await page.getByRole('button', { name: 'Save template' }).click();
    await page.getByText(/Version 1, saved by demo\.admin/).waitFor();
    await screenshot(page, 'letter-template');

    await page.getByRole('link', { name: 'Export' }).click();
    await page.getByRole('button', { name: 'Start full export' }).click();
    const download = page.getByRole('link', { name: /Download \(/ });
    await download.waitFor({ timeout: 60_000 });
    await screenshot(page, 'export');
    const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
    expect(file.suggestedFilename()).toMatch(/^chairside-export-.*\.zip$/);
  });
});
