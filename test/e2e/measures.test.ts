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
import { axeViolations, horizontalOverflow, newPage, pageErrors, screenshot } from './support/browser.js';
import { seedResults } from './support/seed.js';
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
