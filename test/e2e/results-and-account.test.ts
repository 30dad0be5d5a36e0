/**
 * Results, sharing and the account in a real browser against the real server: the print
 * summary, the PDF download, then a person who registers, saves, tracks a recovery with three
 * check-ins, exports their data and deletes the account.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Case } from '../../src/schemas/case.js';
import { newPage, pageErrors } from './support/browser.js';
import { runInterview } from './support/interview-driver.js';
import { localDate, registerByApi, seedResults } from './support/seed.js';
import { useServerAndBrowser } from './support/server.js';

const env = useServerAndBrowser();
const VIGNETTES = new URL('../vignettes/', import.meta.url);

const sciatica: Case = {
  age: 38, sex: 'male', durationDays: 10, course: 'stable', pain: { back: 5, leg: 7 },
  evidence: {
    saddle_numbness: false, bladder_change: false, bowel_change: false, both_legs_numb_or_weak: false, low_back_pain: true,
    leg_pain_below_knee: true, leg_pain_worse_than_back: true, pain_worse_cough_sneeze: true, numbness_tingling: true, fever: false,
  },
};

async function resultsPage(): Promise<Page> {
  const page = await newPage(env.browser, env.server.url);
  await page.goto('/');
  await seedResults(page, sciatica);
  await page.goto('/results');
  await page.locator('.triage-card').waitFor();
  return page;
}

async function display(page: Page, selector: string): Promise<string> {
  return page.locator(selector).first().evaluate((el) => (globalThis as unknown as { getComputedStyle(e: unknown): { display: string } }).getComputedStyle(el).display);
}

describe('sharing the results', () => {
  it('prints as a clean one-page summary: no navigation or buttons, the advice first', async () => {
    const page = await resultsPage();
    await page.emulateMedia({ media: 'print' });
    expect(await display(page, '.site-header')).toBe('none');
    expect(await display(page, 'nav')).toBe('none');
    expect(await display(page, '.result-actions')).toBe('none');
    expect(await display(page, '.site-footer')).toBe('none');
    // The screen's sections give way to the page made for print: the advice comes first on it.
    expect(await display(page, '.results-screen')).toBe('none');
    expect(await page.locator('.print-summary').isVisible()).toBe(true);
    const first = await page.locator('.print-summary > *').nth(1).getAttribute('class');
    expect(first).toContain('ps-triage');
    const pdf = await PDFDocument.load(await page.pdf({ format: 'A4' }));
    expect(pdf.getPageCount()).toBe(1);
    await page.context().close();
  });

  it('prints on one A4 page for every development vignette', async () => {
    const page = await newPage(env.browser, env.server.url);
    await page.goto('/');
    const pages: Record<string, number> = {};
    for (const file of readdirSync(VIGNETTES).filter((f) => f.endsWith('.json')).sort()) {
      const { expected: _e, ...c } = JSON.parse(readFileSync(new URL(file, VIGNETTES), 'utf8')) as Case & { expected: unknown };
      await seedResults(page, c);
      await page.goto('/results');
      await page.locator('.print-summary').waitFor({ state: 'attached' });
      pages[file] = (await PDFDocument.load(await page.pdf({ format: 'A4' }))).getPageCount();
    }
    expect(Object.entries(pages).filter(([, n]) => n !== 1)).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('downloads a PDF summary from the server', async () => {
    const page = await resultsPage();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download a PDF/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const bytes = await readFile((await download.path())!);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(1);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });
});

describe('signed in before the interview', () => {
  it('answers and saves after a reload, when the page does not know the CSRF token yet', async () => {
    const page = await newPage(env.browser, env.server.url);
    await page.goto('/');
    const { userId } = await registerByApi(page.request, `signed-in-${Date.now()}@example.com`);
    // A fresh page load: the session cookie is there, its token is not.
    await page.goto('/interview');
    await runInterview(page, { age: 44, durationDays: 3, course: 'improving', evidence: { knee_pain: true, chest_pain_or_breathless: false, leg_cold_pale: false } });
    await page.getByRole('button', { name: 'See my results' }).click();
    await page.waitForURL('**/results');
    // Assessed on the device: nothing is stored until the person asks.
    expect(await env.server.store.assessments.list(userId)).toHaveLength(0);
    await page.getByRole('button', { name: 'Save to my account' }).click();
    await page.getByText('Saved to your account.').waitFor();
    const saved = await env.server.store.assessments.list(userId);
    expect(saved).toHaveLength(1);
    expect(saved[0]!.case).toMatchObject({ age: 44, evidence: { knee_pain: true, chest_pain_or_breathless: false, leg_cold_pale: false } });
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  }, 120_000);
});

