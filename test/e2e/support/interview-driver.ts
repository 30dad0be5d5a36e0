/**
 * Drives the web interview the way a person would, answering each screen the page shows from a
 * case (a vignette): evidence true → Yes, false → No, missing → "I don't know"; numbers typed,
 * durations typed in days, choices and scale values picked, body-map areas ticked (a leg area on
 * the side the case gives, else the left); a missing number, choice or score is skipped. It knows
 * nothing of the plan: it reads each question's target from the page. It waits for each screen's
 * look guard (look-guard.ts) before answering, as a person reading the question would.
 */
import type { Page } from 'playwright-core';
import type { Case, PartialCase } from '../../../src/schemas/case.js';
import { hasTestClock } from './browser.js';
import { LOOK_MS } from '../../../web/src/interview/look-guard.js';

export type CaseAnswers = PartialCase & { evidence?: Case['evidence'] };

const NEXT = 'form.question, section.done, section.emergency, section.same-day';

export type Step =
  | { kind: 'question'; ids: string[]; questionKind: string }
  | { kind: 'done' }
  | { kind: 'emergency' }
  | { kind: 'same_day' };

/** The screen on show, or what ended (or interrupted) the interview. */
export async function currentStep(page: Page): Promise<Step> {
  const el = await page.waitForSelector(NEXT);
  const classes = ((await el.getAttribute('class')) ?? '').split(' ');
  if (classes.includes('done')) return { kind: 'done' };
  if (classes.includes('emergency')) return { kind: 'emergency' };
  if (classes.includes('same-day')) return { kind: 'same_day' };
  return { kind: 'question', ids: ((await el.getAttribute('data-question-ids')) ?? '').split(' '), questionKind: (await el.getAttribute('data-kind'))! };
}

/**
 * Waits until the screen's controls take answers (the look guard). On a page from newPage the
 * clock is Playwright's (it runs at the real pace), so the test moves it on by the guard's time
 * instead of sitting through it: the guard itself is unchanged, only the test's
 * wait is skipped. A screen whose guard started after the jump gets another.
 */
export async function whenReady(page: Page): Promise<void> {
  const ready = 'form.question:not(.is-waking)';
  // A page on the real clock (the web-interview bench measures it) waits the guard out.
  for (let jump = 0; hasTestClock(page) && jump < 3; jump++) {
    if (await page.locator(ready).count()) return;
    await page.clock.fastForward(LOOK_MS);
    if (await page.waitForSelector(ready, { timeout: 300 }).then(() => true, () => false)) return;
  }
  await page.waitForSelector(ready);
}

const screenOf = (ids: readonly string[]) => `form.question[data-question-ids="${ids.join(' ')}"]`;

async function waitForNext(page: Page, ids: readonly string[]): Promise<void> {
  await page.waitForSelector(`form.question:not([data-question-ids="${ids.join(' ')}"]), section.done, section.emergency, section.same-day`);
}

const yesNoLabel = (v: boolean | undefined) => (v === true ? 'Yes' : v === false ? 'No' : "I don't know");
const radioValue = (v: boolean | undefined) => (v === true ? 'yes' : v === false ? 'no' : 'unknown');

