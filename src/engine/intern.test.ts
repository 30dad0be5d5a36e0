import { describe, expect, it } from 'vitest';
import { Interner } from './intern.js';

describe('Interner', () => {
  it('builds once per key, shares the frozen value, and tells keys apart', () => {
    const table = new Interner<{ n: number[] }>();
    let built = 0;
    const make = (n: number) => () => ({ n: [n, built++] });
    const a = table.get([1, 2, 3], make(1));
    expect(table.get([1, 2, 3], make(99))).toBe(a);
    expect(Object.isFrozen(a) && Object.isFrozen(a.n)).toBe(true);
    expect(table.get([1, 2], make(2))).not.toBe(a);
    expect(table.get([3, 2, 1], make(3))).not.toBe(a);
    expect(table.get([], make(4)).n[0]).toBe(4);
    expect(built).toBe(4);
  });

  it('keeps a copy of the key, so the caller may reuse its array', () => {
    const table = new Interner<string>();
    const key = [7, 8];
    table.get(key, () => 'first');
    key[1] = 9;
    expect(table.get([7, 8], () => 'again')).toBe('first');
    expect(table.get([7, 9], () => 'second')).toBe('second');
  });

  it('starts afresh past its bound', () => {
    const table = new Interner<number>(3);
    for (let i = 0; i < 3; i++) table.get([i], () => i);
    table.get([3], () => 3);
    expect(table.get([0], () => -1)).toBe(-1);
  });
});
