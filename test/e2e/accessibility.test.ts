/**
 * Every page and state, scanned with axe-core (every rule: WCAG A/AA and best practices) on a
 * 320 px wide phone, checked for horizontal scroll, and saved as a screenshot in
 * test-results/screenshots/<page>.png; the main pages again on a desktop.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, horizontalOverflow, newPage, pageErrors, screenshot } from './support/browser.js';
import { runInterview, whenReady } from './support/interview-driver.js';
import { apiPost, checkIn, localDate, registerByApi, seedResults } from './support/seed.js';
import { useServerAndBrowser } from './support/server.js';

const PHONE = { width: 320, height: 640 };
const DESKTOP = { width: 1280, height: 900 };

const env = useServerAndBrowser();
const checked: string[] = [];

/** axe finds nothing, the page does not scroll sideways, and one h1; then a screenshot. */
async function check(page: Page, name: string, options: { overflow?: boolean } = {}): Promise<void> {
  expect.soft(await axeViolations(page), `axe on ${name}`).toEqual([]);
  if (options.overflow !== false) expect.soft(await horizontalOverflow(page), `horizontal scroll on ${name}`).toBe(0);
  expect.soft(await page.locator('h1').count(), `one h1 on ${name}`).toBe(1);
  expect.soft(await page.getAttribute('html', 'lang'), `lang on ${name}`).toBe('en');
  expect.soft(pageErrors(page), `errors or CSP violations on ${name}`).toEqual([]);
  await screenshot(page, name);
  checked.push(name);
}

describe('every page and state, on a 320 px phone', () => {
  it('start, every kind of question, errors, review, done, and the results', async () => {
    const page = await newPage(env.browser, env.server.url, PHONE);
    await page.goto('/');
    await page.getByRole('link', { name: 'Start the questions' }).waitFor();
    await check(page, 'start');

    await page.getByRole('link', { name: 'Start the questions' }).click();
    await page.waitForSelector('form.question[data-kind="number"]');
    await whenReady(page);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.locator('.error-message', { hasText: 'Please enter' }).waitFor();
    await check(page, 'interview-number-error');

    const seen = new Set<string>();
    const { ended } = await runInterview(
      page,
      { age: 34, sex: 'female', durationDays: 3, course: 'improving', pain: { knee: 3 }, evidence: { knee_pain: true, chest_pain_or_breathless: false } },
      {
        beforeAnswer: async ({ questionKind: kind }) => {
          if (seen.has(kind)) return;
          seen.add(kind);
          if (kind === 'body_map') await page.locator('input[name="where"][value="knee:left"]').check();
          await check(page, `interview-${kind.replaceAll('_', '-')}`);
          if (kind === 'body_map') await page.locator('input[name="where"][value="knee:left"]').uncheck();
        },
      },
    );
    expect(ended).toBe('done');
    // Single questions of each kind, and screens that hold several (warning signs; how long and which way).
    expect([...seen]).toEqual(expect.arrayContaining(['body_map', 'number', 'yes_no', 'yes_no_group', 'group']));
    await page.locator('details.review summary').click();
    await check(page, 'interview-done');

    // Changing an answer from the review list.
    await page.getByRole('button', { name: /Change your answer to: How old are you/ }).click();
    await check(page, 'interview-change-answer');
    await page.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('button', { name: 'See my results' }).click();
    await page.locator('.triage-card').waitFor();
    await check(page, 'results');
    for (const toggle of await page.locator('.disclosure-toggle').all()) await toggle.click();
    await check(page, 'results-open');
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'results-print');
    await page.emulateMedia({ media: 'screen' });
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  }, 150_000);

  it('the emergency screen and emergency results', async () => {
    const page = await newPage(env.browser, env.server.url, PHONE);
    await page.goto('/interview');
    const { ended } = await runInterview(page, { age: 70, evidence: { knee_pain: true, calf_pain: true, chest_pain_or_breathless: true } });
    expect(ended).toBe('emergency');
    await check(page, 'emergency');
    await page.getByRole('button', { name: 'See the rest of the results' }).click();
    await page.locator('.triage-card').waitFor();
    await check(page, 'results-emergency');
    await page.context().close();
  }, 150_000);

  it('results with no answers yet, a saved result when signed out, and a page that does not exist', async () => {
    const page = await newPage(env.browser, env.server.url, PHONE);
    await page.goto('/results');
    await page.getByText('There are no results in this browser tab yet.').waitFor();
    await check(page, 'results-empty');
    await page.goto('/results/00000000-0000-4000-8000-000000000000');
    await page.locator('.notice-error').waitFor();
    await check(page, 'results-saved-signed-out');
    await page.goto('/no-such-page');
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await check(page, 'not-found');
    await page.context().close();
  }, 150_000);

  it('the Learn pages', async () => {
    const page = await newPage(env.browser, env.server.url, PHONE);
    await page.goto('/learn');
    await page.locator('.section-list').waitFor();
    await check(page, 'learn');
    const sections = await page.locator('.section-list a').evaluateAll((links) => links.map((a) => (a as unknown as { pathname: string }).pathname));
    expect(sections.length).toBeGreaterThanOrEqual(6);
    for (const path of sections) {
      await page.goto(path);
      await page.locator('.learn-item, .glossary').first().waitFor();
      await check(page, `learn-${path.split('/').pop()}`);
    }
    // A results link with an anchor lands on the item.
    await page.goto('/learn/causes#mechanism-altered_biomechanics');
    await page.locator('#mechanism-altered_biomechanics').waitFor({ state: 'attached' });
    expect(await page.locator('#altered-biomechanics').count()).toBe(1);
    await page.context().close();
  }, 150_000);

  it('account and recovery, signed out and signed in', async () => {
    const page = await newPage(env.browser, env.server.url, PHONE);
    await page.goto('/account');
    await page.locator('.auth-form').first().waitFor();
    await check(page, 'account');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('#signin-error', { hasText: 'email' }).waitFor();
    await check(page, 'account-error');
    await page.goto('/dashboard');
    await page.getByRole('link', { name: 'Sign in or create an account' }).waitFor();
    await check(page, 'dashboard-signed-out');

    // Results from before signing in, then signed in with no recovery yet.
    await seedResults(page, { age: 50, pain: { knee: 6 }, evidence: { knee_pain: true, knee_swelling: true } });
    const { csrf } = await registerByApi(page.request, `a11y-${Date.now()}@example.com`);
    await page.goto('/account');
    await page.getByRole('button', { name: 'Save my latest results' }).waitFor();
    await check(page, 'account-signed-in');
    await page.getByRole('button', { name: 'Delete my account…' }).click();
    await check(page, 'account-delete-confirm');
    await page.goto('/dashboard');
    await page.locator('#onset-date').waitFor();
    await check(page, 'dashboard-start');

    // A recovery with three check-ins, one with a red flag.
    const saved = await apiPost<{ saved: { id: string } }>(page.request, csrf, '/api/v1/assessments', { age: 50, evidence: { knee_pain: true } });
    const recovery = await apiPost<{ id: string }>(page.request, csrf, '/api/v1/recoveries', { onsetDate: localDate(20), assessmentId: saved.saved.id });
    await apiPost(page.request, csrf, `/api/v1/recoveries/${recovery.id}/checkins`, checkIn(localDate(8), { pain: { knee: 3, leg: 2, back: 1 } }));
    await apiPost(page.request, csrf, `/api/v1/recoveries/${recovery.id}/checkins`, checkIn(localDate(4), { pain: { knee: 5, leg: 4 }, swelling: 'moderate' }));
    await apiPost(page.request, csrf, `/api/v1/recoveries/${recovery.id}/checkins`, checkIn(localDate(1), { pain: { knee: 7, leg: 6, back: 2 }, swelling: 'severe', redFlags: { calf_swelling: true } }));
    await page.goto('/dashboard');
    await page.locator('[data-chart="chart-pain"]').waitFor();
    for (const summary of await page.locator('details.chart-table summary').all()) await summary.click();
    await check(page, 'dashboard');
    // The check-in form's error state: a second check-in for a day that has one.
    await page.locator('#ci-date').fill(localDate(1));
    await page.getByRole('button', { name: 'I have none of these' }).click();
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await page.locator('.check-in .error-message', { hasText: 'already a check-in' }).waitFor();
    await check(page, 'dashboard-check-in-error');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  }, 150_000);
});

