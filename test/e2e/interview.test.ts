/**
 * The interview in a real browser against the real server: whole interviews to results for a
 * sciatica, a knee-injury and a self-care case; the emergency interrupt; reload, back and change
 * answer; and the first steps by keyboard alone.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess.js';
import type { Case } from '../../src/schemas/case.js';
import { focused, newPage, pageErrors, sessionValue } from './support/browser.js';
import { currentStep, runInterview, type CaseAnswers } from './support/interview-driver.js';
import { useServerAndBrowser } from './support/server.js';

interface Vignette extends Case {
  expected: { triage: string; acceptable: string[]; pattern?: string; redFlags?: string[] };
}

const vignette = (name: string): Vignette => JSON.parse(readFileSync(new URL(`../vignettes/${name}.json`, import.meta.url), 'utf8')) as Vignette;

const env = useServerAndBrowser();

async function begin(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('link', { name: 'Start the questions' }).click();
  await page.waitForSelector('form.question');
}

/** Runs a vignette through the interview and returns what the results page shows. */
async function interviewToResults(v: Vignette) {
  const page = await newPage(env.browser, env.server.url);
  await begin(page);
  const { asked, ended } = await runInterview(page, v);
  expect(ended).toBe('done');
  await page.getByRole('button', { name: 'See my results' }).click();
  await page.waitForURL('**/results');
  const card = page.locator('.triage-card');
  await card.waitFor();
  const level = await card.getAttribute('data-triage-level');
  const title = (await card.locator('.triage-title').textContent())?.trim();
  const patterns = await page.locator('[data-pattern]').evaluateAll((els) => els.map((e) => (e as unknown as { dataset: Record<string, string> }).dataset.pattern));
  // The case the browser built from the answers, as it sent it to the server.
  const stored = await sessionValue<{ case: Case }>(page, 'ksnav.results.v1');
  expect(stored).not.toBeNull();
  expect(pageErrors(page)).toEqual([]);
  await page.context().close();
  return { asked, level, title, patterns, builtCase: stored!.case };
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
  }, 90_000);
});

