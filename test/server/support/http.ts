/**
 * A raw HTTP/1.1 client over node:http for tests that must send what a browser never would
 * (broken JSON, wrong content types, oversize bodies) and read exactly what came back.
 */
import http from 'node:http';

export interface RawRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export function rawRequest(baseUrl: string, request: RawRequest, agent?: http.Agent): Promise<RawResponse> {
  const url = new URL(request.path, baseUrl);
  // Node sends a DELETE body neither chunked nor with a length unless told its length.
  const headers = request.body !== undefined && request.method === 'DELETE' && !request.headers?.['content-length']
    ? { ...request.headers, 'content-length': String(Buffer.byteLength(request.body)) }
    : request.headers;
  return new Promise((resolve, reject) => {
    const req = http.request(
      { method: request.method, hostname: url.hostname, port: url.port, path: url.pathname + url.search, headers, agent: agent ?? false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (request.body !== undefined) req.write(request.body);
    req.end();
  });
}

/** Runs `work` over the items, at most `limit` at a time, keeping the order of the results. */
export async function inPool<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const runners = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!, i);
    }
  });
  await Promise.all(runners);
  return results;
}
