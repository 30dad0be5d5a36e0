/**
 * The interview in a real browser against the real server: whole interviews to results; the
 * emergency and same-day interrupts; double taps that must never answer an unseen question, with
 * and without a slow network; the browser's Back and Forward; reload and changing an answer; the
 * first steps by keyboard alone; and the whole thing offline after the first visit.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess.js';
import type { Case } from '../../src/schemas/case.js';
import { focused, newPage, pageErrors, screenshot, sessionValue } from './support/browser.js';
import { currentStep, runInterview, whenReady, type CaseAnswers } from './support/interview-driver.js';
import { useServerAndBrowser } from './support/server.js';

interface Vignette extends Case {
  expected: { triage: string; acceptable: string[]; pattern?: string; redFlags?: string[] };
}

interface StoredInterview {
  screens: { question: { id: string }; value: unknown }[][];
}

const vignette = (name: string): Vignette => JSON.parse(readFileSync(new URL(`../vignettes/${name}.json`, import.meta.url), 'utf8')) as Vignette;
const INTERVIEW_KEY = 'ksnav.interview.v2';
const stored = (page: Page) => sessionValue<StoredInterview>(page, INTERVIEW_KEY);
const answeredIds = async (page: Page) => ((await stored(page))?.screens ?? []).map((s) => s.map((a) => a.question.id));

const env = useServerAndBrowser();

async function begin(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('link', { name: 'Start the questions' }).click();
  await page.waitForSelector('form.question');
}

/** Polls (from the test, not the page: no code is evaluated under the page's CSP) until `check` holds. */
async function until(check: () => Promise<boolean>, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Runs a vignette through the interview and returns what the results page shows. */
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

describe('no answer without a look', () => {
  async function slowNetwork(page: Page): Promise<void> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 600, downloadThroughput: 50_000, uploadThroughput: 20_000 });
  }

  for (const network of ['fast', 'slow'] as const) {
    it(`a double tap 50-800 ms apart answers only the screen that was on show (${network} network)`, async () => {
      const page = await newPage(env.browser, env.server.url);
      if (network === 'slow') await slowNetwork(page);
      await begin(page);
      // Age and where, then into the yes/no screens of a knee case, answering "No" to each.
      const knee: CaseAnswers = { age: 40, durationDays: 30, course: 'stable', evidence: { knee_pain: true } };
      let taps = 0;
      for (const gap of [50, 150, 300, 500, 800, 150, 300]) {
        // Walk to the next screen that is answered by one tap (a single yes/no) or by Continue.
        let step = await currentStep(page);
        // Single yes/no screens follow one another here, their buttons in the same place: the
        // hardest case, where a second tap would land on the next question's "No".
        while (step.kind === 'question' && step.questionKind !== 'yes_no') {
          await runInterview(page, knee, { stopAfter: step.ids[0]! });
          await until(async () => JSON.stringify(await currentStep(page)) !== JSON.stringify(step));
          step = await currentStep(page);
        }
        if (step.kind !== 'question') break;
        await whenReady(page);
        const before = await answeredIds(page);
        const target = page.getByRole('button', { name: 'No', exact: true });
        const box = (await target.boundingBox())!;
        const x = box.x + box.width / 2;
        const y = box.y + box.height / 2;
        await page.mouse.click(x, y);
        await page.waitForTimeout(gap);
        await page.mouse.click(x, y);
        taps++;
        // Let anything the second tap could have done land, then look.
        await page.waitForTimeout(1200);
        const after = await answeredIds(page);
        expect(after.length, `gap ${gap} ms`).toBe(before.length + 1);
        expect(after[after.length - 1], `gap ${gap} ms`).toEqual(step.ids);
      }
      expect(taps).toBeGreaterThanOrEqual(5);
      expect(pageErrors(page)).toEqual([]);
      await page.context().close();
    }, 120_000);
  }

  it('ignores taps in the first moment of a screen, then takes them', async () => {
    const page = await newPage(env.browser, env.server.url);
    await begin(page);
    await page.locator('form.question input').fill('40');
    await whenReady(page);
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await page.waitForSelector('form.question[data-question-id="where"].is-waking');
    await page.locator('input[name="where"][value="knee:left"]').check();
    // Straight away: not taken.
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    expect(await answeredIds(page)).toEqual([['age']]);
    await whenReady(page);
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await until(async () => (await answeredIds(page)).length === 2);
    await page.context().close();
  });
});

describe('the browser Back and Forward buttons', () => {
  it('move between screens, keep the answers, and Back on the first screen returns to the start page', async () => {
    const page = await newPage(env.browser, env.server.url);
    await begin(page);
    const knee: CaseAnswers = { age: 33, evidence: { knee_pain: true, chest_pain_or_breathless: false, leg_cold_pale: false, cannot_bear_weight: false } };
    await runInterview(page, knee, { stopAfter: 'where' });
    await until(async () => (await answeredIds(page)).length === 2);
    const third = await currentStep(page);
    expect(page.url()).toMatch(/\/interview\?screen=2$/);

    await page.goBack();
    await page.waitForSelector('form.question[data-question-id="where"]');
    expect(await page.locator('input[name="where"][value="knee:left"]').isChecked()).toBe(true);
    expect(await answeredIds(page)).toEqual([['age']]);

    await page.goForward();
    await until(async () => (await answeredIds(page)).length === 2);
    expect(await currentStep(page)).toEqual(third);

    await page.goBack();
    await page.goBack();
    await page.waitForSelector('form.question[data-question-id="age"]');
    expect(await page.locator('form.question input').inputValue()).toBe('33');
    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/');
    expect(await page.getByRole('link', { name: 'Continue where you left off' }).count()).toBe(1);
    // And back in, the answers are there to go on with.
    await page.getByRole('link', { name: 'Continue where you left off' }).click();
    await page.waitForSelector('form.question[data-question-id="age"]');
    expect(await page.locator('form.question input').inputValue()).toBe('33');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });
});

