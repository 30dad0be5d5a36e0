/**
 * The validated measures in the web app at 390 px, as a worried person uses them: the optional
 * STarT Back questions on the results page that fit the treatment advice (never offered where
 * the person must be seen now or today); and, in recovery, each instrument's baseline, then its
 * score over time with the band of change people notice and a sentence in plain words. Axe finds
 * nothing; screenshots go to test-results/screenshots/measures-*.png.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess.js';
import { MATCHED_CARE } from '../../src/knowledge/stratified-care.js';
import { START_BACK } from '../../src/knowledge/measures/index.js';
import type { Case } from '../../src/schemas/case.js';
import { join } from 'node:path';
import { axeViolations, horizontalOverflow, newPage, pageErrors, screenshot, SCREENSHOT_DIR } from './support/browser.js';
import { apiPost, localDate, registerByApi, seedResults } from './support/seed.js';
import { MEASURES } from '../../src/knowledge/measures/index.js';
import { useServerAndBrowser } from './support/server.js';

const env = useServerAndBrowser();
const PHONE = { width: 390, height: 844 };

function vignette(name: string): Case {
  const { expected: _e, ...c } = JSON.parse(readFileSync(new URL(`../vignettes/${name}.json`, import.meta.url), 'utf8')) as Case & { expected: unknown };
  return c;
}

const SCIATICA = vignette('dev-01-acute-sciatica');
const EMERGENCY = vignette('dev-02-cauda-equina');
const MILD_KNEE = vignette('dev-15-self-care-knee');

async function results(c: Case): Promise<Page> {
  const page = await newPage(env.browser, env.server.url, PHONE, { locale: 'en-GB' });
  await page.goto('/');
  await seedResults(page, c);
  await page.goto('/results');
  await page.locator('.result-summary').waitFor();
  return page;
}

/** Answers the STarT Back form the way a person taps it: one radio per item, by its published label. */
async function answerStartBack(page: Page, form: string, answers: Record<string, string>): Promise<void> {
  for (const item of START_BACK.items) {
    const code = answers[item.id];
    if (code === undefined) continue;
    const label = item.options.find((o) => o.code === code)!.display;
    await page.locator(`${form} fieldset[data-item="${item.id}"]`).getByLabel(label, { exact: true }).check();
  }
}

const HIGH = { q1: 'agree', q2: 'disagree', q3: 'agree', q4: 'agree', q5: 'agree', q6: 'agree', q7: 'agree', q8: 'agree', q9: 'very_much' };

