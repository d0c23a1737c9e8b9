import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, signIn, signOut, startApp, type E2eApp } from './harness.js';

describe('sign-in and role navigation', () => {
  let app: E2eApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app.stop();
  });

  it('a wrong password shows the server’s clear message', async () => {
    const page = await app.newPage();
    await page.goto(`${app.baseUrl}/`);
    await page.getByRole('heading', { name: 'Chairside' }).waitFor();
    await screenshot(page, 'sign-in');
    await signIn(page, app.baseUrl, 'nurse.garcia', 'not-the-password');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Username or password is incorrect');
    await screenshot(page, 'sign-in-wrong-password');
    await page.close();
  });

  const expectations = [
    { username: 'demo.admin', visible: ['Patients', 'Users', 'Audit', 'Controlled substances'], hidden: [] },
    { username: 'dr.okafor', visible: ['Patients', 'Controlled substances'], hidden: ['Users', 'Audit'] },
    { username: 'dr.lindqvist', visible: ['Patients', 'Controlled substances'], hidden: ['Users', 'Audit'] },
    { username: 'nurse.patel', visible: ['Patients', 'Controlled substances'], hidden: ['Users', 'Audit'] },
    { username: 'nurse.garcia', visible: ['Patients', 'Controlled substances'], hidden: ['Users', 'Audit'] },
    { username: 'desk.kim', visible: ['Patients'], hidden: ['Users', 'Audit', 'Controlled substances'] },
  ] as const;

  it('each demo role sees only its navigation', async () => {
    const page = await app.newPage();
    for (const { username, visible, hidden } of expectations) {
      await signIn(page, app.baseUrl, username);
      const nav = page.getByRole('navigation', { name: 'Main' });
      await nav.getByRole('link', { name: 'Patients' }).waitFor();
      for (const label of visible) {
        expect(await nav.getByRole('link', { name: label }).count(), `${username} sees ${label}`).toBe(1);
      }
      for (const label of hidden) {
        expect(await nav.getByRole('link', { name: label }).count(), `${username} does not see ${label}`).toBe(0);
      }
      await signOut(page);
    }
    // Typing an admin address as front desk shows a refusal, not the page.
    await signIn(page, app.baseUrl, 'desk.kim');
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await page.goto(`${app.baseUrl}/audit`);
    await page.getByText('This page is not available to your role').waitFor();
    await page.close();
  });

  it('works at tablet sizes', async () => {
    for (const viewport of [
      { width: 1024, height: 768 },
      { width: 768, height: 1024 },
    ]) {
      const page = await app.newPage(viewport);
      await signIn(page, app.baseUrl, 'nurse.patel');
      await page.getByRole('table', { name: 'Patients' }).waitFor();
      await screenshot(page, `tablet-${viewport.width}x${viewport.height}-patients`);
      await page.getByLabel('Search patients').fill('nakamura');
      await page.getByRole('link', { name: /Nakamura/ }).click();
      await page.getByRole('button', { name: 'Amend details' }).waitFor();
      await screenshot(page, `tablet-${viewport.width}x${viewport.height}-chart`);
      // The page must not scroll sideways: everything fits the tablet's width.
      const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
      expect(overflow).toBeLessThanOrEqual(0);
      await signOut(page);
      await page.close();
    }
  });
});
