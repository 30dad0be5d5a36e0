/**
 * After the first visit the interview, results and Learn work with no network; and the
 * questions that only fit the treatment list come after the results, answered on the device.
 */
import { describe, expect, it } from 'vitest';
import { newPage, pageErrors, screenshot, sessionValue } from './support/browser.js';
import { runInterview } from './support/interview-driver.js';
import { begin, until, vignette } from './support/interview-helpers.js';
import type { Case } from '../../src/schemas/case.js';
import { useServerAndBrowser } from './support/server.js';

const env = useServerAndBrowser();

describe('offline after the first visit', () => {
  it('runs the interview, the results and Learn with no network', async () => {
    const page = await newPage(env.browser, env.server.url);
    await begin(page);
    // The service worker is ready once it has cached the app, the engine and the knowledge; a
    // reload puts the page under its control.
    await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
    await page.reload();
    await until(async () => page.evaluate<boolean>('!!navigator.serviceWorker.controller'), 60_000);
    await page.context().setOffline(true);
    await page.reload();
    await page.waitForSelector('form.question');
    const { ended } = await runInterview(page, vignette('dev-15-self-care-knee'));
    expect(ended).toBe('done');
    await page.getByRole('button', { name: 'See my results' }).click();
    await page.waitForURL('**/results');
    await page.locator('.triage-card').waitFor();
    await page.getByRole('link', { name: 'Learn' }).first().click();
    await page.waitForURL('**/learn');
    await page.locator('main h2').first().waitFor();
    await screenshot(page, 'learn-offline-390');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  }, 180_000);
});


describe('make the treatment list fit you', () => {
  it('asks the medicine questions after the results, on the device, and moves a treatment that is unsafe for the person', async () => {
    const page = await newPage(env.browser, env.server.url);
    await begin(page);
    const { ended, asked } = await runInterview(page, vignette('dev-03-knee-oa'));
    expect(ended).toBe('done');
    // The interview itself left out the questions that only personalise treatment cautions.
    expect(asked).not.toContain('stomach_ulcer_or_bleed_history');
    await page.getByRole('button', { name: 'See my results' }).click();
    await page.waitForURL('**/results');
    await page.locator('[data-section="treatments"] .disclosure-toggle').click();
    const tablets = page.locator('[data-section="treatments"] [data-treatment="nsaid_oral"]').first();
    expect(await tablets.getAttribute('data-group')).not.toBe('not_advised');
    const form = page.locator('form.fit-treatments');
    await form.locator('input[name="fit-takes_anticoagulant"][value="yes"]').check();
    await screenshot(page, 'results-fit-treatments-390');
    await form.getByRole('button', { name: 'Update the treatment list' }).click();
    await until(async () => (await tablets.getAttribute('data-group')) === 'not_advised');
    const results = await sessionValue<{ case: Case }>(page, 'ksnav.results.v1');
    expect(results?.case.evidence?.takes_anticoagulant).toBe(true);
    expect(await page.locator('input[name="fit-takes_anticoagulant"]').count()).toBe(0);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  }, 120_000);
});
