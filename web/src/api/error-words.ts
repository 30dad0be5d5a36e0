/**
 * The API's errors in words for a person: the API speaks to developers ("password must be at
 * least 10 characters long."), the app to someone who may be in pain and in a hurry.
 */

export interface ApiErrorParts {
  status: number;
  code: string;
  message: string;
  field?: string | undefined;
  /** The path asked for, to tell a failed sign-in from an ended session. */
  path: string;
}

const sentence = (text: string) => {
  const t = text.trim();
  if (!t) return t;
  const first = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?]$/.test(first) ? first : `${first}.`;
};

export function errorWords({ status, code, message, field, path }: ApiErrorParts): string {
  const passwordField = field === 'password' || field === 'newPassword';
  if (code === 'invalid' && passwordField && /at least/.test(message)) return 'Your password needs at least 10 characters. A few words together make a strong one.';
  if (code === 'invalid' && passwordField && /at most/.test(message)) return 'Your password is too long. Please use at most 256 characters.';
  if (code === 'invalid' && field === 'email') return 'Please enter your email address, like name@example.com.';
  if (code === 'unauthorized' && path === '/api/v1/auth/login') {
    return 'That email and password do not match an account. Check both and try again. Forgotten your password? See below.';
  }
  if (status === 401) return 'You are signed out. Please sign in again.';
  if (code === 'rate_limited') {
    const seconds = /(\d+) seconds?/.exec(message)?.[1];
    return `Too many tries in a short time. Please wait ${seconds ? `${seconds} seconds` : 'a minute'} and try again.`;
  }
  if (code === 'csrf' || code === 'cross_site') return 'This page is out of date. Please reload it and try again.';
  if (status === 413) return 'That is too much to send at once. Please shorten it and try again.';
  if (status >= 500) return 'The service had a problem. Please try again in a moment.';
  return sentence(message);
}
