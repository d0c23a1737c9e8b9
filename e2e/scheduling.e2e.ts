import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, signIn, startApp, type E2eApp } from './harness.js';

/** The next Monday at least two days away (the demo clinic is open Mon–Fri). */
function nextMonday(): string {
  const d = new Date(Date.now() + 2 * 86_400_000);
  d.setUTCDate(d.getUTCDate() + ((8 - d.getUTCDay()) % 7));
  return d.toISOString().slice(0, 10);
}

// A nurse plans and books a demo patient's IV induction: a conflicting slot is refused with
// the reason listed and nothing booked; once fixed, all six are booked and show on the schedule.
describe('induction booking and the schedule', () => {
  let app: E2eApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app.stop();
  });

  it('nurse books an induction all-or-nothing and sees it on the day and week views', async () => {
    const page = await app.newPage();
    await signIn(page, app.baseUrl, 'nurse.patel');
    await page.getByLabel('Search patients').fill('ellison');
    await page.getByRole('link', { name: /Margaret Ellison/ }).click();
    await page.getByRole('tab', { name: 'Course' }).click();
    await page.getByText(/Sessions booked 0 \/ 6/).waitFor();

    const monday = nextMonday();
    await page.getByLabel('First date').fill(monday);
    await page.getByRole('button', { name: 'Propose calendar' }).click();
    const table = page.getByRole('table', { name: 'Proposed sessions' });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(6);

    // Put session 2 on top of session 1: the whole booking is refused and the conflict listed.
    await page.getByLabel('Session 2 date').fill(monday);
    await page.getByRole('button', { name: 'Book all 6' }).click();
    await page.getByRole('alert').filter({ hasText: 'Nothing was booked' }).waitFor();
    expect(
      await table
        .getByText(/already has an appointment|two sessions in one day/)
        .first()
        .isVisible(),
    ).toBe(true);
    await screenshot(page, 'course-book-all-conflict');
    expect(await page.getByText(/Sessions booked 0 \/ 6/).isVisible()).toBe(true);

    // Restore the proposed date and book again.
    await page.getByRole('button', { name: 'Propose calendar' }).click();
    await page.getByRole('button', { name: 'Book all 6' }).click();
    await page.getByText(/Sessions booked 6 \/ 6/).waitFor();
    await screenshot(page, 'course-booked');

    await page.getByRole('link', { name: 'Schedule' }).click();
    await page.getByLabel('Date').fill(monday);
    const block = page.getByRole('button', { name: /Margaret Ellison, Dosing session, 09:00–10:25, booked/ });
    await block.waitFor();
    await screenshot(page, 'schedule-day');
    await block.click();
    await page.getByRole('dialog').getByText('Booked by nurse.patel').waitFor();
    await page.keyboard.press('Escape');

    await page.getByText('Week', { exact: true }).click();
    await page.getByText(/Week of/).waitFor();
    // The week's appointments load after its heading: wait for them before counting.
    await page
      .getByRole('button', { name: /Margaret Ellison, Dosing session/ })
      .first()
      .waitFor();
    expect(await page.getByRole('button', { name: /Margaret Ellison, Dosing session/ }).count()).toBeGreaterThanOrEqual(
      2,
    );
    await screenshot(page, 'schedule-week');
  });
});
