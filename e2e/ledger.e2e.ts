import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword, screenshot, screenshotDir, signIn, startApp, type E2eApp } from './harness.js';
import { boardSession } from './ledger-session-setup.js';

const lot = 'E2E-LOT-7';

async function dialogNamed(page: Page, name: string | RegExp): Promise<Locator> {
  const dialog = page.getByRole('dialog', { name });
  await dialog.waitFor();
  return dialog;
}

describe('controlled-substance ledger: receive, draw, witnessed waste, count, administration record', () => {
  let app: E2eApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app.stop();
  });

  it('follows a vial from receipt to the administration record PDF', async () => {
    const page = await app.newPage();
    await signIn(page, app.baseUrl, 'nurse.patel');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Controlled substances' }).click();
    const containers = page.getByRole('table', { name: 'Containers' });
    await containers.getByText('DEMO-K24').waitFor();
    await screenshot(page, 'ledger-demo-1366');

    // Receive one 10 mL vial of 50 mg/mL (500 mg).
    await page.getByRole('button', { name: 'Receive stock' }).click();
    let dialog = await dialogNamed(page, 'Receive stock');
    await dialog.getByLabel('NDC').fill('0409-2051-05');
    await dialog.getByLabel('Lot').fill(lot);
    await dialog.getByLabel('Expiry').fill('2030-06');
    await dialog.getByLabel('Concentration (mg/mL)').fill('50');
    await dialog.getByLabel('Volume per vial (mL)').fill('10');
    await dialog.getByLabel('Number of vials').fill('1');
    await dialog.getByLabel('Stored in (safe or cabinet)').fill('Safe C');
    await dialog.getByRole('textbox', { name: /^Supplier\s*\*?$/ }).fill('Acme Pharma Distribution');
    await dialog.getByLabel('Supplier address').fill('1 Dock Rd, Memphis TN 38118');
    await dialog.getByLabel('Supplier DEA number').fill('RA1234563');
    await dialog.getByLabel('Invoice number').fill('INV-E2E-1');
    await dialog.getByLabel('Invoice date').fill('2026-11-20');
    await dialog.getByRole('button', { name: 'Record receipt' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = containers.getByRole('row').filter({ hasText: lot });
    await row.getByText('500 mg (10 mL)').waitFor();

    // The demo's infusion in Chair 1 (Margaret Ellison): draw 100 mg (2 mL) for it.
    const session = await boardSession(page, app.baseUrl, 'Chair 1');
    expect(session.state).toBe('dosing');
    await row.getByRole('button', { name: 'Draw' }).click();
    dialog = await dialogNamed(page, 'Draw for a session');
    await dialog.getByRole('combobox', { name: /^Session/ }).click();
    await page.getByRole('option', { name: /Chair 1 · Margaret Ellison/ }).click();
    await dialog.getByLabel('Amount drawn (mg)').fill('100');
    await dialog.getByLabel('Volume drawn (mL)').fill('2');
    await dialog.getByRole('button', { name: 'Record draw' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await row.getByText('400 mg (8 mL)').waitFor();
    const sessions = page.getByRole('table', { name: 'Sessions' });
    const account = sessions.getByRole('row').filter({ hasText: 'Ellison, Margaret' });
    await account.getByText('Not accounted for').waitFor();
    expect(await account.getByText('No session record').count()).toBe(0);

    // The infusion stops; the dose given comes from the session record.
    expect(await session.waitForDeliveredMg(0.5)).toBeGreaterThanOrEqual(0.5);
    await session.stopDosing();
    await page.reload();
    await account.getByRole('button', { name: 'Dose given' }).click();
    dialog = await dialogNamed(page, /^Dose given/);
    await dialog.getByText(/The session record shows/).waitFor();
    await screenshot(page, 'ledger-dose-given-from-session-record');
    const record = dialog.getByRole('button', { name: /from the session record/ });
    const givenMg = Number(/Record ([\d.]+) mg/.exec((await record.textContent()) ?? '')?.[1]);
    expect(givenMg).toBeGreaterThan(0);
    expect(givenMg).toBeLessThan(100);
    await record.click();
    await dialog.waitFor({ state: 'hidden' });
    const remainderMg = Math.round((100 - givenMg) * 1000) / 1000;
    await account.getByRole('cell', { name: `${remainderMg} mg` }).waitFor();

    // The remainder wasted, witnessed by a second nurse who types her own password.
    await account.getByRole('button', { name: 'Waste remainder' }).click();
    dialog = await dialogNamed(page, 'Waste');
    expect(await dialog.getByLabel('Amount wasted (mg)').inputValue()).toBe(String(remainderMg));
    await dialog.getByLabel('Method').fill('Into drug waste sequestrant');
    await dialog.getByLabel('Witness username').fill('nurse.garcia');
    await dialog.getByLabel('Witness password').fill('not-her-password');
    await dialog.getByRole('button', { name: 'Record witnessed waste' }).click();
    await dialog
      .getByText(/password is incorrect/)
      .first()
      .waitFor();
    await screenshot(page, 'ledger-waste-wrong-witness-password');
    await dialog.getByLabel('Witness password').fill(demoPassword);
    await dialog.getByRole('button', { name: 'Record witnessed waste' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await account.getByText('Reconciled').waitFor();

    // Count by two people: 8 mL = 400 mg, matching the ledger.
    await row.getByRole('button', { name: 'Count' }).click();
    dialog = await dialogNamed(page, 'Count');
    await dialog.getByLabel('Volume counted (mL)').fill('8');
    await dialog.getByLabel('Witness username').fill('dr.okafor');
    await dialog.getByLabel('Witness password').fill(demoPassword);
    await dialog.getByRole('button', { name: 'Record count' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await row.getByText('400 mg (8 mL)').waitFor();
    expect(await page.getByRole('alert', { name: 'Open count discrepancy' }).count()).toBe(0);
    await screenshot(page, 'ledger-after-count-1366');

    // Moved to another safe: the location is derived from the ledger too.
    await row.getByRole('button', { name: /^More for/ }).click();
    await page.getByRole('menuitem', { name: 'Move or split' }).click();
    dialog = await dialogNamed(page, 'Move to another safe or cabinet');
    await dialog.getByLabel('To (safe or cabinet)').fill('Safe D');
    await dialog.getByRole('button', { name: 'Record' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await row.getByText('Safe D').waitFor();

    // The administration record PDF for this month.
    const pdfLink = page.getByRole('region', { name: 'Reports' }).getByRole('link', { name: 'PDF' }).first();
    const href = await pdfLink.getAttribute('href');
    expect(href).toContain('/api/ledger/reports/dispensing.pdf?');
    const response = await page.request.get(`${app.baseUrl}${href ?? ''}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    const pdfPath = join(screenshotDir, 'ledger-dispensing-record.pdf');
    writeFileSync(pdfPath, await response.body());
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    expect(text).toContain('Ellison, Margaret');
    expect(text).toContain(`${givenMg} mg`);
    expect(text).toContain('Priya Patel, RN');
    expect(text).toMatch(/witnessed by Mateo Garcia, RN/);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-f',
      '1',
      '-l',
      '1',
      pdfPath,
      join(screenshotDir, 'ledger-dispensing-record'),
    ]);
    const label = await page.request.get(
      `${app.baseUrl}${(await row.getByRole('link', { name: 'Label' }).getAttribute('href')) ?? ''}`,
    );
    expect(label.status()).toBe(200);
    const labelPath = join(screenshotDir, 'ledger-label.pdf');
    writeFileSync(labelPath, await label.body());
    execFileSync('pdftoppm', ['-png', '-r', '150', labelPath, join(screenshotDir, 'ledger-label')]);
    await page.close();

    const tablet = await app.newPage({ width: 768, height: 1024 });
    await tablet.goto(`${app.baseUrl}/ledger`);
    await tablet.getByRole('table', { name: 'Containers' }).getByText(lot).waitFor();
    await screenshot(tablet, 'ledger-tablet-768');
    await tablet.close();
  });

  it('shows the administrator the reports and diversion signals, and the front desk nothing', async () => {
    const page = await app.newPage();
    await signIn(page, app.baseUrl, 'demo.admin');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Controlled substances' }).click();
    await page.getByRole('table', { name: 'Waste per staff member' }).getByText('Priya Patel, RN').waitFor();
    expect(await page.getByRole('button', { name: 'Receive stock' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Verify the hash chain' }).click();
    await page.getByText(/^Intact: \d+ events/).waitFor();
    await screenshot(page, 'ledger-admin-1366');
    await page.close();

    const desk = await app.newPage();
    await signIn(desk, app.baseUrl, 'desk.kim');
    await desk.getByRole('navigation', { name: 'Main' }).waitFor();
    expect(await desk.getByRole('link', { name: 'Controlled substances' }).count()).toBe(0);
    expect((await desk.request.get(`${app.baseUrl}/api/ledger`)).status()).toBe(403);
    await desk.close();
  });
});