describe('the emergency interrupt', () => {
  it('shows the emergency screen right after the cauda equina answer, before any other question', async () => {
    // A UK browser: the number shown is the region's (999).
    const page = await newPage(env.browser, env.server.url, undefined, { locale: 'en-GB' });
    await begin(page);
    const caudaEquina: CaseAnswers = {
      age: 45,
      evidence: { low_back_pain: true, calf_pain: true, chest_pain_or_breathless: false, leg_cold_pale: false, saddle_numbness: true, bladder_change: true },
    };
    const { asked, ended } = await runInterview(page, caudaEquina);
    expect(ended).toBe('emergency');
    // The last question answered was the saddle numbness one: nothing was asked after it.
    expect(asked[asked.length - 1]).toBe('saddle_numbness');
    expect(asked).not.toContain('bladder_change');
    const screen = page.locator('section.emergency');
    expect(await screen.getAttribute('data-emergency-level')).toMatch(/^emergency/);
    expect(await page.locator('form.question').count()).toBe(0);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await screen.locator('h1').textContent()).toBe(assess({ age: 45, evidence: { low_back_pain: true, saddle_numbness: true } }).triage.title);
    expect(await screen.textContent()).toMatch(/cauda equina/i);
    expect(await screen.locator('a[href="tel:999"]').count()).toBe(1);
    // The focus is on the emergency heading, so a screen reader announces it at once.
    expect((await focused(page)).tag).toBe('h1');

    await page.getByRole('button', { name: 'See the rest of the results' }).click();
    await page.waitForURL('**/results');
    expect(await page.locator('.triage-card').getAttribute('data-triage-level')).toMatch(/^emergency/);
    expect(await page.locator('[data-red-flag="cauda_equina_syndrome"]').count()).toBe(1);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('lets a mistaken emergency answer be changed', async () => {
    const page = await newPage(env.browser, env.server.url);
    await begin(page);
    await runInterview(page, { age: 45, evidence: { low_back_pain: true, chest_pain_or_breathless: false, leg_cold_pale: false, saddle_numbness: true } });
    await page.getByRole('button', { name: /I answered by mistake/ }).click();
    await page.waitForSelector('form.question[data-question-id="saddle_numbness"]');
    await page.getByRole('button', { name: 'No', exact: true }).click();
    await page.waitForSelector('form.question[data-question-id="bladder_change"]');
    await page.context().close();
  });
});

describe('answers are kept and can be changed', () => {
  it('survives a reload, goes back, and changes an earlier answer from the review list', async () => {
    const page = await newPage(env.browser, env.server.url);
    await begin(page);
    await runInterview(page, { age: 61, evidence: { knee_pain: true, chest_pain_or_breathless: false } }, { stopAfter: 'chest_pain_or_breathless' });
    await page.waitForSelector('form.question:not([data-question-id="chest_pain_or_breathless"])');
    const before = await currentStep(page);

    await page.reload();
    const after = await currentStep(page);
    expect(after).toEqual(before);
    await page.locator('details.review summary').click();
    expect(await page.locator('.review-item').count()).toBe(3);

    // Back: the previous question again, with the earlier answer marked.
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await page.waitForSelector('form.question[data-question-id="chest_pain_or_breathless"]');
    expect(await page.locator('.button-answer.is-current').textContent()).toContain('No');
    await page.getByRole('button', { name: 'No (your earlier answer)' }).click();
    await page.waitForSelector('form.question:not([data-question-id="chest_pain_or_breathless"])');

    // Change the age from the review list; the case is rebuilt from the answers.
    await page.getByRole('button', { name: /Change your answer to: How old are you/ }).click();
    const input = page.locator('form.question[data-question-id="age"] input');
    expect(await input.inputValue()).toBe('61');
    await input.fill('130');
    await page.getByRole('button', { name: 'Save answer' }).click();
    expect(await page.locator('.error-message').first().textContent()).toMatch(/0 to 120/);
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    await input.fill('62');
    await page.getByRole('button', { name: 'Save answer' }).click();
    await page.waitForSelector('form.question:not([data-question-id="age"])');
    // The answers are written to sessionStorage just after the next step renders: wait for it.
    await page
      .waitForFunction(
        "JSON.parse(sessionStorage.getItem('ksnav.interview.v1') ?? 'null')?.history?.find((h) => h.question.id === 'age')?.value === 62",
        undefined,
        { timeout: 10_000 },
      )
      .catch(() => undefined);
    const stored = await sessionValue<{ history: { question: { id: string }; value: unknown }[] }>(page, 'ksnav.interview.v1');
    expect(stored?.history.find((h) => h.question.id === 'age')?.value).toBe(62);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });
});

describe('keyboard only', () => {
  it('goes from the start page through the first questions without a mouse', async () => {
    const page = await newPage(env.browser, env.server.url);
    await page.goto('/');
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    // From the main content, tab to the start button.
    let found = false;
    for (let i = 0; i < 15 && !found; i++) {
      await page.keyboard.press('Tab');
      found = (await focused(page)).text === 'Start the questions';
    }
    expect(found).toBe(true);
    await page.keyboard.press('Enter');

    // Age: the focus is on the question heading; Tab reaches the field; Enter submits.
    await page.waitForSelector('form.question[data-question-id="age"]');
    expect(await focused(page)).toMatchObject({ tag: 'h2', text: 'How old are you?' });
    await page.keyboard.press('Tab');
    expect((await focused(page)).tag).toBe('input');
    await page.keyboard.type('abc');
    await page.keyboard.press('Enter');
    expect(await page.locator('.error-message').first().textContent()).toMatch(/whole number/);
    expect((await focused(page)).tag).toBe('input');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('52');
    await page.keyboard.press('Enter');

    // The body map: areas are checkboxes reached by Tab and ticked with Space.
    await page.waitForSelector('form.question[data-question-id="where"]');
    expect((await focused(page)).tag).toBe('h2');
    await page.keyboard.press('Tab');
    const first = await focused(page);
    expect(first).toMatchObject({ role: 'checkbox', area: 'back' });
    await page.keyboard.press('Space');
    expect(await page.locator('g[data-area="back"]').getAttribute('aria-checked')).toBe('true');
    expect(await page.locator('input[name="where"][value="back"]').isChecked()).toBe(true);
    await page.keyboard.press('Tab'); // buttock
    await page.keyboard.press('Tab'); // thigh
    await page.keyboard.press('Tab'); // knee
    expect((await focused(page)).area).toBe('knee');
    await page.keyboard.press('Enter');
    expect(await page.locator('input[name="where"][value="knee"]').isChecked()).toBe(true);
    // On to Next (past the list of checkboxes) and submit.
    for (let i = 0; i < 12 && (await focused(page)).text !== 'Next'; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');

    // A yes/no question: heading focused; Tab to "No"; Enter answers.
    await page.waitForSelector('form.question[data-kind="yes_no"]');
    expect((await focused(page)).tag).toBe('h2');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('No');
    const id = await page.locator('form.question').getAttribute('data-question-id');
    await page.keyboard.press('Enter');
    await page.waitForSelector(`form.question:not([data-question-id="${id}"])`);
    const stored = await sessionValue<{ history: { question: { id: string }; value: unknown }[] }>(page, 'ksnav.interview.v1');
    expect(stored?.history.map((h) => [h.question.id, h.value])).toEqual([['age', 52], ['where', ['back', 'knee']], [id, false]]);
    await page.context().close();
  });
});
