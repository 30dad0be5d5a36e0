import { createRequire } from 'node:module';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../src/server/app.js';
import { openStore } from '../src/store/open-store.js';
const autocannon = createRequire(import.meta.url)('autocannon');
const vignette = JSON.parse(await readFile('test/vignettes/dev-01-acute-sciatica.json', 'utf8'));
delete vignette.expected;
const body = JSON.stringify(vignette);
const mk = async (skip: string[], logger: any = { level: 'info', stream: { write: () => {} } }) => {
  const store = await openStore({ dataDir: await mkdtemp(join(tmpdir(), 'ksnav-ab-')) });
  const app = await buildApp({ store, webRoot: null, logger, costLimits: { windowSeconds: 10, clientUnits: Number.MAX_SAFE_INTEGER, instanceUnits: Number.MAX_SAFE_INTEGER }, skip } as any);
  return (await app.listen({ host: '127.0.0.1', port: 0 })) + '/api/v1/assessments';
};
const full = await mk([]);
const variants: [string, string][] = [];
for (const v of (process.env.VARIANTS ?? '').split(' ')) variants.push([v, v === 'nolog' ? await mk([], false) : await mk(v.split(','))]);
const run = (url: string, d: number) => autocannon({ url, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections: 10, duration: d });
for (const [, u] of variants) await run(u, 1);
await run(full, 1);
for (const [name, u] of variants) {
  const r: number[] = [];
  for (let i = 0; i < 6; i++) { const a = await run(full, 1.5); const b = await run(u, 1.5); r.push(b.requests.total / a.requests.total); }
  r.sort((x, y) => x - y);
  console.log(name.padEnd(30), 'variant/full median', ((r[2]! + r[3]!) / 2).toFixed(3), r.map((x) => x.toFixed(2)).join(' '));
}
process.exit(0);