describe('results: a few more questions to fit the advice (390 x 844)', () => {
  it('sciatica: the nine questions word for word with Keele\'s attribution; a missing one is named; the advice then follows the high-risk care', async () => {
    const page = await results(SCIATICA);
    const section = page.locator('#fit-the-advice');
    await section.waitFor();
    expect(await section.locator('.disclosure-gist').textContent()).toContain('9 quick questions');
    await section.locator('.disclosure-toggle').click();
    const form = '#fit-the-advice form[data-instrument="start-back"]';
    await page.locator(form).waitFor();
    expect(await page.locator(`${form} .measure-instructions`).textContent()).toBe(START_BACK.instructions);
    expect(await page.locator(`${form} legend .item-text`).allTextContents()).toEqual(START_BACK.items.map((i) => i.text));
    expect(await page.locator(`${form} .attribution`).textContent()).toBe(START_BACK.licence.attribution);

    // Item 4 left out: the form says which, moves the focus there, and changes nothing.
    const { q4: _q4, ...withoutFour } = HIGH;
    await answerStartBack(page, form, withoutFour);
    await page.getByRole('button', { name: 'Fit the advice to my answers' }).click();
    expect(await page.locator(`${form} .error-message`).textContent()).toContain('Please answer question 4');
    expect(await page.evaluate('document.activeElement?.getAttribute("data-item")')).toBe('q4');
    expect(await page.locator('[data-matched-care]').count()).toBe(0);
    await screenshot(page, 'measures-start-back-missing-item');
    expect(await axeViolations(page)).toEqual([]);

    await answerStartBack(page, form, { q4: 'agree' });
    await page.getByRole('button', { name: 'Fit the advice to my answers' }).click();
    const care = page.locator('#fit-the-advice [data-matched-care]');
    await care.waitFor();
    expect(await care.getAttribute('data-risk')).toBe('high');
    expect(await care.locator('h3').textContent()).toContain(MATCHED_CARE.high.title.toLowerCase());
    expect(await care.locator('.matched-steps li').allInnerTexts()).toEqual(MATCHED_CARE.high.steps);
    expect(await care.locator('.attribution').textContent()).toContain(START_BACK.licence.attribution);
    expect(await section.locator('.disclosure-gist').textContent()).toContain('High risk');
    // The same advice as the engine gives for these answers; the level is unchanged.
    const expected = assess({ ...SCIATICA, startBack: HIGH as never });
    expect(await page.locator('.result-summary').getAttribute('data-triage-level')).toBe(assess(SCIATICA).triage.level);
    await page.locator('#whom-to-see .disclosure-toggle').click();
    expect(await page.locator('#whom-to-see li').allInnerTexts()).toEqual(expected.whomToSee.map((r) => `${r.title}: ${r.why}`));
    await page.locator('#treatments .disclosure-toggle').click();
    expect(await page.locator('#treatments [data-matched-care]').getAttribute('data-risk')).toBe('high');
    // Kept in the tab: a reload shows the same answers and advice.
    const stored = await page.evaluate<{ case: Case }>('JSON.parse(sessionStorage.getItem("ksnav.results.v1"))');
    expect(stored.case.startBack).toEqual(HIGH);

    expect(await horizontalOverflow(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'measures-start-back-matched-care');
    await section.screenshot({ path: join(SCREENSHOT_DIR, 'measures-start-back-matched-care-section.png') });
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('an emergency and a knee-only picture are not offered the questions', async () => {
    for (const c of [EMERGENCY, MILD_KNEE]) {
      const page = await results(c);
      // An emergency offers nothing but what to do now; a knee-only picture is told apart once the engine has loaded.
      await page.locator(c === EMERGENCY ? '[data-seen-first-note]' : '[data-fit-advice="not-offered"]').waitFor({ state: 'attached' });
      expect(await page.locator('#fit-the-advice').count()).toBe(0);
      await page.context().close();
    }
  });
});

/** "3 March 2026", as the sentences say a date. */
const inWords = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y!, m! - 1, d!).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
};

async function signedInWithRecovery(onsetDaysAgo: number): Promise<{ page: Page; csrf: string; recoveryId: string }> {
  const page = await newPage(env.browser, env.server.url, PHONE, { locale: 'en-GB' });
  await page.goto('/');
  const { csrf } = await registerByApi(page.request, `measures-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`);
  const recovery = await apiPost<{ id: string }>(page.request, csrf, '/api/v1/recoveries', { onsetDate: localDate(onsetDaysAgo) });
  return { page, csrf, recoveryId: recovery.id };
}

const card = (page: Page, id: string) => page.locator(`.measure-card[data-measure="${id}"]`);

describe('recovery: each measure\'s baseline, then its score over time with the change people notice (390 x 844)', () => {
  it('completes STarT Back, Roland-Morris, PSFS and pain in the app; sees each score, its trend with the band, and a sentence', async () => {
    const { page, csrf, recoveryId } = await signedInWithRecovery(20);
    // Two weeks ago the person set their starting points (through the API, as the app would have).
    const base = `/api/v1/recoveries/${recoveryId}/measures`;
    const started = localDate(14);
    await apiPost(page.request, csrf, `${base}/roland-morris`, { date: started, answers: { ticked: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] } });
    await apiPost(page.request, csrf, `${base}/psfs`, { date: started, answers: { activities: [{ name: 'Climbing stairs', rating: 2 }, { name: 'Walking to the shops', rating: 3 }] } });
    await apiPost(page.request, csrf, `${base}/nprs`, { date: started, answers: { back: 7, leg: 6 } });

    await page.goto('/dashboard');
    const section = page.locator('[data-dash="measures"]');
    await section.waitFor();
    expect(await section.locator('[data-measures-due]').textContent()).toBe('Due now: STarT Back, Roland-Morris, PSFS, Pain 0-10.');
    expect(await card(page, 'start-back').getAttribute('data-status')).toBe('baseline_due');
    // The attribution sits beside each instrument.
    for (const id of ['start-back', 'roland-morris', 'psfs', 'nprs'] as const) {
      expect(await card(page, id).locator('.attribution').last().textContent()).toBe(MEASURES[id].licence.attribution);
    }
    expect(await card(page, 'roland-morris').locator('[data-sentence]').textContent()).toContain('Your starting score on');
    await screenshot(page, 'measures-dashboard-due');
    await section.screenshot({ path: join(SCREENSHOT_DIR, 'measures-dashboard-due-section.png') });

    // STarT Back: once. A missing item is named first.
    await card(page, 'start-back').getByRole('button', { name: 'Answer STarT Back now' }).click();
    const sb = '.measure-card[data-measure="start-back"] form';
    await answerStartBack(page, sb, { q1: 'agree', q2: 'disagree', q3: 'disagree', q4: 'disagree', q5: 'disagree', q6: 'disagree', q7: 'disagree', q8: 'disagree' });
    await page.getByRole('button', { name: 'Save STarT Back' }).click();
    expect(await page.locator(`${sb} .error-message`).textContent()).toContain('Please answer question 9');
    await answerStartBack(page, sb, { q9: 'slightly' });
    await page.getByRole('button', { name: 'Save STarT Back' }).click();
    await card(page, 'start-back').locator('[data-risk="low"]').waitFor();
    expect(await card(page, 'start-back').getAttribute('data-status')).toBe('done');
    expect(await card(page, 'start-back').locator('[data-risk]').textContent()).toContain('Low risk: likely to get better soon.');

    // Roland-Morris: five statements today, from twelve: better by more than the 5 points people notice.
    await card(page, 'roland-morris').getByRole('button', { name: 'Answer Roland-Morris again' }).click();
    const rm = card(page, 'roland-morris').locator('form');
    expect(await rm.locator('.measure-instructions').textContent()).toBe(MEASURES['roland-morris'].instructions);
    for (const n of [2, 3, 9, 13, 17]) await rm.locator(`label[data-item="q${n}"] input`).check();
    expect(await rm.locator('.hint').first().textContent()).toContain('5 statements ticked.');
    expect(await axeViolations(page)).toEqual([]);
    await rm.screenshot({ path: join(SCREENSHOT_DIR, 'measures-dashboard-roland-morris-form.png') });
    await page.getByRole('button', { name: 'Save Roland-Morris' }).click();
    const rmSentence = card(page, 'roland-morris').locator('[data-sentence="roland-morris.total"]');
    await expect.poll(() => rmSentence.getAttribute('data-meaningful')).toBe('true');
    expect(await rmSentence.textContent()).toBe(`Since ${inWords(started)}, your back function improved by 7 points (from 12 to 5), more than the 5 points people notice.`);
    const rmChart = card(page, 'roland-morris').locator('figure.chart');
    expect(await rmChart.locator('.chart-svg .series-dot > *').count()).toBe(2);
    expect(await rmChart.locator('rect.band-area[data-band]').getAttribute('data-band')).toBe('8.4-15.6');
    expect(await rmChart.locator('.legend-band').textContent()).toContain('Too small a change to notice');

    // PSFS: the same two activities come back to be rated again.
    await card(page, 'psfs').getByRole('button', { name: 'Answer PSFS again' }).click();
    const psfs = card(page, 'psfs').locator('form');
    expect(await psfs.locator('#psfs-name-0').inputValue()).toBe('Climbing stairs');
    expect(await psfs.locator('#psfs-name-1').inputValue()).toBe('Walking to the shops');
    await psfs.locator('#psfs-rating-0').selectOption('6');
    await page.getByRole('button', { name: 'Save PSFS' }).click();
    expect(await psfs.locator('.error-message').textContent()).toBe('Please rate “Walking to the shops” from 0 to 10.');
    expect(await axeViolations(page)).toEqual([]);
    await psfs.screenshot({ path: join(SCREENSHOT_DIR, 'measures-dashboard-psfs-form.png') });
    await psfs.locator('#psfs-rating-1').selectOption('7');
    await page.getByRole('button', { name: 'Save PSFS' }).click();
    const psfsSentence = card(page, 'psfs').locator('[data-sentence="psfs.average"]');
    await expect.poll(() => psfsSentence.getAttribute('data-meaningful')).toBe('true');
    expect(await psfsSentence.textContent()).toBe(`Since ${inWords(started)}, your chosen activities improved by 4 points (from 2.5 to 6.5), more than the 2 points needed to be sure it is a real change.`);

    // Pain 0-10: the back much better, the leg hardly changed, each said as it is.
    await card(page, 'nprs').getByRole('button', { name: 'Answer Pain 0-10 again' }).click();
    await card(page, 'nprs').locator('#nprs-back').selectOption('3');
    await card(page, 'nprs').locator('#nprs-leg').selectOption('5');
    await page.getByRole('button', { name: 'Save Pain 0-10' }).click();
    const back = card(page, 'nprs').locator('[data-sentence="nprs.back"]');
    await expect.poll(() => back.getAttribute('data-meaningful')).toBe('true');
    expect(await back.textContent()).toBe(`Since ${inWords(started)}, your back pain improved by 4 points (from 7 to 3), more than the 2 points people notice.`);
    expect(await card(page, 'nprs').locator('[data-sentence="nprs.leg"]').textContent())
      .toBe(`Since ${inWords(started)}, your leg pain changed by 1 point (from 6 to 5): less than the 2 points people notice, so not a clear change yet.`);

    // Everything answered for the week: nothing due; PSFS and pain may be answered again another day.
    expect(await section.locator('[data-measures-due]').count()).toBe(0);
    expect(await card(page, 'roland-morris').getAttribute('data-status')).toBe('up_to_date');
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'measures-dashboard-trends');
    await section.screenshot({ path: join(SCREENSHOT_DIR, 'measures-dashboard-trends-section.png') });
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('a score worse by more than people notice, and no clear improvement after 6 weeks, each say to see a clinician', async () => {
    const { page, csrf, recoveryId } = await signedInWithRecovery(50);
    const base = `/api/v1/recoveries/${recoveryId}/measures`;
    await apiPost(page.request, csrf, `${base}/roland-morris`, { date: localDate(49), answers: { ticked: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] } });
    await apiPost(page.request, csrf, `${base}/roland-morris`, { date: localDate(1), answers: { ticked: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] } });
    await page.goto('/dashboard');
    const alerts = page.locator('[data-dash="alerts"]');
    await alerts.waitFor();
    const text = await alerts.textContent();
    expect(text).toContain('A score is getting worse');
    expect(text).toContain('Your back function score (Roland-Morris) went from 10 to 15');
    expect(text).toContain('No clear improvement after 6 weeks');
    expect(text).toContain('Book a review with your GP or physiotherapist');
    expect(await card(page, 'roland-morris').locator('[data-sentence]').getAttribute('data-direction')).toBe('worse');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'measures-dashboard-alerts');
    await alerts.screenshot({ path: join(SCREENSHOT_DIR, 'measures-dashboard-alerts-section.png') });
    await page.context().close();
  });
});
