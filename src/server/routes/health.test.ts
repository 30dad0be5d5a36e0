import { expect, it } from 'vitest';
import { openTempStore } from '../../../test/support/databases.js';
import { buildApp } from '../app.js';
import { describeApi, testAppOptions } from '../__fixtures__/test-app.js';

describeApi('health', (t) => {
  it('is 200 when the database answers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: 'ok' });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('is 503 when the database does not (its store closed)', async () => {
    const temp = await openTempStore(t.dialect);
    const app = await buildApp(testAppOptions(temp.store));
    try {
      await temp.store.close();
      const res = await app.inject({ method: 'GET', url: '/healthz' });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toEqual({ status: 'unavailable', database: 'unreachable' });
    } finally {
      await app.close();
      await temp.close();
    }
  });
});
