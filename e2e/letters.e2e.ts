import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, signIn, startApp, type E2eApp } from './harness.js';

// A physician writes a progress letter to the patient's therapist from the record, edits the
// plan, signs it, downloads the PDF and records that it was faxed.
describe('progress letters to the care team', () => {
  let app: E2eApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app.stop();
  });

  it('a physician writes and signs a progress letter to a therapist and downloads the PDF', async () => {
    const page = await app.newPage();
    await signIn(page, app.baseUrl, 'dr.okafor');
    await page.getByRole('link', { name: 'Patients' }).waitFor();
    await page.goto(`${app.baseUrl}/patients?q=Ellison`);
    await page
      .getByRole('link', { name: /Ellison/ })
      .first()
      .click();
    await page.getByRole('tab', { name: 'Letters' }).click();
    await page.getByRole('button', { name: 'Write progress letter' }).click();

    const recipient = page.getByLabel('Letter to', { exact: true });
    const therapistOption = await recipient.locator('option', { hasText: '(Therapist)' }).first().getAttribute('value');
    await recipient.selectOption(therapistOption ?? '');
    await page.getByRole('button', { name: 'Draft from the record' }).click();

    const plan = page.getByLabel('Plan', { exact: true });
    await plan.waitFor();
    expect(await page.getByLabel('Scores over time').inputValue()).toContain('PHQ-9: 19');
    await plan.fill(`${await plan.inputValue()} Please review sleep at your next session.`);
    await screenshot(page, 'letters-editor');
    await page.getByRole('button', { name: 'Sign letter' }).click();

    await page.getByRole('button', { name: 'Sign letter' }).waitFor({ state: 'detached' });

    // Newest first: the letter just signed heads the list, above the demo clinic's sent letter.
    await expect.poll(() => page.getByLabel(/^Letter to /).count()).toBe(2);
    const card = page.getByLabel(/^Letter to /).first();
    expect(await card.textContent()).toContain('Not sent yet');
    expect(await card.textContent()).toContain('signed by');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('link', { name: 'Download PDF' }).click(),
    ]);
    const path = await download.path();
    expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
    expect(download.suggestedFilename()).toMatch(/^letter-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}\.pdf$/);

    await card.getByLabel('Sent by').selectOption('fax');
    await card.getByLabel('Fax number').fill('555-0141');
    await card.getByRole('button', { name: 'Record as sent now' }).click();
    await expect.poll(() => card.textContent()).toContain('Faxed to 555-0141');
    await screenshot(page, 'letters-tab');
  });
});
