/**
 * Reset links for a forgotten password on an instance without mail: the operator runs
 * `ksnav reset-link <email>` and hands the link to the person (in person, by phone, by their
 * own mail). The token (32 random bytes) is only in the link, after `#` so it reaches neither
 * the server's logs nor a Referer header; the store keeps its sha-256. A link works once and
 * expires; a new link replaces an unused earlier one.
 */
import type { Store } from '../../store/store.js';
import { newToken, tokenHash } from './session-token.js';

export const RESET_LINK_HOURS = 24;

export class NoSuchAccountError extends Error {
  override name = 'NoSuchAccountError';
}

export interface ResetLink {
  url: string;
  expiresAt: string;
}

export async function issueResetLink(store: Store, email: string, options: { baseUrl: string; now: Date; hours?: number }): Promise<ResetLink> {
  const user = await store.users.findByEmail(email);
  if (!user) throw new NoSuchAccountError(`no account has the email ${email}`);
  const hours = options.hours ?? RESET_LINK_HOURS;
  const token = newToken();
  const expiresAt = new Date(options.now.getTime() + hours * 3_600_000).toISOString();
  await store.passwordResets.create({ tokenHash: tokenHash(token), userId: user.id, expiresAt });
  return { url: `${options.baseUrl.replace(/\/+$/, '')}/account/reset#token=${token}`, expiresAt };
}
