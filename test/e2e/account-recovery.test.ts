/**
 * Account words and a way back in, in the browser (390 x 844 and desktop): errors a person can
 * act on, "Forgotten your password?" explained, and a reset link an operator issued (as
 * `ksnav reset-link` does) used to set a new password. Screenshots: account-*.png.
 */
import { describe, expect, it } from 'vitest';
import { issueResetLink } from '../../src/server/auth/reset-link.js';
import { axeViolations, horizontalOverflow, newPage, pageErrors, screenshot } from './support/browser.js';
import { registerByApi } from './support/seed.js';
import { useServerAndBrowser } from './support/server.js';

const env = useServerAndBrowser();

describe('a forgotten password', () => {
  it('clear errors, the way back explained, and a one-time reset link that signs the person in', async () => {
    const page = await newPage(env.browser, env.server.url);
    const email = `forgot-${Date.now()}@example.com`;
    await page.goto('/');
    await registerByApi(page.request, email);
    await page.context().clearCookies();

    // A wrong password: words a person can act on, not the API's.
    await page.goto('/account');
    await page.locator('#signin-email').fill(email);
    await page.locator('#signin-password').fill('not my password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect.poll(() => page.locator('#signin-error').textContent()).toMatch(/^That email and password do not match an account\./);
    // Registering with a short password: the same.
    await page.locator('#register-email').fill(`new-${Date.now()}@example.com`);
    await page.locator('#register-password').fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect.poll(() => page.locator('#register-error').textContent()).toBe('Your password needs at least 10 characters. A few words together make a strong one.');
    await page.locator('#forgotten-password summary').click();
    expect(await page.locator('#forgotten-password').textContent()).toMatch(/reset link/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'account-forgotten-password');

    // The operator issues a link; the person opens it.
    const link = await issueResetLink(env.server.store, email, { baseUrl: env.server.url, now: new Date() });
    await page.goto(link.url);
    await page.getByRole('heading', { name: 'Set a new password' }).waitFor();
    await page.locator('#reset-password').fill('my brand new passphrase');
    await page.locator('#reset-again').fill('my brand new passphrase!');
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await expect.poll(() => page.locator('#reset-error').textContent()).toMatch(/not the same/);
    expect(await axeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, 'account-reset');
    await page.locator('#reset-again').fill('my brand new passphrase');
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await page.getByText('Your new password is set, and you are signed in.').waitFor();
    expect(await page.getByText(`Signed in as ${email}`).isVisible()).toBe(true);
    // The token left the address bar.
    expect(page.url()).not.toContain('token=');
    await screenshot(page, 'account-reset-done');

    // The link works once.
    await page.context().clearCookies();
    await page.goto(link.url);
    await page.locator('#reset-password').fill('another passphrase here');
    await page.locator('#reset-again').fill('another passphrase here');
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await expect.poll(() => page.locator('#reset-error').textContent()).toBe('This reset link has expired or has already been used. Ask for a new one.');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  }, 90_000);

  it('on a desktop, the reset page passes axe; a link with no token says what to do', async () => {
    const page = await newPage(env.browser, env.server.url, { width: 1280, height: 900 });
    await page.goto('/account/reset');
    await page.getByText('This page needs the whole reset link.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'account-reset-no-token-desktop');
    await page.context().close();
  });
});
