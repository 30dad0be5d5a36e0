/**
 * How hard a new password is to guess, by zxcvbn-ts (dictionaries of common and breached
 * passwords, names and words, keyboard patterns, repeats, dates, l33t): a score from 0 to 4;
 * below MIN_PASSWORD_SCORE the password is refused with zxcvbn's own advice. The email and its
 * parts count as guessable words, so "the email itself" scores 0.
 *
 * The dictionaries take most of a second to load: they load once, on first use.
 */
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';

export const MIN_PASSWORD_SCORE = 3;

let checker: ZxcvbnFactory | undefined;

function zxcvbn(): ZxcvbnFactory {
  checker ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  });
  return checker;
}

/** The words of an email that a guesser would try: the whole, its local part, its domain's parts. */
function wordsOf(email: string): string[] {
  const lower = email.toLowerCase();
  const [local = '', domain = ''] = lower.split('@');
  return [lower, local, ...local.split(/[._+-]/), ...domain.split('.'), 'ksnav', 'knee', 'sciatica', 'navigator'].filter((w) => w.length > 1);
}

/** Why the password is too easy to guess, in plain words; undefined when it is strong enough. */
export async function weakPasswordReason(password: string, email: string): Promise<string | undefined> {
  const result = await zxcvbn().check(password, wordsOf(email));
  if (result.score >= MIN_PASSWORD_SCORE) return undefined;
  const advice = [result.feedback.warning, ...result.feedback.suggestions].filter((s): s is string => Boolean(s));
  return `password is too easy to guess.${advice.length ? ` ${advice.join(' ')}` : ''}`;
}
