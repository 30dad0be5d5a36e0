/**
 * My recovery, as a person with sciatica in the leg (no knee trouble) meets it on a 390 x 844
 * phone: a recovery started from saved results takes their onset date; today's check-in comes
 * first and every warning sign is answered yes or no; progress in sentences and dated charts of
 * what the person tracks; a warning sign brings a banner as strong as the interview's interrupt,
 * pauses the exercises and is marked on the charts. Screenshots: test-results/screenshots/dashboard-*.png.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Case } from '../../src/schemas/case.js';
import { axeViolations, focused, horizontalOverflow, newPage, pageErrors, screenshot } from './support/browser.js';
import { apiPost, checkIn, localDate, registerByApi } from './support/seed.js';
import { useServerAndBrowser } from './support/server.js';

const env = useServerAndBrowser();
const DESKTOP = { width: 1280, height: 900 };

const SCIATICA: Case = {
  age: 41, durationDays: 12, course: 'improving', pain: { leg: 7, back: 4 },
  evidence: { low_back_pain: true, leg_pain_below_knee: true, numbness_tingling: true, saddle_numbness: false, bladder_change: false, knee_pain: false },
};

/** "3 May", as the charts and sentences say a date. */
const short = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y!, m! - 1, d!).toLocaleDateString('en-GB', { day: 'numeric', month: 'short' });
};

async function fillCheckIn(page: Page, day: { date: string; leg: string; back: string; flags?: string[] }): Promise<void> {
  await page.locator('#ci-date').fill(day.date);
  await page.locator('#ci-pain-leg').selectOption(day.leg);
  await page.locator('#ci-pain-back').selectOption(day.back);
  await page.locator('fieldset#ci-numbness').getByLabel('Yes').check();
  await page.locator('fieldset#ci-weakness').getByLabel('No').check();
  await page.locator('fieldset#ci-swelling').getByLabel('None', { exact: true }).check();
  await page.locator('fieldset#ci-walking').getByLabel('15 to 30 minutes', { exact: true }).check();
  await page.locator('#ci-sleep').selectOption('6');
  await page.getByRole('button', { name: 'I have none of these' }).click();
  for (const flag of day.flags ?? []) await page.locator(`input[name="flag-${flag}"][value="yes"]`).check();
}

