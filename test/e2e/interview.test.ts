/**
 * The interview in a real browser against the real server: whole interviews to results, and the
 * emergency and same-day interrupts. (interview-input.test.ts: how answers are taken; and
 * interview-offline.test.ts: offline use and the questions after the results.)
 */
import { describe, expect, it } from 'vitest';
import { focused, newPage, pageErrors, screenshot, sessionValue } from './support/browser.js';
import { currentStep, runInterview, whenReady, type CaseAnswers } from './support/interview-driver.js';
import { begin, until, vignette, type Vignette } from './support/interview-helpers.js';
import { assess } from '../../src/engine/assess.js';
import type { Case } from '../../src/schemas/case.js';
import { useServerAndBrowser } from './support/server.js';

const env = useServerAndBrowser();

async function interviewToResults(v: Vignette) {
  const page = await newPage(env.browser, env.server.url);
  await begin(page);
  const { asked, screens, ended } = await runInterview(page, v);
  expect(ended).toBe('done');
  await page.getByRole('button', { name: 'See my results' }).click();
  await page.waitForURL('**/results');
  const card = page.locator('.triage-card');
  await card.waitFor();
  const level = await card.getAttribute('data-triage-level');
  const title = (await card.locator('.triage-title').textContent())?.trim();
  // The closed sections are filled in when the page is idle after it has drawn.
  if (v.expected.pattern) await page.locator('[data-pattern]').first().waitFor({ state: 'attached' });
  const patterns = await page.locator('[data-pattern]').evaluateAll((els) => els.map((e) => (e as unknown as { dataset: Record<string, string> }).dataset.pattern));
  // The case the browser built from the answers (kept on the device: nothing was sent).
  const results = await sessionValue<{ case: Case; savedId: string | null }>(page, 'ksnav.results.v1');
  expect(results).not.toBeNull();
  expect(results!.savedId).toBeNull();
  expect(pageErrors(page)).toEqual([]);
  await page.context().close();
  return { asked, screens, level, title, patterns, builtCase: results!.case };
}

describe('a whole interview to results', () => {
  it.each([
    ['dev-01-acute-sciatica', 'consultation'],
    ['dev-06-acl', 'consultation_24'],
    ['dev-15-self-care-knee', 'self_care'],
  ])('%s shows the triage level %s, as the engine gives it for those answers', async (name, level) => {
    const v = vignette(name);
    const shown = await interviewToResults(v);
    expect(shown.level).toBe(level);
    // What the person sees is what the engine says of the answers they gave...
    const expected = assess(shown.builtCase);
    expect(shown.level).toBe(expected.triage.level);
    expect(shown.title).toBe(expected.triage.title);
    // ...and that is a level the guidelines accept for this case.
    expect(v.expected.acceptable).toContain(shown.level);
    if (v.expected.pattern) expect(shown.patterns.slice(0, 3)).toContain(v.expected.pattern);
    // The browser wrote each answer where its question said: the vignette's own answers survive.
    for (const [id, value] of Object.entries(v.evidence ?? {})) {
      if (shown.asked.includes(id) || ['low_back_pain', 'knee_pain'].includes(id)) expect(shown.builtCase.evidence?.[id as keyof Case['evidence']], id).toBe(value);
    }
    expect(shown.builtCase.age).toBe(v.age);
    // Short: about 15 screens, as the start page says.
    expect(shown.screens.length).toBeLessThanOrEqual(25);
  }, 120_000);
});


describe('the emergency interrupt', () => {
  it('shows the emergency screen right after the screen with the cauda equina answer, before any other question', async () => {
    // A UK browser: the number shown is the region's (999).
    const page = await newPage(env.browser, env.server.url, undefined, { locale: 'en-GB' });
    await begin(page);
    const caudaEquina: CaseAnswers = {
      age: 45,
      evidence: { low_back_pain: true, calf_pain: true, chest_pain_or_breathless: false, leg_cold_pale: false, saddle_numbness: true, bladder_change: true },
    };
    const { screens, ended } = await runInterview(page, caudaEquina);
    expect(ended).toBe('emergency');
    // The last screen answered held the saddle numbness question: nothing was asked after it.
    expect(screens[screens.length - 1]).toContain('saddle_numbness');
    const screen = page.locator('section.emergency');
    expect(await screen.getAttribute('data-emergency-level')).toMatch(/^emergency/);
    expect(await page.locator('form.question').count()).toBe(0);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await screen.locator('h1').textContent()).toBe(assess({ age: 45, evidence: { low_back_pain: true, saddle_numbness: true } }).triage.title);
    expect(await screen.textContent()).toMatch(/cauda equina/i);
    expect(await screen.locator('a[href="tel:999"]').count()).toBe(1);
    // The focus is on the emergency heading, so a screen reader announces it at once.
    expect((await focused(page)).tag).toBe('h1');
    await screenshot(page, 'interview-emergency-390');

    await page.getByRole('button', { name: 'See the rest of the results' }).click();
    await page.waitForURL('**/results');
    expect(await page.locator('.triage-card').getAttribute('data-triage-level')).toMatch(/^emergency/);
    expect(await page.locator('[data-red-flag="cauda_equina_syndrome"]').count()).toBe(1);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('lets a mistaken emergency answer be changed: back to that screen, with the answers given', async () => {
    const page = await newPage(env.browser, env.server.url);
    await begin(page);
    await runInterview(page, { age: 45, evidence: { low_back_pain: true, chest_pain_or_breathless: false, leg_cold_pale: false, saddle_numbness: true } });
    await page.getByRole('button', { name: /I answered by mistake/ }).click();
    const saddle = page.locator('input[name="saddle_numbness"][value="yes"]');
    await saddle.waitFor();
    expect(await saddle.isChecked()).toBe(true);
    await whenReady(page);
    await page.locator('input[name="saddle_numbness"][value="no"]').check();
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await until(async () => (await currentStep(page)).kind === 'question' && (await page.locator('input[name="saddle_numbness"]').count()) === 0);
    await page.context().close();
  });
});


describe('the same-day interrupt', () => {
  it('says "be seen today" as soon as the Ottawa rule is met, with why, and lets the person go on', async () => {
    const page = await newPage(env.browser, env.server.url);
    await begin(page);
    const fall: CaseAnswers = { age: 60, durationDays: 0, course: 'stable', pain: { knee: 7 }, evidence: { knee_pain: true, recent_knee_injury: true, cannot_bear_weight: true, high_energy_trauma: false } };
    const first = await runInterview(page, fall, { stopAtSameDay: true });
    expect(first.ended).toBe('same_day');
    const screen = page.locator('section.same-day');
    expect(await screen.locator('h1').textContent()).toBe('You need to be seen today');
    expect(await screen.textContent()).toMatch(/four steps|Ottawa/);
    expect(await screen.textContent()).toMatch(/X-ray/);
    expect((await focused(page)).tag).toBe('h1');
    await screenshot(page, 'interview-same-day-390');
    // Early: long before the questions run out.
    expect(first.screens.length).toBeLessThan(10);
    const rest = await runInterview(page, fall);
    expect(rest.ended).toBe('done');
    // Gone past once ("Go on answering"), and not said again for the same level.
    expect(rest.sameDay).toBe(1);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  }, 90_000);
});