describe('answers are kept and can be changed', () => {
  it('survives a reload, and changes an earlier answer from the review list', async () => {
    const page = await newPage(env.browser, env.server.url);
    await begin(page);
    await runInterview(page, { age: 61, side: { knee: 'right' }, durationDays: 21, evidence: { knee_pain: true, chest_pain_or_breathless: false } }, { stopAfter: 'where' });
    await until(async () => (await answeredIds(page)).length === 2);
    const before = await currentStep(page);

    await page.reload();
    expect(await currentStep(page)).toEqual(before);
    await page.locator('details.review summary').click();
    expect(await page.locator('.review-item').count()).toBe(2);
    expect(await page.locator('.review-item').nth(1).textContent()).toContain('Knee (right)');

    // Change the age from the review list; the case is rebuilt from the answers.
    await page.getByRole('button', { name: /Change your answer to: How old are you/ }).click();
    const input = page.locator('form.question[data-question-id="age"] input');
    expect(await input.inputValue()).toBe('61');
    await whenReady(page);
    await input.fill('130');
    await page.getByRole('button', { name: 'Save answer' }).click();
    expect(await page.locator('.error-message').first().textContent()).toMatch(/0 to 120/);
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    await input.fill('62');
    await page.getByRole('button', { name: 'Save answer' }).click();
    await until(async () => (await stored(page))?.screens[0]?.[0]?.value === 62);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('takes a duration in weeks and keeps it in days', async () => {
    const page = await newPage(env.browser, env.server.url);
    await begin(page);
    const c: CaseAnswers = { age: 35, evidence: { low_back_pain: true } };
    for (let i = 0; i < 20; i++) {
      const step = await currentStep(page);
      if (step.kind === 'question' && step.ids.includes('durationDays')) break;
      await runInterview(page, c, { stopAfter: step.kind === 'question' ? step.ids[0]! : '' });
      await until(async () => JSON.stringify(await currentStep(page)) !== JSON.stringify(step));
    }
    await whenReady(page);
    const duration = page.locator('[data-question-id="durationDays"]');
    await duration.locator('input').fill('3');
    await duration.locator('select').selectOption('weeks');
    await screenshot(page, 'interview-duration-390');
    await page.getByRole('button', { name: /^(Next|Continue)$/ }).click();
    await until(async () => ((await stored(page))?.screens.flat() ?? []).some((a) => a.question.id === 'durationDays' && a.value === 21));
    await page.context().close();
  }, 60_000);
});

describe('keyboard only', () => {
  it('goes from the start page through the first questions without a mouse', async () => {
    const page = await newPage(env.browser, env.server.url);
    await page.goto('/');
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    let found = false;
    for (let i = 0; i < 15 && !found; i++) {
      await page.keyboard.press('Tab');
      found = (await focused(page)).text === 'Start the questions';
    }
    expect(found).toBe(true);
    await page.keyboard.press('Enter');

    // Age: the focus is on the question heading; Tab reaches the field; Enter submits.
    await page.waitForSelector('form.question[data-question-id="age"]');
    await until(async () => (await focused(page)).tag === 'h2');
    expect(await focused(page)).toMatchObject({ tag: 'h2', text: 'How old are you?' });
    await whenReady(page);
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
    await until(async () => (await focused(page)).tag === 'h2');
    await whenReady(page);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ role: 'checkbox', area: 'upper_back' });
    await page.keyboard.press('Tab');
    expect((await focused(page)).area).toBe('back');
    await page.keyboard.press('Space');
    expect(await page.locator('g[data-area="back"]').getAttribute('aria-checked')).toBe('true');
    expect(await page.locator('input[name="where"][value="back"]').isChecked()).toBe(true);
    for (let i = 0; i < 12 && (await focused(page)).area !== 'knee:left'; i++) await page.keyboard.press('Tab');
    expect((await focused(page)).area).toBe('knee:left');
    await page.keyboard.press('Enter');
    expect(await page.locator('input[name="where"][value="knee:left"]').isChecked()).toBe(true);
    // On to Next (past the list of checkboxes) and submit.
    for (let i = 0; i < 40 && (await focused(page)).text !== 'Next'; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');

    // A screen of warning signs: heading focused; each answered with the arrow keys; Continue.
    await page.waitForSelector('form.question[data-kind="yes_no_group"]');
    await until(async () => (await focused(page)).tag === 'h2');
    await whenReady(page);
    const ids = ((await page.locator('form.question').getAttribute('data-question-ids')) ?? '').split(' ');
    for (let i = 0; i < ids.length; i++) {
      await page.keyboard.press('Tab'); // into the group: Yes
      await page.keyboard.press('ArrowRight'); // No
    }
    for (let i = 0; i < 10 && (await focused(page)).text !== 'Continue'; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await until(async () => (await answeredIds(page)).length === 3);
    const answers = (await stored(page))!.screens;
    expect(answers[0]!.map((a) => [a.question.id, a.value])).toEqual([['age', 52]]);
    expect(answers[1]!.map((a) => a.value)).toEqual([['back', 'knee:left']]);
    expect(answers[2]!.map((a) => a.value)).toEqual(ids.map(() => false));
    await page.context().close();
  });
});

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
