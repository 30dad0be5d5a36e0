/**
 * The exercise programme in a real browser at 390 px: a picture for every exercise (one
 * screenshot each in test-results/screenshots/exercise-<id>.png, and the print view), the moving
 * picture and its reduced-motion stand-in, a full guided session saved with the day's check-in,
 * the plan moving on and then easing off after pain above 5/10 (the dashboard says why), the
 * sessions-per-week chart, and calendar reminders made and revoked. axe finds nothing throughout.
 */
import ICAL from 'ical.js';
import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EXERCISE_IDS } from '../../src/knowledge/exercises.js';
import { EXERCISE_PICTURE_BY_ID } from '../../src/knowledge/exercise-poses.js';
import { axeViolations, horizontalOverflow, newPage, pageErrors, screenshot, SCREENSHOT_DIR } from './support/browser.js';
import { apiPost, checkIn, localDate, registerByApi } from './support/seed.js';
import { useServerAndBrowser } from './support/server.js';

const env = useServerAndBrowser();

async function check(page: Page, name: string): Promise<void> {
  expect.soft(await axeViolations(page), `axe on ${name}`).toEqual([]);
  expect.soft(await horizontalOverflow(page), `horizontal scroll on ${name}`).toBe(0);
  expect.soft(pageErrors(page), `errors or CSP violations on ${name}`).toEqual([]);
  await screenshot(page, name);
}

/** A signed-in person with a recovery that began `days` days ago and a check-in every day since, each with a calm session. */
async function personWithRecovery(page: Page, days: number): Promise<{ csrf: string; recoveryId: string }> {
  await page.goto('/');
  const { csrf } = await registerByApi(page.request, `programme-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@example.org`);
  const recovery = await apiPost<{ id: string }>(page.request, csrf, '/api/v1/recoveries', { onsetDate: localDate(days) });
  for (let ago = days; ago >= 1; ago--) {
    await apiPost(page.request, csrf, `/api/v1/recoveries/${recovery.id}/checkins`, checkIn(localDate(ago), {
      pain: { knee: 3 }, swelling: 'none', exercisesDone: ['heel_slides'],
      sessions: [{ painBefore: 3, painDuring: 3, painAfter: 3, exercises: [{ id: 'heel_slides', setsDone: 1, repsDone: 10 }] }],
    }));
  }
  return { csrf, recoveryId: recovery.id };
}

describe('exercise pictures', () => {
  it('shows every exercise with a start and an end picture and their words, one screenshot each, and prints them', async () => {
    const page = await newPage(env.browser, env.server.url);
    await page.goto('/exercises');
    await page.locator('.exercise-sheet-item').first().waitFor();
    expect(await page.locator('.exercise-sheet-item').count()).toBe(EXERCISE_IDS.length);
    for (const id of EXERCISE_IDS) {
      const item = page.locator(`.exercise-sheet-item[data-exercise="${id}"]`);
      const svgs = item.locator('svg.pose-svg[role="img"]');
      expect(await svgs.count(), id).toBe(2);
      const picture = EXERCISE_PICTURE_BY_ID[id]!;
      expect(await svgs.nth(0).locator('title').textContent(), id).toContain(picture.start.text);
      expect(await svgs.nth(1).locator('title').textContent(), id).toContain(picture.end.text);
      // Drawn, and big enough to see on a phone.
      const box = (await item.locator('.exercise-figure').boundingBox())!;
      expect(box.width, id).toBeGreaterThan(300);
      expect(await svgs.nth(0).locator('polyline').count(), id).toBeGreaterThan(8);
      await item.scrollIntoViewIfNeeded();
      await item.locator('.exercise-figure').screenshot({ path: `${SCREENSHOT_DIR}exercise-${id}.png` });
    }
    await check(page, 'exercises-all');

    // The plan's exercises only, in its order, and on paper.
    await page.goto('/exercises?ids=bridges,heel_slides,clamshells');
    await page.locator('.exercise-sheet-item').first().waitFor();
    expect(await page.locator('.exercise-sheet-item h2').allTextContents()).toEqual(['Bridges', 'Heel slides', 'Clamshells']);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.exercise-sheet-item svg.pose-svg').first().isVisible()).toBe(true);
    await screenshot(page, 'exercises-print');
    const pdf = await PDFDocument.load(await page.pdf({ format: 'A4' }));
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(1);
    await page.context().close();
  }, 240_000);
});

