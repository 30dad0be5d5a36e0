/**
 * What the interview's browser tests share: starting the questions, reading what the page kept in
 * sessionStorage, and waiting (polled from the test, so no code runs under the page's CSP).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { Case } from '../../../src/schemas/case.js';
import { sessionValue } from './browser.js';

export interface Vignette extends Case {
  expected: { triage: string; acceptable: string[]; pattern?: string; redFlags?: string[] };
}

interface StoredInterview {
  screens: { question: { id: string }; value: unknown }[][];
}

export const vignette = (name: string): Vignette => JSON.parse(readFileSync(new URL(`../../vignettes/${name}.json`, import.meta.url), 'utf8')) as Vignette;
const INTERVIEW_KEY = 'ksnav.interview.v2';
export const stored = (page: Page) => sessionValue<StoredInterview>(page, INTERVIEW_KEY);
export const answeredIds = async (page: Page) => ((await stored(page))?.screens ?? []).map((s) => s.map((a) => a.question.id));

export async function begin(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('link', { name: 'Start the questions' }).click();
  await page.waitForSelector('form.question');
}

/** Polls until `check` holds. */
export async function until(check: () => Promise<boolean>, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}
