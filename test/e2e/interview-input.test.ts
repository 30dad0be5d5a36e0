/**
 * How the interview takes answers: double taps that must never answer an unseen question (fast
 * and slow network), the browser's Back and Forward, reload and changing an answer, a duration
 * with its unit, and the first steps by keyboard alone.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { focused, newPage, pageErrors, screenshot } from './support/browser.js';
import { currentStep, runInterview, whenReady, type CaseAnswers } from './support/interview-driver.js';
import { answeredIds, begin, stored, until } from './support/interview-helpers.js';
import { useServerAndBrowser } from './support/server.js';

const env = useServerAndBrowser();

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