describe('a guided session and a progression, at 390 px', () => {
  it('moves the plan on by time and check-ins, runs a full guided session saved with the check-in, and eases off after pain above 5/10, saying why', async () => {
    const page = await newPage(env.browser, env.server.url);
    const { recoveryId } = await personWithRecovery(page, 20);

    // The plan moved on from acute to subacute on day 15, and says why.
    await page.goto('/dashboard');
    const progress = page.locator('.plan-progress');
    await progress.waitFor();
    expect(await progress.getAttribute('data-plan-phase')).toBe('subacute');
    expect(await progress.getAttribute('data-plan-status')).toBe('on_time');
    await expect.poll(() => progress.locator('.plan-change').getAttribute('data-change')).toBe('progressed');
    expect(await progress.textContent()).toContain('The time for the subacute phase has come (day 15 on).');
    expect(await progress.textContent()).toMatch(/Your check-ins show you are ready: \d+ check-ins in the last 7 days/);
    // Sessions per week next to the pain and function charts.
    const adherence = page.locator('figure[data-chart="adherence"]');
    await adherence.scrollIntoViewIfNeeded();
    expect(await adherence.locator('rect[data-week]').count()).toBe(3);
    await check(page, 'programme-dashboard-progressed');

    // The guided session, from the dashboard.
    await page.getByRole('link', { name: "Start today's guided session" }).click();
    await page.getByRole('heading', { name: 'Before you start' }).waitFor();
    await page.getByRole('button', { name: 'Start the session' }).click();
    expect(await page.locator('.error-message').textContent()).toBe('Please choose your pain right now first.');
    await page.locator('#pain-before').getByLabel('2', { exact: true }).check();
    await check(page, 'session-before');
    await page.getByRole('button', { name: 'Start the session' }).click();

    const steps = page.locator('.session-step');
    await steps.waitFor();
    const total = Number((await page.locator('.session-count').textContent())!.match(/of (\d+)/)![1]);
    expect(total).toBeGreaterThan(3);

    // First exercise: the moving picture with its pause button, the counter from the keyboard.
    const first = (await steps.getAttribute('data-exercise'))!;
    const figure = steps.locator('.exercise-animation svg');
    const before = await figure.innerHTML();
    await page.waitForTimeout(1500);
    expect(await figure.innerHTML(), 'the picture moves').not.toBe(before);
    await steps.getByRole('button', { name: 'Pause the picture' }).click();
    // The pause lands with the next render; a frame already in flight may still draw once.
    await steps.getByRole('button', { name: 'Play the picture' }).waitFor();
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const paused = await figure.innerHTML();
    await page.waitForTimeout(400);
    expect(await figure.innerHTML(), 'paused').toBe(paused);
    expect(await steps.locator('.stop-signs').textContent()).toContain('sharp pain, or pain that spreads down the leg');
    await check(page, `session-step-${first}`);

    const hold = steps.getByRole('button', { name: 'Start a hold' });
    if (await hold.count()) {
      await hold.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => steps.locator('.counter-reps').getAttribute('data-reps'), { timeout: 20_000 }).toBe('1');
    } else {
      const count = steps.getByRole('button', { name: 'Count one' });
      await count.focus();
      for (let i = 0; i < 3; i++) await page.keyboard.press('Enter');
      expect(await steps.locator('.counter-reps').getAttribute('data-reps')).toBe('3');
      await steps.getByRole('button', { name: 'Undo one' }).click();
      expect(await steps.locator('.counter-reps').getAttribute('data-reps')).toBe('2');
    }
    expect(await page.locator('[role="status"][aria-live="polite"]').first().textContent()).not.toBe('');

    // Then each exercise in turn, one skipped.
    for (let i = 1; i < total; i++) {
      const id = await steps.getAttribute('data-exercise');
      await steps.getByRole('button', { name: i === 1 ? 'Skip this one' : /^Done: next exercise$/ }).click();
      await expect.poll(() => steps.getAttribute('data-exercise')).not.toBe(id);
      expect(await page.locator('.session-count').textContent()).toBe(`Exercise ${i + 1} of ${total}`);
    }
    await steps.getByRole('button', { name: 'Done: last exercise' }).click();

    // Pain during above the 5/10 limit, then today's check-in holding the session.
    await page.getByRole('heading', { name: 'Session done' }).waitFor();
    await page.locator('#pain-during').getByLabel('7', { exact: true }).check();
    await page.locator('#pain-after').getByLabel('4', { exact: true }).check();
    await check(page, 'session-after');
    await page.getByRole('button', { name: "Next: today's check-in" }).click();
    await page.getByRole('heading', { name: "Today's check-in" }).waitFor();
    expect(await page.locator('.exercises-note').textContent()).toContain('Exercises done:');
    await page.locator('#ci-pain-knee').selectOption('4');
    await page.locator('fieldset#ci-numbness').getByLabel('No').check();
    await page.locator('fieldset#ci-weakness').getByLabel('No').check();
    await page.locator('fieldset#ci-swelling').getByLabel('None', { exact: true }).check();
    await page.locator('fieldset#ci-walking').getByLabel('15 to 30 minutes', { exact: true }).check();
    await page.locator('#ci-sleep').selectOption('6');
    // Each warning sign is answered (issue 10): none of them, in one tap.
    await page.getByRole('button', { name: 'I have none of these' }).click();
    await check(page, 'session-checkin');
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await page.getByRole('heading', { name: 'Saved' }).waitFor();
    expect(await page.locator('[data-pain-response]').getAttribute('data-pain-response')).toBe('over');
    await check(page, 'session-saved');

    // Saved with the day's check-in: what was done and the pain response.
    const checkIns = (await (await page.request.get(`/api/v1/recoveries/${recoveryId}/checkins`)).json()) as { checkIns: { date: string; exercisesDone: string[]; sessions?: { painBefore: number; painDuring: number; painAfter: number; exercises: { id: string; skipped?: boolean }[] }[] }[] };
    const todays = checkIns.checkIns.find((c) => c.date === localDate(0))!;
    expect(todays.sessions).toHaveLength(1);
    expect(todays.sessions![0]).toMatchObject({ painBefore: 2, painDuring: 7, painAfter: 4 });
    expect(todays.sessions![0]!.exercises).toHaveLength(total);
    expect(todays.sessions![0]!.exercises.filter((e) => e.skipped)).toHaveLength(1);
    expect(todays.exercisesDone).toHaveLength(total - 1);

    // The plan eased off, and the dashboard says why.
    await page.getByRole('link', { name: 'Back to my recovery' }).click();
    await expect.poll(() => page.locator('.plan-progress').getAttribute('data-plan-status')).toBe('stepped_back');
    expect(await page.locator('.plan-progress').getAttribute('data-plan-phase')).toBe('acute');
    const why = (await page.locator('.plan-change').textContent())!;
    expect(why).toContain('Eased off');
    expect(why).toContain('Pain during exercise reached 7/10');
    expect(why).toContain('above the 5/10 limit');
    expect(await page.locator('.plan-next').textContent()).toContain('A week without a flare');
    await check(page, 'programme-dashboard-stepped-back');
    await page.context().close();
  }, 240_000);

  it('keeps the picture still for a person who prefers reduced motion: both positions side by side, no animation', async () => {
    const context = await env.browser.newContext({ baseURL: env.server.url, viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await personWithRecovery(page, 5);
    await page.goto('/session');
    await page.locator('#pain-before').getByLabel('1', { exact: true }).check();
    await page.getByRole('button', { name: 'Start the session' }).click();
    const step = page.locator('.session-step');
    await step.waitFor();
    expect(await step.locator('.exercise-animation').count()).toBe(0);
    expect(await step.locator('svg.pose-svg').count()).toBe(2);
    expect(await step.getByRole('button', { name: 'Pause the picture' }).count()).toBe(0);
    const still = await step.locator('.exercise-figure').innerHTML();
    await page.waitForTimeout(800);
    expect(await step.locator('.exercise-figure').innerHTML()).toBe(still);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'session-reduced-motion');
    await context.close();
  }, 120_000);
});

