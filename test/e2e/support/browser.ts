/**
 * The helpers every browser test file shares: pages, screenshots, axe scans, horizontal-scroll
 * checks. The browser itself is test/support/chromium.ts's launchChromium().
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';

export const SCREENSHOT_DIR = fileURLToPath(new URL('../../../test-results/screenshots/', import.meta.url));

const CLOCKED = new WeakSet<BrowserContext>();

/** Whether the page's clock is Playwright's (a page from newPage), so a test may jump it on. */
export function hasTestClock(page: Page): boolean {
  return CLOCKED.has(page.context());
}

/** A page in a fresh context (own cookies and storage), a phone-sized viewport unless told. */
export async function newPage(browser: Browser, baseURL: string, viewport = { width: 390, height: 844 }, options: { locale?: string } = {}): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport, acceptDownloads: true, ...(options.locale ? { locale: options.locale } : {}) });
  // Fail a step with Playwright's own message well before the test's time runs out.
  context.setDefaultTimeout(20_000);
  // Playwright's clock, running at the real pace: a test may jump it on (the interview's look
  // guard) rather than wait.
  await context.clock.install();
  CLOCKED.add(context);
  const page = await context.newPage();
  // A page error is a bug, and so is anything the Content Security Policy blocked: keep them so
  // tests can assert there were none.
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) errors.push(message.text());
  });
  (page as Page & { errors: string[] }).errors = errors;
  return page;
}

export function pageErrors(page: Page): string[] {
  return (page as Page & { errors?: string[] }).errors ?? [];
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** Every axe rule (WCAG A/AA and best practices); returns the violations in a readable form. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** How far the page is wider than the viewport (0 means no horizontal scroll). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
}

/** The element that has the focus, described (tag, id, role, text) for assertions. */
export async function focused(page: Page): Promise<{ tag: string; id: string; role: string | null; text: string; area: string | null }> {
  return page.evaluate(`(() => {
    const el = document.activeElement;
    return el ? { tag: el.tagName.toLowerCase(), id: el.id, role: el.getAttribute('role'), text: (el.textContent || '').trim(), area: el.getAttribute('data-area') } : null;
  })()`);
}

export async function sessionValue<T>(page: Page, key: string): Promise<T | null> {
  return page.evaluate<T | null>(`JSON.parse(sessionStorage.getItem(${JSON.stringify(key)}) || 'null')`);
}
