/**
 * The results as a worried person meets them on a 390 x 844 phone (and on a desktop): the
 * summary first, in at most a screen and a half; every other part closed, with a one-line
 * summary; treatments grouped by what they mean for the person; emergency and same-day results
 * that offer nothing to do at home; numbers for the person's region. Screenshots go to
 * test-results/screenshots/summary-*.png.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess.js';
import { groupTreatments } from '../../src/engine/handover.js';
import type { Case } from '../../src/schemas/case.js';
import { axeViolations, horizontalOverflow, newPage, pageErrors, screenshot } from './support/browser.js';
import { seedResults } from './support/seed.js';
import { useServerAndBrowser } from './support/server.js';

const env = useServerAndBrowser();
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const SCREEN = PHONE.height;

function vignette(name: string): Case {
  const { expected: _e, ...c } = JSON.parse(readFileSync(new URL(`../vignettes/${name}.json`, import.meta.url), 'utf8')) as Case & { expected: unknown };
  return c;
}

const SCIATICA = vignette('dev-01-acute-sciatica');
const EMERGENCY = vignette('dev-02-cauda-equina');
const MILD_KNEE = vignette('dev-15-self-care-knee');
const SAME_DAY = vignette('dev-06-acl');

async function results(c: Case, options: { viewport?: { width: number; height: number }; locale?: string } = {}): Promise<Page> {
  const page = await newPage(env.browser, env.server.url, options.viewport ?? PHONE, { locale: options.locale ?? 'en-GB' });
  await page.goto('/');
  await seedResults(page, c);
  await page.goto('/results');
  await page.locator('.result-summary').waitFor();
  return page;
}

/** Where the summary ends and how tall the page is, in CSS pixels from the top of the page. */
async function heights(page: Page): Promise<{ summary: number; page: number }> {
  return page.evaluate<{ summary: number; page: number }>(`(() => {
    const box = document.querySelector('.result-summary').getBoundingClientRect();
    return { summary: box.bottom + window.scrollY, page: document.documentElement.scrollHeight };
  })()`);
}

describe('summary first (390 x 844)', () => {
  it.each([
    ['sciatica', SCIATICA],
    ['emergency', EMERGENCY],
    ['mild-knee', MILD_KNEE],
  ] as const)('%s: what to do, why, what to watch for and what to say in at most 1.5 screens; the page with sections closed in at most 6', async (name, c) => {
    const page = await results(c);
    const a = assess(c);
    const summary = page.locator('.result-summary');
    expect(await summary.getAttribute('data-triage-level')).toBe(a.triage.level);
    expect((await summary.locator('h1').textContent())?.trim()).toBe(a.triage.title);
    const headings = await summary.locator('h2').allTextContents();
    expect(headings[0]).toBe('Why');
    expect(headings[1]).toMatch(/^(Watch for|If it gets worse)$/);
    expect(headings[2]).toMatch(/^What to tell the/);
    // The reasons shown are those of the rules that set the level.
    for (const reason of await summary.locator('h2:text("Why") + ul li').allInnerTexts()) {
      expect(a.triage.rules.filter((r) => r.level === a.triage.level).map((r) => r.reason).concat(a.triage.because)).toContain(reason);
    }

    const sections = page.locator('.result-sections .disclosure');
    expect(await sections.count()).toBeGreaterThanOrEqual(5);
    for (const section of await sections.all()) {
      expect(await section.locator('.disclosure-toggle').getAttribute('aria-expanded')).toBe('false');
      expect(await section.locator('.disclosure-body').isHidden()).toBe(true);
      expect(((await section.locator('.disclosure-gist').textContent()) ?? '').trim().length).toBeGreaterThan(5);
    }

    const h = await heights(page);
    console.log(`results ${name}: summary ${(h.summary / SCREEN).toFixed(2)} screens, page ${(h.page / SCREEN).toFixed(2)} screens at 390 x 844`);
    expect(h.summary).toBeLessThanOrEqual(1.5 * SCREEN);
    expect(h.page).toBeLessThanOrEqual(6 * SCREEN);
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `summary-${name}`);

    // Plain words: no "article" or "seed"; a medical word is explained (on a tap) where it first appears.
    expect((await page.locator('main').textContent()) ?? '').not.toMatch(/\b(article|seed)\b/i);

    // A section opens on a tap, and says what its one-line summary promised.
    const first = sections.nth(1);
    await first.locator('.disclosure-toggle').click();
    expect(await first.locator('.disclosure-toggle').getAttribute('aria-expanded')).toBe('true');
    expect(await first.locator('.disclosure-body').isVisible()).toBe(true);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('on a desktop the summary comes first too, and passes axe', async () => {
    const page = await results(SCIATICA, { viewport: DESKTOP });
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'summary-desktop-sciatica');
    for (const toggle of await page.locator('.disclosure-toggle').all()) await toggle.click();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'summary-desktop-sciatica-open');
    await page.context().close();
  });

  it('a link to a section, and find in page, open it', async () => {
    const page = await results(SCIATICA);
    await page.goto('/results#treatments');
    await page.locator('.result-summary').waitFor();
    expect(await page.locator('#treatments .disclosure-toggle').getAttribute('aria-expanded')).toBe('true');
    // "See which" under the summary opens the unanswered questions.
    await page.getByRole('link', { name: 'See which' }).click();
    await expect.poll(() => page.locator('#unanswered .disclosure-toggle').getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('#unanswered .disclosure-body').isVisible()).toBe(true);
    // The closed sections are `hidden="until-found"`: the browser's find opens them.
    expect(await page.locator('#recovery-plan .disclosure-body').getAttribute('hidden')).toBe('until-found');
    await page.context().close();
  });
});