describe('reminders', () => {
  it('makes a private calendar address that a calendar app can read, and turning reminders off makes it answer 404', async () => {
    const page = await newPage(env.browser, env.server.url);
    await personWithRecovery(page, 3);
    await page.goto('/dashboard');
    const reminders = page.locator('.reminders');
    await reminders.waitFor();
    await reminders.getByLabel('Daily check-in at').fill('07:45');
    await reminders.getByLabel('Show the names of my exercises in the session reminder').check();
    await reminders.getByRole('button', { name: 'Make my calendar address' }).click();
    const address = reminders.getByLabel(/Or copy this private address/);
    await address.waitFor();
    const url = await address.inputValue();
    expect(url).toMatch(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(await reminders.getByRole('link', { name: 'Add to my calendar' }).getAttribute('href')).toMatch(/^webcal:\/\//);
    await reminders.scrollIntoViewIfNeeded();
    await check(page, 'reminders-made');

    // A calendar app: no cookie.
    const app = await env.browser.newContext();
    const feed = await app.request.get(url);
    expect(feed.status()).toBe(200);
    const events = new ICAL.Component(ICAL.parse(await feed.text())).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    const checkInEvent = events.find((e) => e.summary === 'Daily check-in')!;
    expect(checkInEvent.startDate.toString()).toMatch(/T07:45:00$/);
    expect(events.find((e) => e.summary === 'Exercise session')!.description).toMatch(/Today: /);

    await reminders.getByRole('button', { name: 'Turn reminders off' }).click();
    await reminders.getByText('Reminders are off.').waitFor();
    expect((await app.request.get(url)).status()).toBe(404);
    await app.close();
    await page.context().close();
  }, 120_000);
});
