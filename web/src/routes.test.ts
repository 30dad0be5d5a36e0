import { describe, expect, it } from 'vitest';
import { learnHref, matchRoute } from './routes.js';

describe('matchRoute', () => {
  it('maps every page URL', () => {
    expect(matchRoute('/')).toEqual({ page: 'start' });
    expect(matchRoute('/interview')).toEqual({ page: 'interview' });
    expect(matchRoute('/interview/')).toEqual({ page: 'interview' });
    expect(matchRoute('/results')).toEqual({ page: 'results', savedId: null });
    expect(matchRoute('/results/abc-123')).toEqual({ page: 'results', savedId: 'abc-123' });
    expect(matchRoute('/learn')).toEqual({ page: 'learn', section: null });
    expect(matchRoute('/learn/causes')).toEqual({ page: 'learn', section: 'causes' });
    expect(matchRoute('/account')).toEqual({ page: 'account' });
    expect(matchRoute('/account/reset')).toEqual({ page: 'account_reset' });
    expect(matchRoute('/dashboard')).toEqual({ page: 'dashboard' });
    expect(matchRoute('/exercises')).toEqual({ page: 'exercises' });
    expect(matchRoute('/session')).toEqual({ page: 'session' });
  });

  it('sends anything else to not found', () => {
    expect(matchRoute('/nope')).toEqual({ page: 'not_found' });
    expect(matchRoute('/learn/a/b')).toEqual({ page: 'not_found' });
    expect(matchRoute('/interview/3')).toEqual({ page: 'not_found' });
    expect(matchRoute('/account/other')).toEqual({ page: 'not_found' });
  });
});

describe('learnHref', () => {
  it('turns a knowledge reference into a Learn URL with its anchor', () => {
    expect(learnHref('causes#altered-biomechanics')).toBe('/learn/causes#altered-biomechanics');
    expect(learnHref('recovery')).toBe('/learn/recovery');
  });
});