describe('medical words explained where they first appear', () => {
  it('the first "sciatica" on the results opens its meaning; later ones are plain', async () => {
    const page = await results(SCIATICA);
    for (const toggle of await page.locator('.disclosure-toggle').all()) await toggle.click();
    const glossed = await page.locator('.gloss').evaluateAll((els) => els.map((e) => e.getAttribute('data-gloss')));
    expect(glossed).toContain('sciatica');
    expect(new Set(glossed).size).toBe(glossed.length);
    const term = page.locator('.gloss[data-gloss="sciatica"] .gloss-term');
    const definition = page.locator('.gloss[data-gloss="sciatica"] .gloss-def');
    expect(await definition.isVisible()).toBe(false);
    await term.click();
    expect(await definition.textContent()).toMatch(/sciatic nerve/);
    expect(await term.getAttribute('aria-expanded')).toBe('true');
    // The first one is the one in the summary, before any section.
    const first = await page.locator('.gloss').first().evaluate((el) => Boolean(el.closest('.result-summary')));
    expect(first).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'summary-word-explained');
    await page.context().close();
  });
});

describe('treatments by what they mean for the person', () => {
  it.each([
    ['mild-knee', MILD_KNEE],
    ['sciatica', SCIATICA],
    ['sciatica-on-a-blood-thinner', { ...SCIATICA, evidence: { ...SCIATICA.evidence, takes_anticoagulant: true } }],
  ] as const)('%s: recommended, to discuss, not advised and why, and (closed) not for this picture; no badge calls a harmful option fine', async (name, c) => {
    const page = await results(c);
    await page.locator('#treatments .disclosure-toggle').click();
    const groups = groupTreatments(assess(c).treatments);
    for (const g of ['recommended', 'discuss', 'not_advised'] as const) {
      const shown = await page.locator(`#treatments .treatment-group[data-group="${g}"] .treatment`).evaluateAll((els) => els.map((e) => e.getAttribute('data-treatment')));
      expect(shown, g).toEqual(groups[g].map((t) => t.id));
    }
    // No option guidelines advise against is among the recommended or the considered.
    expect(await page.locator('#treatments [data-group="recommended"] .treatment[data-verdict="not_recommended"], #treatments [data-group="discuss"] .treatment[data-verdict="not_recommended"]').count()).toBe(0);
    // Not for this picture: closed until asked for.
    if (groups.not_for_picture.length > 0) {
      const notForMe = page.locator('#treatments details[data-group="not_for_picture"]');
      expect(await notForMe.getAttribute('open')).toBeNull();
      expect(await notForMe.locator('.treatment').first().isVisible()).toBe(false);
    }
    const text = (await page.locator('#treatments').textContent()) ?? '';
    expect(text).not.toMatch(/No caution found for you|Fits your picture/);
    // A caution is shown only where it applies: as many as the engine gives for the groups shown.
    const cautions = [...groups.recommended, ...groups.discuss, ...groups.not_advised].reduce((n, t) => n + t.cautions.length, 0);
    expect(await page.locator('#treatments .caution').count()).toBe(cautions);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `summary-treatments-${name}`);
    await page.context().close();
  });
});

