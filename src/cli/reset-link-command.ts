/**
 * `ksnav reset-link <email>`: for the operator of an instance without mail, a one-time link
 * that lets a person who forgot their password set a new one. Uses the server's own settings
 * (DATA_DIR or DATABASE_URL) to reach the same database.
 */
import { issueResetLink, NoSuchAccountError, RESET_LINK_HOURS } from '../server/auth/reset-link.js';
import { readConfig } from '../server/config.js';
import { openStore } from '../store/open-store.js';
import type { CliIo } from './io.js';

export interface ResetLinkOptions {
  baseUrl?: string;
  hours?: number;
}

export async function runResetLink(email: string, options: ResetLinkOptions, io: CliIo): Promise<number> {
  let config;
  try {
    config = readConfig(io.env);
  } catch (error) {
    io.stderr.write(`ksnav: ${(error as Error).message}\n`);
    return 1;
  }
  const baseUrl = options.baseUrl ?? io.env.PUBLIC_URL ?? `http://localhost:${config.port}`;
  const store = await openStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  try {
    const hours = options.hours ?? RESET_LINK_HOURS;
    const link = await issueResetLink(store, email.trim(), { baseUrl, now: new Date(), hours });
    io.stdout.write(
      `Reset link for ${email.trim()}: it works once, for ${hours} hours (until ${link.expiresAt.replace('T', ' ').slice(0, 16)} UTC).\n`
      + `${link.url}\n`
      + 'Give it to the person yourself (in person, by phone or to their own email): anyone with the link can set the password.\n'
      + 'Using it signs the account out everywhere. A new link replaces this one if it is not used.\n',
    );
    return 0;
  } catch (error) {
    if (error instanceof NoSuchAccountError) {
      io.stderr.write(`ksnav: ${error.message}. Check the spelling; no link was made.\n`);
      return 2;
    }
    throw error;
  } finally {
    await store.close();
  }
}