describe('links to the Learn pages', () => {
  it('every Learn link on the results lands on a page that has its anchor', async () => {
    const page = await newPage(env.browser, env.server.url);
    await page.goto('/');
    const links: string[] = [];
    // A red flag (its links), and a knee with back pain (the knee-sciatica links and the treatments).
    const kneeAndBack = JSON.parse(readFileSync(new URL('dev-14-knee-driven-back.json', VIGNETTES), 'utf8')) as Case & { expected?: unknown };
    delete kneeAndBack.expected;
    for (const c of [{ ...sciatica, evidence: { ...sciatica.evidence, foot_drop: true } }, kneeAndBack]) {
      await seedResults(page, c);
      await page.goto('/results');
      await page.locator('.triage-card').waitFor();
      for (const toggle of await page.locator('.disclosure-toggle').all()) await toggle.click();
      links.push(...(await page.locator('main a[href^="/learn/"]').evaluateAll((els) => els.map((a) => (a as unknown as { getAttribute(n: string): string }).getAttribute('href')))));
    }
    const unique = [...new Set(links)];
    expect(unique.some((l) => l.includes('#red_flag-'))).toBe(true);
    expect(unique.some((l) => l.includes('#mechanism-'))).toBe(true);
    expect(unique.some((l) => l.includes('#article_treatment-'))).toBe(true);
    for (const href of unique) {
      await page.goto(href);
      await page.locator('.learn-item, .section-list').first().waitFor();
      const anchor = decodeURIComponent(new URL(href, env.server.url).hash.slice(1));
      if (anchor) expect(await page.locator(`[id="${anchor}"]`).count(), href).toBe(1);
    }
    await page.context().close();
  });
});