describe('emergency and same-day results agree with the interrupt (hazard H3)', () => {
  it.each([
    ['emergency', EMERGENCY],
    ['same-day', SAME_DAY],
  ] as const)('%s: what to do now, what to say and a summary to show; no treatments, home plan or exercises', async (name, c) => {
    const a = assess(c);
    const page = await results(c);
    expect(await page.locator('#treatments').count()).toBe(0);
    expect(await page.locator('#recovery-plan').count()).toBe(0);
    expect(await page.locator('[data-seen-first-note]').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Print a one-page summary to show' }).isVisible()).toBe(true);
    // Open every section: still nothing to do at home, and no pattern's reassurance.
    for (const toggle of await page.locator('.disclosure-toggle').all()) await toggle.click();
    const text = (await page.locator('main').textContent()) ?? '';
    for (const e of a.recoveryPlan.exercises) expect(text).not.toContain(e.title);
    for (const p of a.patterns) expect(text).not.toContain(p.explanation);
    expect(text).not.toMatch(/keeping active helps|Recommended for your picture|ice pack/i);
    expect(await page.locator('.say-list li').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `summary-${name}-open`);

    // The printed page: the summary to show, on one A4 sheet, without treatments or a plan.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.print-summary').isVisible()).toBe(true);
    expect(await page.locator('.results-screen').isVisible()).toBe(false);
    const printed = (await page.locator('.print-summary').textContent()) ?? '';
    expect(printed).toContain(a.triage.title);
    expect(printed).toContain('What the person says');
    expect(printed).not.toMatch(/Treatments, by what|Plan: /);
    await screenshot(page, `summary-${name}-print`);
    await page.context().close();
  });
});

describe('numbers for the person\'s region', () => {
  it('defaults from the browser locale (en-GB: 999 and NHS 111; en-AU: 000; en-NZ: 111 and Healthline) and can be changed', async () => {
    let page = await results(EMERGENCY, { locale: 'en-GB' });
    const call = page.locator('.result-summary .emergency-numbers a[href^="tel:"]');
    expect(await call.getAttribute('href')).toBe('tel:999');
    expect(await page.locator('.result-summary .triage-action').textContent()).toContain('A&E');
    expect(await page.locator('.site-footer').textContent()).toContain('999');
    await page.context().close();

    page = await results(SAME_DAY, { locale: 'en-GB' });
    expect(await page.locator('.result-summary .urgent-numbers a[href^="tel:"]').getAttribute('href')).toBe('tel:111');
    expect(await page.locator('.result-summary .urgent-numbers').textContent()).toMatch(/NHS 111.*urgent treatment centre/);
    await screenshot(page, 'summary-same-day-uk');
    await page.context().close();

    page = await results(EMERGENCY, { locale: 'en-AU' });
    expect(await page.locator('.result-summary .emergency-numbers a[href^="tel:"]').getAttribute('href')).toBe('tel:000');
    await page.context().close();

    page = await results(SAME_DAY, { locale: 'en-NZ' });
    expect(await page.locator('.result-summary .urgent-numbers a[href^="tel:"]').getAttribute('href')).toBe('tel:0800611116');
    expect(await page.locator('.site-footer').textContent()).toContain('In an emergency call 111');

    // Changed by hand, it holds across pages and reloads.
    await page.locator('.result-summary .region-picker select').selectOption('us');
    expect(await page.locator('.result-summary .urgent-numbers').textContent()).toMatch(/urgent care clinic/);
    expect(await page.locator('.result-summary .urgent-numbers a[href^="tel:"]').count()).toBe(0);
    expect(await page.locator('.site-footer').textContent()).toContain('911');
    await page.reload();
    await page.locator('.result-summary').waitFor();
    expect(await page.locator('.result-summary .region-picker select').inputValue()).toBe('us');
    await page.goto('/');
    expect(await page.locator('.callout-emergency').textContent()).toContain('Call 911');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
