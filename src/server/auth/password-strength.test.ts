import { describe, expect, it } from 'vitest';
import { weakPasswordReason } from './password-strength.js';

describe('weakPasswordReason', () => {
  it('refuses common, repeated and personal passwords, saying why', async () => {
    expect(await weakPasswordReason('password12', 'alice@example.org')).toMatch(/^password is too easy to guess\. This is a commonly used password/);
    expect(await weakPasswordReason('          ', 'alice@example.org')).toMatch(/Repeated characters/);
    expect(await weakPasswordReason('alice@example.org', 'alice@example.org')).toMatch(/personal/);
    expect(await weakPasswordReason('qwertyuiop', 'bob@example.org')).toBeDefined();
  });

  it('accepts a passphrase of a few uncommon words', async () => {
    expect(await weakPasswordReason('a long enough passphrase', 'alice@example.org')).toBeUndefined();
    expect(await weakPasswordReason('tulip canoe marble fog', 'alice@example.org')).toBeUndefined();
  });
});
