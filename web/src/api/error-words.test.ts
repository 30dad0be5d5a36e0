import { describe, expect, it } from 'vitest';
import { errorWords } from './error-words.js';

describe('errorWords', () => {
  it('turns the API\'s developer messages into words for a person', () => {
    expect(errorWords({ status: 400, code: 'invalid', message: 'password must be at least 10 characters long.', field: 'password', path: '/api/v1/auth/register' }))
      .toBe('Your password needs at least 10 characters. A few words together make a strong one.');
    expect(errorWords({ status: 400, code: 'invalid', message: 'email must be an email address.', field: 'email', path: '/api/v1/auth/register' }))
      .toBe('Please enter your email address, like name@example.com.');
    expect(errorWords({ status: 401, code: 'unauthorized', message: 'The email or the password is not right.', path: '/api/v1/auth/login' }))
      .toMatch(/^That email and password do not match an account/);
    expect(errorWords({ status: 401, code: 'unauthorized', message: 'Sign in first.', path: '/api/v1/recoveries' })).toBe('You are signed out. Please sign in again.');
    expect(errorWords({ status: 429, code: 'rate_limited', message: 'Too many attempts. Try again in 37 seconds.', path: '/api/v1/auth/login' }))
      .toBe('Too many tries in a short time. Please wait 37 seconds and try again.');
    expect(errorWords({ status: 503, code: 'unavailable', message: 'database unreachable', path: '/api/v1/me' })).toBe('The service had a problem. Please try again in a moment.');
  });

  it('keeps a message already written for people, starting with a capital and ending with a full stop', () => {
    expect(errorWords({ status: 409, code: 'conflict', message: 'An account with this email already exists. Sign in instead.', field: 'email', path: '/api/v1/auth/register' }))
      .toBe('An account with this email already exists. Sign in instead.');
    expect(errorWords({ status: 400, code: 'invalid', message: 'date must be a calendar date, YYYY-MM-DD', field: 'date', path: '/x' })).toBe('Date must be a calendar date, YYYY-MM-DD.');
  });
});
