import { describe, expect, it } from 'vitest';
import { newToken, sameSecret, tokenHash } from './session-token.js';

describe('session tokens', () => {
  it('are 32 random bytes, url-safe, never repeated', () => {
    const tokens = new Set(Array.from({ length: 100 }, newToken));
    expect(tokens.size).toBe(100);
    for (const t of tokens) expect(Buffer.from(t, 'base64url')).toHaveLength(32);
  });

  it('are stored as their sha-256', () => {
    expect(tokenHash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('compare equal only when equal, whatever the lengths', () => {
    const t = newToken();
    expect(sameSecret(t, t)).toBe(true);
    expect(sameSecret(t, `${t}x`)).toBe(false);
    expect(sameSecret(t, '')).toBe(false);
  });
});