/** Answers the screen on show from the case. */
export async function answerFromCase(page: Page, step: Extract<Step, { kind: 'question' }>, c: CaseAnswers): Promise<void> {
  await whenReady(page);
  const f = page.locator(screenOf(step.ids));
  const submit = (name = 'Next') => f.getByRole('button', { name, exact: true }).click();
  const skip = () => f.getByRole('button', { name: /^(Skip this question|I'm not sure, skip)$/ }).click();
  const evidence = (id: string) => c.evidence?.[id as keyof NonNullable<Case['evidence']>];
  const [id] = step.ids as [string];
  switch (step.questionKind) {
    case 'yes_no_group':
    case 'group':
      // Each question of the screen on its own: yes/no radios, a duration in days, a choice or score.
      for (const qid of step.ids) {
        const item = f.locator(`fieldset.question-item[data-question-id="${qid}"]`);
        const kind = await item.getAttribute('data-kind');
        if (kind === 'yes_no') {
          await item.locator(`input[name="${qid}"][value="${radioValue(evidence(qid))}"]`).check();
          continue;
        }
        const value = numberFor(qid, c);
        if (value === undefined) continue;
        if (kind === 'duration' || kind === 'number') {
          await item.locator('input[type="text"]').fill(String(value));
          if (kind === 'duration') await item.locator('select').selectOption('days');
        } else await item.locator(`input[type="radio"][value="${value}"]`).check();
      }
      return submit('Continue');
    case 'yes_no':
      return f.getByRole('button', { name: yesNoLabel(evidence(id)), exact: true }).click();
    case 'body_map': {
      // Each checkbox carries the evidence id it answers; a leg area is a Left and a Right box.
      const boxes = await f.locator('input[name="where"]').evaluateAll((els) =>
        els.map((e) => {
          const input = e as unknown as { value: string; dataset: Record<string, string | undefined> };
          return { value: input.value, evidence: input.dataset.evidence ?? '' };
        }),
      );
      const chosen = boxes.filter((b) => {
        if (evidence(b.evidence) !== true) return false;
        const [area, side] = b.value.split(':');
        if (side === undefined) return true;
        const want = (area === 'knee' ? c.side?.knee : c.side?.leg) ?? 'left';
        return want === 'both' || want === side;
      });
      for (const box of chosen) await f.locator(`input[name="where"][value="${box.value}"]`).check();
      return chosen.length === 0 ? skip() : submit();
    }
  }
  const value = numberFor(id, c);
  if (value === undefined) return skip();
  if (step.questionKind === 'number' || step.questionKind === 'duration') {
    await f.locator('input[type="text"]').fill(String(value));
    if (step.questionKind === 'duration') await f.locator('select').selectOption('days');
  } else await f.locator(`input[type="radio"][value="${value}"]`).check();
  return submit();
}

function numberFor(id: string, c: CaseAnswers): string | number | undefined {
  if (id.startsWith('pain.')) return c.pain?.[id.slice(5) as 'knee' | 'leg' | 'back'];
  return (c as Record<string, unknown>)[id] as string | number | undefined;
}

/**
 * Answers screens until the interview is done or an emergency interrupts it; a same-day warning
 * is read and gone past ("Go on answering"). Returns the question ids asked, in order, the
 * screens, and how it ended.
 */
export async function runInterview(
  page: Page,
  c: CaseAnswers,
  options: { stopAfter?: string; beforeAnswer?: (step: Extract<Step, { kind: 'question' }>) => Promise<void>; stopAtSameDay?: boolean } = {},
): Promise<{ asked: string[]; screens: string[][]; sameDay: number; ended: 'done' | 'emergency' | 'same_day' | 'stopped' }> {
  const asked: string[] = [];
  const screens: string[][] = [];
  let sameDay = 0;
  for (let i = 0; i < 100; i++) {
    const step = await currentStep(page);
    if (step.kind === 'same_day') {
      sameDay++;
      if (options.stopAtSameDay) return { asked, screens, sameDay, ended: 'same_day' };
      await page.getByRole('button', { name: 'Go on answering' }).click();
      await page.waitForSelector('form.question, section.done, section.emergency');
      continue;
    }
    if (step.kind !== 'question') return { asked, screens, sameDay, ended: step.kind };
    asked.push(...step.ids);
    screens.push(step.ids);
    await options.beforeAnswer?.(step);
    await answerFromCase(page, step, c);
    if (options.stopAfter !== undefined && step.ids.includes(options.stopAfter)) return { asked, screens, sameDay, ended: 'stopped' };
    await waitForNext(page, step.ids);
  }
  throw new Error(`the interview did not end after 100 screens: ${asked.join(', ')}`);
}
