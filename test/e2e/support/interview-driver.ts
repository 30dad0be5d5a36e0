/**
 * Drives the web interview the way a person would, answering each question the page shows from
 * a case (a vignette): evidence true → Yes, false → No, missing → "I don't know"; numbers typed,
 * choices and scale values picked, body-map areas ticked; a missing number, choice or score is
 * skipped. It knows nothing of the plan: it reads each question's target from the page.
 */
import type { Page } from 'playwright-core';
import type { Case, PartialCase } from '../../../src/schemas/case.js';

export type CaseAnswers = PartialCase & { evidence?: Case['evidence'] };

const NEXT = 'form.question, section.done, section.emergency';

/** The question on screen, or what ended the interview. */
export async function currentStep(page: Page): Promise<{ kind: 'question'; id: string; questionKind: string } | { kind: 'done' } | { kind: 'emergency' }> {
  const el = await page.waitForSelector(NEXT);
  const className = (await el.getAttribute('class')) ?? '';
  if (className.split(' ').includes('done')) return { kind: 'done' };
  if (className.split(' ').includes('emergency')) return { kind: 'emergency' };
  return { kind: 'question', id: (await el.getAttribute('data-question-id'))!, questionKind: (await el.getAttribute('data-kind'))! };
}

async function waitForNext(page: Page, answeredId: string): Promise<void> {
  await page.waitForSelector(`form.question:not([data-question-id="${answeredId}"]), section.done, section.emergency`);
}

function form(id: string): string {
  return `form.question[data-question-id="${id}"]`;
}

/** Answers the question on screen from the case. */
export async function answerFromCase(page: Page, id: string, kind: string, c: CaseAnswers): Promise<void> {
  const f = page.locator(form(id));
  const submit = () => f.getByRole('button', { name: 'Next', exact: true }).click();
  const skip = () => f.getByRole('button', { name: /^(Skip this question|I'm not sure, skip)$/ }).click();
  if (kind === 'yes_no') {
    const value = c.evidence?.[id as keyof NonNullable<Case['evidence']>];
    await f.getByRole('button', { name: value === true ? 'Yes' : value === false ? 'No' : "I don't know", exact: true }).click();
    return;
  }
  if (kind === 'body_map') {
    // Each area's checkbox carries the evidence id it answers (the question's option.evidence).
    const areas = await f.locator('input[name="where"]').evaluateAll((els) =>
      els.map((e) => {
        const input = e as unknown as { value: string; dataset: Record<string, string | undefined> };
        return { value: input.value, evidence: input.dataset.evidence ?? '' };
      }),
    );
    const hurting = areas.filter((a) => c.evidence?.[a.evidence as keyof NonNullable<Case['evidence']>] === true);
    for (const area of hurting) await f.locator(`input[name="where"][value="${area.value}"]`).check();
    if (hurting.length === 0) await skip();
    else await submit();
    return;
  }
  const value = numberFor(id, c);
  if (value === undefined) {
    await skip();
    return;
  }
  if (kind === 'number') {
    await f.locator('input').fill(String(value));
    await submit();
  } else {
    await f.locator(`input[type="radio"][value="${value}"]`).check();
    await submit();
  }
}

function numberFor(id: string, c: CaseAnswers): string | number | undefined {
  if (id.startsWith('pain.')) return c.pain?.[id.slice(5) as 'knee' | 'leg' | 'back'];
  return (c as Record<string, unknown>)[id] as string | number | undefined;
}

/**
 * Answers questions until the interview is done or an emergency interrupts it. Returns the ids
 * asked, in order, and how it ended.
 */
export async function runInterview(
  page: Page,
  c: CaseAnswers,
  options: { stopAfter?: string; beforeAnswer?: (id: string, kind: string) => Promise<void> } = {},
): Promise<{ asked: string[]; ended: 'done' | 'emergency' | 'stopped' }> {
  const asked: string[] = [];
  for (let i = 0; i < 200; i++) {
    const step = await currentStep(page);
    if (step.kind !== 'question') return { asked, ended: step.kind };
    asked.push(step.id);
    await options.beforeAnswer?.(step.id, step.questionKind);
    await answerFromCase(page, step.id, step.questionKind, c);
    if (options.stopAfter === step.id) return { asked, ended: 'stopped' };
    await waitForNext(page, step.id);
  }
  throw new Error(`the interview did not end after 200 questions: ${asked.join(', ')}`);
}
