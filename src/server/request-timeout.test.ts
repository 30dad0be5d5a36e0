/**
 * A client that sends its headers or its body slowly (or never finishes) does not hold a
 * connection for ever: after the request timeout it gets 408 in the error shape and the
 * connection is closed.
 */
import net from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTempStore, type TempStore } from '../../test/support/databases.js';
import { buildApp } from './app.js';
import { testAppOptions } from './__fixtures__/test-app.js';

/** Writes `parts` to a raw socket and collects everything the server sends until it closes (or 6 s pass). */
function slowClient(port: number, parts: string[]): Promise<{ answer: string; closed: boolean; ms: number }> {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    const done = (closed: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      resolve({ answer, closed, ms: Date.now() - started });
    };
    const timer = setTimeout(() => done(false), 6000);
    socket.setEncoding('utf8').on('data', (chunk: string) => (answer += chunk));
    socket.on('close', () => done(true));
    socket.on('error', () => {});
    socket.on('connect', () => {
      for (const part of parts) socket.write(part);
    });
  });
}

describe('request timeouts', () => {
  let temp: TempStore;
  let app: FastifyInstance;
  let port: number;
  beforeAll(async () => {
    temp = await openTempStore('sqlite');
    app = await buildApp(testAppOptions(temp.store, { requestTimeoutMs: 1000 }));
    await app.listen({ host: '127.0.0.1', port: 0 });
    port = (app.server.address() as net.AddressInfo).port;
  });
  afterAll(async () => {
    await app.close();
    await temp.close();
  });

  it('answers 408 to a body that stops arriving, and closes the connection', async () => {
    const { answer, closed, ms } = await slowClient(port, [
      'POST /api/v1/assessments HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n',
      '{"age": 4',
    ]);
    expect(closed).toBe(true);
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toEqual({ error: { code: 'timeout', message: expect.any(String) } });
    expect(ms).toBeLessThan(5000);
  });

  it('answers 408 to headers that never end', async () => {
    const { answer, closed } = await slowClient(port, ['GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: 1\r\n']);
    expect(closed).toBe(true);
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('still serves a request that arrives in time', async () => {
    expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
  });
});
