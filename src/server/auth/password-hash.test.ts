import { describe, expect, it } from 'vitest';
import { DEFAULT_SCRYPT_COST, hashPassword, verifyAgainstNothing, verifyPassword } from './password-hash.js';

const LOW = 2 ** 10;

describe('password hashing', () => {
  it('uses scrypt with N of at least 2^15 in production, r 8, p 1, a 16-byte salt', async () => {
    expect(DEFAULT_SCRYPT_COST).toBeGreaterThanOrEqual(2 ** 15);
    const hash = await hashPassword('correct horse battery staple');
    const [scheme, n, r, p, salt, key] = hash.split('$');
    expect([scheme, Number(n), Number(r), Number(p)]).toEqual(['scrypt', DEFAULT_SCRYPT_COST, 8, 1]);
    expect(Buffer.from(salt!, 'base64')).toHaveLength(16);
    expect(Buffer.from(key!, 'base64')).toHaveLength(64);
    expect(await verifyPassword('correct horse battery staple', hash)).toBe(true);
  });

  it('verifies the right password only, with a fresh salt each time', async () => {
    const a = await hashPassword('a passphrase to remember', LOW);
    const b = await hashPassword('a passphrase to remember', LOW);
    expect(a).not.toBe(b);
    expect(await verifyPassword('a passphrase to remember', a)).toBe(true);
    expect(await verifyPassword('a passphrase to remember', b)).toBe(true);
    expect(await verifyPassword('a passphrase to rememeber', a)).toBe(false);
    expect(await verifyPassword('', a)).toBe(false);
  });

  it('reads the cost from the stored hash, so raising it later keeps old hashes working', async () => {
    const old = await hashPassword('an older password here', 2 ** 11);
    expect(old.startsWith('scrypt$2048$')).toBe(true);
    expect(await verifyPassword('an older password here', old)).toBe(true);
  });

  it('treats hashes it cannot read, or with absurd costs, as a wrong password', async () => {
    for (const stored of ['', 'plain', 'bcrypt$2b$10$abc', 'scrypt$x$8$1$AAAA$AAAA', 'scrypt$1073741824$8$1$AAAA$AAAA', 'scrypt$1024$8$1$$']) {
      expect(await verifyPassword('whatever it is', stored), stored).toBe(false);
    }
  });

  it('spends a hash check when there is no account, and says no', async () => {
    expect(await verifyAgainstNothing('any password at all', LOW)).toBe(false);
  });
});