describe('an account: save, recover, export, delete', () => {
  it('registers, saves the results, tracks three days of check-ins with charts and alerts, exports, and deletes everything', async () => {
    const page = await resultsPage();
    const email = `person-${Date.now()}@example.com`;

    // Sign up from the results page, then save them.
    await page.getByRole('link', { name: 'Sign in or create an account' }).click();
    await page.locator('#register-email').fill(email);
    await page.locator('#register-password').fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect.poll(() => page.locator('#register-error').textContent()).toMatch(/10|characters|password/i);
    await page.locator('#register-password').fill('a long enough passphrase');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText(`Signed in as ${email}`).waitFor();
    await page.getByRole('button', { name: 'Save my latest results' }).click();
    await page.getByRole('heading', { name: 'Saved results' }).waitFor();
    await page.locator('.saved-list li').first().waitFor();
    const user = await env.server.store.users.findByEmail(email);
    expect(user).toBeDefined();
    const saved = await env.server.store.assessments.list(user!.id);
    expect(saved).toHaveLength(1);
    expect(saved[0]!.case).toEqual(sciatica);

    // Start a recovery from the saved results.
    await page.goto('/results');
    await page.getByRole('link', { name: 'Track your recovery' }).click();
    await page.locator('#onset-date').fill(localDate(10));
    expect(await page.locator('#recovery-assessment').inputValue()).toBe(saved[0]!.id);
    await page.getByRole('button', { name: 'Start tracking' }).click();
    await page.locator('.recovery').waitFor();
    const [recovery] = await env.server.store.recoveries.list(user!.id);
    expect(recovery?.assessmentId).toBe(saved[0]!.id);

    // Three check-ins on different days: pain and swelling rising, then a red flag.
    const days = [
      { date: localDate(6), knee: '2', leg: '3', swelling: 'None', walking: 'Over an hour', flags: [] as string[] },
      { date: localDate(3), knee: '5', leg: '5', swelling: 'Mild', walking: '15 to 30 minutes', flags: [] },
      { date: localDate(0), knee: '8', leg: '7', swelling: 'Severe', walking: 'Under 5 minutes', flags: ['saddle_numbness'] },
    ];
    for (const day of days) {
      await page.locator('#ci-date').fill(day.date);
      await page.locator('#ci-pain-knee').selectOption(day.knee);
      await page.locator('#ci-pain-leg').selectOption(day.leg);
      await page.locator('fieldset#ci-numbness').getByLabel('No').check();
      await page.locator('fieldset#ci-weakness').getByLabel('No').check();
      await page.locator('fieldset#ci-swelling').getByLabel(day.swelling, { exact: true }).check();
      await page.locator('fieldset#ci-walking').getByLabel(day.walking, { exact: true }).check();
      await page.locator('#ci-sleep').selectOption('5');
      await page.getByRole('button', { name: 'I have none of these' }).click();
      for (const flag of day.flags) await page.locator(`input[name="flag-${flag}"][value="yes"]`).check();
      await page.getByRole('button', { name: 'Save check-in' }).click();
      await page.locator('.status', { hasText: 'saved' }).waitFor();
    }
    expect(await env.server.store.checkIns.list(user!.id, recovery!.id)).toHaveLength(3);

    // Alerts, the emergency one first, as a banner; the phase timeline; charts drawn through every point.
    const alerts = page.locator('.alert-banners [data-alert]');
    expect(await alerts.count()).toBeGreaterThanOrEqual(2);
    expect(await alerts.first().getAttribute('data-severity')).toBe('emergency');
    expect(await page.locator('.recovery [data-alert]').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/worse/i)]));
    expect(await page.locator('.timeline').getAttribute('data-phase')).toBe('acute');
    for (const chart of ['chart-pain', 'chart-swelling', 'chart-walking']) {
      const d = await page.locator(`[data-chart="${chart}"] path.series-line`).last().getAttribute('d');
      expect(d, chart).toMatch(/^M[\d.]+ [\d.]+L[\d.]+ [\d.]+L[\d.]+ [\d.]+$/);
    }
    expect(await page.locator('[data-chart="chart-pain"] [data-series]').count()).toBe(2);

    // Under an emergency alert nothing asks for exercises (ticking them is tested in dashboard.test.ts).
    expect(await page.locator('[data-exercises-paused]').isVisible()).toBe(true);
    expect(await page.locator('.exercise').count()).toBe(0);

    // Export everything as JSON.
    await page.getByRole('link', { name: 'Account' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export my data' }).click()]);
    const exported = JSON.parse(await readFile((await download.path())!, 'utf8')) as { user: { email: string }; checkIns: unknown[]; assessments: unknown[] };
    expect(exported.user.email).toBe(email);
    expect(exported.checkIns).toHaveLength(3);
    expect(exported.assessments).toHaveLength(1);

    // Delete the account, after confirming.
    await page.getByRole('button', { name: 'Delete my account…' }).click();
    const confirm = page.getByRole('button', { name: 'Yes, delete everything' });
    expect(await confirm.isDisabled()).toBe(true);
    await page.getByLabel('I understand that all my data will be deleted for good.').check();
    expect(await confirm.isDisabled()).toBe(true);
    await page.getByLabel('Your password').fill('a long enough passphrase');
    await confirm.click();
    await page.getByText('Your account and all its data were deleted.').waitFor();

    // The data is gone: the API answers 401 or 404, the export is gone, nothing is left in the store.
    const request = page.request;
    expect((await request.get('/api/v1/me')).status()).toBe(401);
    expect((await request.get('/api/v1/me/export')).status()).toBe(401);
    expect([401, 404]).toContain((await request.get(`/api/v1/recoveries/${recovery!.id}`)).status());
    expect([401, 404]).toContain((await request.get(`/api/v1/assessments/${saved[0]!.id}`)).status());
    expect((await request.post('/api/v1/auth/login', { data: { email, password: 'a long enough passphrase' } })).status()).toBe(401);
    expect(await env.server.store.users.findByEmail(email)).toBeUndefined();
    expect(await env.server.store.assessments.list(user!.id)).toEqual([]);
    expect(await env.server.store.recoveries.list(user!.id)).toEqual([]);
    expect(await env.server.store.checkIns.list(user!.id, recovery!.id)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  }, 90_000);
});
