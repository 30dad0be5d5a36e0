/**
 * The Learn pages as a worried person meets them (390 x 844, then a desktop): warning signs
 * first on "When to see a doctor"; pictures of the sciatic nerve's path, the knee's parts and
 * how a painful knee strains the back, each with words for those who cannot see it, and in
 * print; bullets that stay on the first line of a wrapped item. Screenshots: learn-*.png.
 */
import { describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { axeViolations, horizontalOverflow, newPage, pageErrors, screenshot } from './support/browser.js';
import { useServerAndBrowser } from './support/server.js';

const env = useServerAndBrowser();

describe('Learn', () => {
  it('"When to see a doctor" starts with the warning signs that cannot wait, the most urgent first', async () => {
    const page = await newPage(env.browser, env.server.url);
    await page.goto('/learn/when-to-see-a-doctor');
    await page.locator('.learn-item').first().waitFor();
    const firstGroup = await page.locator('main .learn-group h2').first().textContent();
    expect(firstGroup).toBe('Warning signs that cannot wait');
    const first = page.locator('.learn-item').first();
    expect(await first.locator('.learn-points li').first().textContent()).toMatch(/^Call an ambulance now\./);
    // The long list of contents is closed, so the warning signs are on the first screen.
    expect(await page.locator('.toc details').getAttribute('open')).toBeNull();
    const top = await first.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeLessThan(844);
    // A contents entry that wraps keeps its bullet on its first line: the link is inline.
    await page.locator('.toc summary').click();
    expect(await page.locator('.toc a').first().evaluate((a) => (globalThis as unknown as { getComputedStyle(e: unknown): { display: string } }).getComputedStyle(a).display)).toBe('inline');
    expect(await axeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, 'learn-warning-signs-first');
    await page.context().close();
  });

  it('shows the sciatic nerve\'s path, the knee\'s parts and how a painful knee strains the back, in pictures with words', async () => {
    const page = await newPage(env.browser, env.server.url);
    await page.goto('/learn/anatomy');
    await page.locator('.learn-figure').first().waitFor();
    const figures = page.locator('.learn-figure');
    expect(await figures.evaluateAll((els) => els.map((e) => e.getAttribute('data-figure')))).toEqual(['fig-sciatic-nerve', 'fig-knee-parts', 'fig-gait-strain']);
    for (const figure of await figures.all()) {
      const svg = figure.locator('svg');
      expect(await svg.getAttribute('role')).toBe('img');
      // The accessible name and description come from the picture's title and desc.
      const ids = (await svg.getAttribute('aria-labelledby'))!.split(' ');
      for (const id of ids) expect(((await page.locator(`[id="${id}"]`).textContent()) ?? '').length).toBeGreaterThan(20);
      expect(((await figure.locator('figcaption').textContent()) ?? '').length).toBeGreaterThan(80);
      const box = await svg.boundingBox();
      expect(box!.width).toBeGreaterThan(300);
      expect(box!.width).toBeLessThanOrEqual(390);
    }
    expect(await page.locator('[data-figure="fig-sciatic-nerve"] figcaption').textContent()).toMatch(/lower back.*buttock.*thigh.*knee.*foot/s);
    expect(await axeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, 'learn-anatomy-pictures');

    // Printable: the pictures are on the printed page, in colour.
    await page.emulateMedia({ media: 'print' });
    for (const figure of await figures.all()) expect(await figure.locator('svg').isVisible()).toBe(true);
    const pdf = await PDFDocument.load(await page.pdf({ format: 'A4', printBackground: true }));
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(1);
    await screenshot(page, 'learn-anatomy-print');
    await page.emulateMedia({ media: 'screen' });

    // The gait picture also explains the first cause.
    await page.goto('/learn/causes#altered-biomechanics');
    await page.locator('#altered-biomechanics [data-figure="fig-gait-strain"]').waitFor();
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('speaks plainly on every Learn page: no "article" or "seed", medical words explained where they first appear', async () => {
    const page = await newPage(env.browser, env.server.url);
    await page.goto('/learn');
    await page.locator('.section-list').waitFor();
    const paths = await page.locator('.section-list a').evaluateAll((links) => links.map((a) => (a as unknown as { pathname: string }).pathname));
    expect(paths).toContain('/learn/words');
    for (const path of paths) {
      await page.goto(path);
      await page.locator('h1').waitFor();
      await page.locator('.learn-item, .glossary').first().waitFor();
      const text = (await page.locator('main').textContent()) ?? '';
      expect(text, path).not.toMatch(/\b(article|seed)\b/i);
      // Each explained word is explained once on the page.
      const glossed = await page.locator('.gloss').evaluateAll((els) => els.map((e) => e.getAttribute('data-gloss')));
      expect(new Set(glossed).size, path).toBe(glossed.length);
    }
    await page.goto('/learn/anatomy');
    const term = page.locator('.gloss-term').first();
    await term.click();
    expect(await term.getAttribute('aria-expanded')).toBe('true');
    expect(((await page.locator('.gloss-def').first().textContent()) ?? '').length).toBeGreaterThan(10);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'learn-word-explained');
    await page.goto('/learn/words');
    await page.locator('.glossary dt').first().waitFor();
    expect(await page.locator('.glossary dt').count()).toBeGreaterThan(30);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'learn-words');
    await page.context().close();
  }, 120_000);

  it('on a desktop too', async () => {
    const page = await newPage(env.browser, env.server.url, { width: 1280, height: 900 });
    await page.goto('/learn/anatomy');
    await page.locator('.learn-figure').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'learn-anatomy-desktop');
    await page.context().close();
  });
});
