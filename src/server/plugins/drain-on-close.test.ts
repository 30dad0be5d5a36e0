import http from 'node:http';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { drainOnClosePlugin } from './drain-on-close.js';
import { errorsPlugin } from './errors.js';

function get(url: string, agent: http.Agent): Promise<{ status: number; connection: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    http.get(url, { agent }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (c: string) => (body += c)).on('end', () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, body }));
    }).on('error', reject);
  });
}

describe('drain on close', () => {
  it('ends each connection with its last answer, and turns a request arriving while closing away with 503', async () => {
    const app = Fastify({ return503OnClosing: false });
    await app.register(errorsPlugin);
    await app.register(drainOnClosePlugin);
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let slowStarted!: () => void;
    const started = new Promise<void>((r) => (slowStarted = r));
    app.get('/slow', async () => {
      slowStarted();
      await held;
      return { ok: true };
    });
    app.get('/fast', async () => ({ ok: true }));
    const idle = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const busy = new http.Agent({ keepAlive: true, maxSockets: 1 });
    let late: Awaited<ReturnType<typeof get>> | undefined;
    let url = '';
    // Registered after the plugin's, so it runs once the app counts as closing, before idle
    // connections are reaped: a request on the idle keep-alive connection arrives just then.
    app.addHook('preClose', async () => {
      late = await get(`${url}/fast`, idle);
    });
    url = await app.listen({ host: '127.0.0.1', port: 0 });

    const before = await get(`${url}/fast`, idle);
    expect(before).toMatchObject({ status: 200, connection: 'keep-alive' });
    const inFlight = get(`${url}/slow`, busy);
    await started;

    const closing = app.close();
    while (!late) await new Promise((r) => setImmediate(r));
    expect(late.status).toBe(503);
    expect(late.connection).toBe('close');
    expect(JSON.parse(late.body)).toEqual({ error: { code: 'unavailable', message: expect.any(String) } });

    release();
    expect(await inFlight).toMatchObject({ status: 200, connection: 'close' });
    await closing;
    idle.destroy();
    busy.destroy();
  });
});