describe('my recovery (390 x 844)', () => {
  it('starts from the results with their onset date, puts the check-in first, asks every warning sign, and shows progress in words and dated charts', async () => {
    const page = await newPage(env.browser, env.server.url, undefined, { locale: 'en-GB' });
    await page.goto('/');
    const { csrf } = await registerByApi(page.request, `dash-${Date.now()}@example.com`);
    const saved = await apiPost<{ saved: { id: string } }>(page.request, csrf, '/api/v1/assessments', SCIATICA);

    // Started from the saved results: the onset is the day the pain began, 12 days before they were saved.
    await page.goto(`/dashboard?assessment=${saved.saved.id}`);
    await expect.poll(() => page.locator('#onset-date').inputValue()).toBe(localDate(12));
    expect(await page.locator('#recovery-assessment').inputValue()).toBe(saved.saved.id);
    await screenshot(page, 'dashboard-start-from-results');
    await page.getByRole('button', { name: 'Start tracking' }).click();
    await page.locator('.recovery').waitFor();

    // Today's check-in is the first section.
    const first = await page.locator('.recovery .dash-section').first().getAttribute('data-dash');
    expect(first).toBe('checkin');

    // Every warning sign is answered: none is assumed "no".
    await page.locator('#ci-date').fill(localDate(6));
    await page.locator('#ci-pain-leg').selectOption('7');
    await page.locator('fieldset#ci-numbness').getByLabel('Yes').check();
    await page.locator('fieldset#ci-weakness').getByLabel('No').check();
    await page.locator('fieldset#ci-swelling').getByLabel('None', { exact: true }).check();
    await page.locator('fieldset#ci-walking').getByLabel('15 to 30 minutes', { exact: true }).check();
    await page.locator('#ci-sleep').selectOption('6');
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await page.locator('.check-in .error-message', { hasText: 'warning-sign question' }).waitFor();
    expect((await focused(page)).id).toBe('ci-flag-saddle_numbness');
    expect(await page.locator('.check-in input[name^="flag-"]:checked').count()).toBe(0);
    await screenshot(page, 'dashboard-check-in-unanswered');
    await page.getByRole('button', { name: 'I have none of these' }).click();
    expect(await page.locator('.check-in input[name^="flag-"][value="no"]:checked').count()).toBe(13);
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await page.locator('.status', { hasText: 'saved' }).waitFor();

    await fillCheckIn(page, { date: localDate(2), leg: '3', back: '2' });
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await page.locator('.trend-list').waitFor();

    // Progress in words, and charts of what this person tracks (no knee: no swelling chart), dated.
    expect(await page.locator('.trend-list [data-trend="leg_pain"]').textContent()).toBe('Leg pain fell from 7 to 3 in 4 days. A real improvement.');
    expect(await page.locator('[data-chart="chart-swelling"]').count()).toBe(0);
    expect(await page.locator('[data-trend="swelling"]').count()).toBe(0);
    expect(await page.locator('[data-chart="chart-pain"] [data-series]').evaluateAll((els) => els.map((e) => e.getAttribute('data-series')))).toEqual(['leg', 'back']);
    const axis = await page.locator('[data-chart="chart-pain"] .chart-grid text').allTextContents();
    expect(axis).toContain(short(localDate(6)));
    expect(axis).toContain('date of check-in');
    expect(await page.locator('.warning-day').count()).toBe(0);

    // No alert: the exercises can be ticked, and are saved with today's check-in.
    await fillCheckIn(page, { date: localDate(0), leg: '3', back: '2' });
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await page.getByText('You checked in today.').waitFor();
    const exercise = page.locator('.exercise').first();
    await exercise.getByRole('checkbox').check();
    await page.locator('.status', { hasText: 'Exercises for today saved' }).waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'dashboard-progress');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('a new warning sign: a banner as strong as the interview\'s interrupt, first, dated in words; exercises paused; the day marked on the charts', async () => {
    const page = await newPage(env.browser, env.server.url, undefined, { locale: 'en-GB' });
    await page.goto('/');
    const { csrf } = await registerByApi(page.request, `dash-flag-${Date.now()}@example.com`);
    const saved = await apiPost<{ saved: { id: string } }>(page.request, csrf, '/api/v1/assessments', SCIATICA);
    const recovery = await apiPost<{ id: string }>(page.request, csrf, '/api/v1/recoveries', { onsetDate: localDate(12), assessmentId: saved.saved.id });
    await apiPost(page.request, csrf, `/api/v1/recoveries/${recovery.id}/checkins`, checkIn(localDate(5), { pain: { leg: 6, back: 3 }, swelling: 'none', numbnessTingling: true }));
    await page.goto('/dashboard');
    await page.locator('#ci-date').waitFor();

    await fillCheckIn(page, { date: localDate(0), leg: '6', back: '5', flags: ['saddle_numbness', 'bladder_change'] });
    await page.getByRole('button', { name: 'Save check-in' }).click();
    const banner = page.locator('.alert-banners');
    await banner.waitFor();
    // First on the page, with the interrupt's parts: kicker, the level as a heading, what to do, the number.
    expect(await page.locator('.recovery > *').first().getAttribute('class')).toBe('alert-banners');
    expect(await banner.locator('.emergency-banner.tone-emergency').count()).toBe(1);
    expect(await banner.locator('.emergency-kicker').textContent()).toMatch(/Emergency, reported today/);
    expect(await banner.locator('h2').textContent()).toBe('Go to an emergency department now');
    expect(await banner.locator('.emergency-action').textContent()).toContain('Go to A&E now');
    expect(await banner.locator('a[href="tel:999"]').count()).toBe(1);
    await expect.poll(async () => (await focused(page)).id).toBe('alerts-banner-title');
    expect(await banner.textContent()).toMatch(/cauda equina/i);
    // Dates in words everywhere in the alerts.
    expect(await page.locator('.recovery [data-alert]').allTextContents()).not.toEqual(expect.arrayContaining([expect.stringMatching(/\d{4}-\d{2}-\d{2}/)]));
    // No exercise prompts while it stands.
    expect(await page.locator('[data-exercises-paused]').isVisible()).toBe(true);
    expect(await page.locator('.exercise').count()).toBe(0);
    expect(await page.locator('.exercises-note').count()).toBe(0);
    expect(await page.locator('[data-alert="inactivity"]').count()).toBe(0);
    // The day is marked on every chart, and said in the table.
    expect(await page.locator('[data-chart="chart-pain"] .warning-day').count()).toBe(1);
    expect(await page.locator('[data-chart="chart-walking"] .warning-day').count()).toBe(1);
    expect(await page.locator('[data-chart="chart-pain"] .legend').textContent()).toContain('Warning sign reported');
    expect(await page.locator('[data-chart="chart-pain"] .chart-table').textContent()).toContain('Warning sign');
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'dashboard-emergency');
    await page.setViewportSize(DESKTOP);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'dashboard-emergency-desktop');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  }, 120_000);
});
