/**
 * Password hashing with scrypt from node:crypto: memory-hard, a 16-byte random salt per password,
 * and the parameters stored beside the hash so the cost can rise later without breaking old
 * hashes. Format: `scrypt$<N>$<r>$<p>$<salt base64>$<hash base64>`.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** Production cost: N = 2^15, r = 8, p = 1 (32 MiB a hash). Tests may go lower, never production. */
export const DEFAULT_SCRYPT_COST = 2 ** 15;
const BLOCK_SIZE = 8;
const PARALLELISM = 1;
const KEY_LENGTH = 64;
const SALT_LENGTH = 16;

function derive(password: string, salt: Buffer, N: number, r: number, p: number): Promise<Buffer> {
  // scrypt needs 128 * N * r bytes; node's default maxmem (32 MiB) is exactly N = 2^15's need,
  // so raise it with headroom.
  const options: ScryptOptions = { N, r, p, maxmem: 256 * N * r + 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export async function hashPassword(password: string, cost = DEFAULT_SCRYPT_COST): Promise<string> {
  if (!Number.isInteger(Math.log2(cost)) || cost < 2) throw new RangeError('the scrypt cost must be a power of two');
  const salt = randomBytes(SALT_LENGTH);
  const key = await derive(password, salt, cost, BLOCK_SIZE, PARALLELISM);
  return ['scrypt', cost, BLOCK_SIZE, PARALLELISM, salt.toString('base64'), key.toString('base64')].join('$');
}

const MAX_STORED_COST = 2 ** 20;

/** false for a wrong password and for a hash this code cannot read. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const N = Number(n);
  const R = Number(r);
  const P = Number(p);
  if (![N, R, P].every(Number.isSafeInteger) || N < 2 || N > MAX_STORED_COST || R < 1 || R > 32 || P < 1 || P > 16) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await derive(password, Buffer.from(salt, 'base64'), N, R, P);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

const dummies = new Map<number, Promise<string>>();

/**
 * Spends the same time as a real check when there is no such account, so response times do not
 * tell which emails have one. The dummy hash is made once per cost.
 */
export async function verifyAgainstNothing(password: string, cost = DEFAULT_SCRYPT_COST): Promise<false> {
  let dummy = dummies.get(cost);
  if (!dummy) dummies.set(cost, (dummy = hashPassword('not a password of anyone', cost)));
  await verifyPassword(password, await dummy);
  return false;
}
