import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, signIn, signOut, startApp, type E2eApp } from './harness.js';

// One patient's first day in the record: front desk registers and corrects,
// the administrator sees both in the audit trail.
describe('patient registration, amendment and audit', () => {
  let app: E2eApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app.stop();
  });

  it('front desk registers, finds, amends; admin sees it audited', async () => {
    const page = await app.newPage();
    await signIn(page, app.baseUrl, 'desk.kim');
    await page.getByRole('heading', { name: 'Patients' }).waitFor();
    await page.getByRole('table', { name: 'Patients' }).waitFor();
    await screenshot(page, 'patient-list');

    await page.getByRole('link', { name: 'Register patient' }).click();
    await page.getByLabel('Legal given name').fill('Marguerite');
    await page.getByLabel('Legal family name').fill('Oyelaran-Test');
    await page.getByLabel('Preferred name').fill('Margo');
    await page.getByLabel('Date of birth').fill('1979-06-14');
    await page.getByLabel('Sex at birth').selectOption('female');
    await page.getByLabel('Phone', { exact: true }).fill('555-0199');
    await page.getByLabel('Emergency contact name').fill('Tomas Oyelaran');
    await page.getByLabel('Relationship').fill('spouse');
    await page.getByLabel('Emergency contact phone').fill('555-0198');
    await page.getByRole('button', { name: 'Add care team member' }).click();
    const member = page.getByRole('group', { name: 'Care team member 1' });
    await member.getByLabel('Name').fill('Dr. Ada Referrer');
    await member.getByLabel('Organisation').fill('Northside Psychiatry');
    await member.getByLabel('Email').fill('not-an-email');
    await screenshot(page, 'register-patient');
    await page.getByRole('button', { name: 'Register patient' }).click();
    // The server's field error lands at the field.
    await expect.poll(() => member.getByText('Enter an email address like name@example.org').isVisible()).toBe(true);
    await screenshot(page, 'register-patient-field-error');
    await member.getByLabel('Email').fill('ada.referrer@example.org');
    await page.getByRole('button', { name: 'Register patient' }).click();

    await page.getByRole('button', { name: 'Amend details' }).waitFor();
    await page.getByRole('link', { name: 'Patients' }).click();
    await page.getByLabel('Search patients').fill('oyela');
    const result = page.getByRole('link', { name: /Margo \(Marguerite\) Oyelaran-Test/ });
    await result.waitFor();
    await result.click();

    await page.getByRole('heading', { name: 'Margo Oyelaran-Test' }).waitFor();
    expect(await page.getByText('Allergies: not recorded yet').isVisible()).toBe(true);
    expect(await page.getByText('Dr. Ada Referrer').isVisible()).toBe(true);
    const patientId = new URL(page.url()).pathname.split('/')[2]!;
    await screenshot(page, 'patient-chart');

    await page.getByRole('button', { name: 'Amend details' }).click();
    const dialog = page.getByRole('dialog', { name: /^Amend details: Marguerite Oyelaran-Test/ });
    await dialog.getByRole('region', { name: 'Contact', exact: true }).getByLabel('Phone').fill('555-0177');
    await dialog.getByLabel('Reason for amendment').fill('Patient gave a new mobile number at check-in');
    await screenshot(page, 'amend-patient');
    await dialog.getByRole('button', { name: 'Save amendment' }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.getByRole('tab', { name: 'History' }).click();
    const version = page.getByRole('article', { name: 'Version 2' });
    await version.waitFor();
    expect(await version.getByText('Patient gave a new mobile number at check-in').isVisible()).toBe(true);
    expect(await version.getByText('555-0199').isVisible()).toBe(true);
    expect(await version.getByText('555-0177').isVisible()).toBe(true);
    await screenshot(page, 'patient-history');

    await page.getByRole('tab', { name: 'Sessions' }).click();
    await page.getByText('Sessions: coming soon').waitFor();

    await signOut(page);
    await signIn(page, app.baseUrl, 'demo.admin');
    await page.getByRole('link', { name: 'Audit' }).click();
    await page.getByLabel('Patient id').fill(patientId);
    await page.getByRole('button', { name: 'Apply filters' }).click();
    const audit = page.getByRole('table', { name: 'Audit events' });
    await audit.getByRole('cell', { name: 'patient.register', exact: true }).waitFor();
    expect(await audit.getByRole('cell', { name: 'patient.amend', exact: true }).count()).toBe(1);
    // Opening the chart is itself recorded.
    expect(await audit.getByRole('cell', { name: 'patient.read', exact: true }).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Verify chain' }).click();
    await page.getByRole('status').filter({ hasText: 'Audit chain verified' }).waitFor();
    const exportHref = await page.getByRole('link', { name: 'Export CSV' }).getAttribute('href');
    expect(exportHref).toContain(`patientId=${patientId}`);
    await screenshot(page, 'audit');

    await page.getByRole('link', { name: 'Users' }).click();
    await page.getByRole('table', { name: 'Users' }).getByText('nurse.patel').waitFor();
    await screenshot(page, 'users');
    await page.close();
  });
});
