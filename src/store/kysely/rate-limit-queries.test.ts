import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { openStore } from '../open-store.js';

const W1 = '2025-01-01T00:00:00.000Z';
const W2 = '2025-01-01T00:01:00.000Z';

describeEachDialect('rate limits', (t) => {
  it('counts hits per key and window', async () => {
    expect(await t.store.rateLimits.hit('login:1.2.3.4', W1)).toBe(1);
    expect(await t.store.rateLimits.hit('login:1.2.3.4', W1)).toBe(2);
    expect(await t.store.rateLimits.hit('login:5.6.7.8', W1)).toBe(1);
    expect(await t.store.rateLimits.hit('login:1.2.3.4', W2)).toBe(1);
  });

  it('50 concurrent hits, spread over two store instances, get the counts 1..50 each exactly once', async () => {
    const second = await openStore(t.options);
    try {
      const stores = [t.store, second];
      const counts = await Promise.all(Array.from({ length: 50 }, (_, i) => stores[i % 2]!.rateLimits.hit('burst', W1)));
      expect([...counts].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    } finally {
      await second.close();
    }
  });

  it('prune removes the windows that started before the cut-off and counts them', async () => {
    await t.store.rateLimits.hit('prune-a', '2024-12-31T23:58:00.000Z');
    await t.store.rateLimits.hit('prune-b', '2024-12-31T23:59:00.000Z');
    await t.store.rateLimits.hit('prune-c', W2);
    expect(await t.store.rateLimits.prune(W1)).toBe(2);
    expect(await t.store.rateLimits.prune(W1)).toBe(0);
    // The window that was kept still counts on.
    expect(await t.store.rateLimits.hit('prune-c', W2)).toBe(2);
    // A pruned window starts again from 1.
    expect(await t.store.rateLimits.hit('prune-a', '2024-12-31T23:58:00.000Z')).toBe(1);
  });
});
