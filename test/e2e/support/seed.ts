/**
 * Shortcuts to a state the interview tests already cover: results in the tab (a real assessment
 * from the server, put where the interview puts it), a registered person, a recovery with
 * check-ins, all through the public HTTP API.
 */
import type { APIRequestContext, Page } from 'playwright-core';
import type { Case } from '../../../src/schemas/case.js';
import type { CheckInInput } from '../../../src/schemas/checkin.js';

export async function seedResults(page: Page, c: Case, csrf?: string): Promise<void> {
  // Signed in, this also saves it: the results in the tab then say so, as after a real interview.
  const response = await page.request.post('/api/v1/assessments', { data: c, headers: csrf ? { 'x-csrf-token': csrf } : {} });
  if (!response.ok()) throw new Error(`assessment failed: ${response.status()} ${await response.text()}`);
  const { assessment, saved } = (await response.json()) as { assessment: unknown; saved: { id: string } | null };
  if (!page.url().startsWith('http')) await page.goto('/');
  const value = JSON.stringify({ case: c, assessment, savedId: saved?.id ?? null, answers: [] });
  await page.evaluate(`sessionStorage.setItem('ksnav.results.v1', ${JSON.stringify(value)})`);
}

/** Registers, then signs in, through the API in the page's context (so the page is signed in); returns the CSRF token. */
export async function registerByApi(request: APIRequestContext, email: string, password = 'a long enough passphrase'): Promise<{ csrf: string; userId: string }> {
  const registered = await request.post('/api/v1/auth/register', { data: { email, password } });
  if (registered.status() !== 202) throw new Error(`register failed: ${registered.status()} ${await registered.text()}`);
  const response = await request.post('/api/v1/auth/login', { data: { email, password } });
  if (response.status() !== 200) throw new Error(`sign-in failed: ${response.status()} ${await response.text()}`);
  const body = (await response.json()) as { csrfToken: string; user: { id: string } };
  return { csrf: body.csrfToken, userId: body.user.id };
}

export async function apiPost<T>(request: APIRequestContext, csrf: string, path: string, data: unknown): Promise<T> {
  const response = await request.post(path, { data, headers: { 'x-csrf-token': csrf } });
  if (!response.ok()) throw new Error(`${path} failed: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

/** YYYY-MM-DD in local time, `daysAgo` days before today. */
export function localDate(daysAgo = 0): string {
  const d = new Date();
  d.setDate(d.getDate() - daysAgo);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function checkIn(date: string, overrides: Partial<CheckInInput> = {}): CheckInInput {
  return {
    date,
    pain: { knee: 4, leg: 3 },
    numbnessTingling: false,
    swelling: 'mild',
    weakness: false,
    walkingTolerance: '15_to_30_min',
    sleep: 6,
    exercisesDone: [],
    medicinesTaken: [],
    redFlags: {},
    ...overrides,
  };
}
