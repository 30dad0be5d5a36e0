import { expect, it } from 'vitest';
import { KNOWLEDGE } from '../../knowledge/index.js';
import { describeApi } from '../__fixtures__/test-app.js';

describeApi('knowledge API', (t) => {
  it('serves the whole knowledge base, with an ETag that answers 304', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/knowledge' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.json()).toEqual(JSON.parse(JSON.stringify(KNOWLEDGE)));
    const etag = res.headers.etag as string;
    expect(etag).toMatch(/^".+"$/);
    const again = await t.app.inject({ method: 'GET', url: '/api/v1/knowledge', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });
});