describe('the main pages on a desktop', () => {
  it('start, interview, results, learn, account and dashboard pass axe at 1280 px', async () => {
    const page = await newPage(env.browser, env.server.url, DESKTOP);
    await page.goto('/');
    await page.getByRole('link', { name: 'Start the questions' }).waitFor();
    await check(page, 'desktop-start');
    await page.goto('/interview');
    await page.waitForSelector('form.question');
    await check(page, 'desktop-interview');
    await seedResults(page, { age: 24, sex: 'female', durationDays: 1, evidence: { knee_pain: true, recent_knee_injury: true, injury_pop: true, knee_swelling: true, knee_swelling_within_hours_of_injury: true } });
    await page.goto('/results');
    await page.locator('.triage-card').waitFor();
    await check(page, 'desktop-results');
    await page.goto('/learn/treatments');
    await page.locator('.learn-item').first().waitFor();
    await check(page, 'desktop-learn');
    const { csrf } = await registerByApi(page.request, `desk-${Date.now()}@example.com`);
    const recovery = await apiPost<{ id: string }>(page.request, csrf, '/api/v1/recoveries', { onsetDate: localDate(30) });
    for (const [days, knee] of [[9, 6], [5, 4], [2, 3]] as const) {
      await apiPost(page.request, csrf, `/api/v1/recoveries/${recovery.id}/checkins`, checkIn(localDate(days), { pain: { knee } }));
    }
    await page.goto('/dashboard');
    await page.locator('[data-chart="chart-pain"]').waitFor();
    await check(page, 'desktop-dashboard');
    await page.goto('/account');
    await page.getByText('Signed in as').waitFor();
    await check(page, 'desktop-account');
    await page.context().close();
    expect(checked.length).toBeGreaterThan(25);
  }, 150_000);
});
