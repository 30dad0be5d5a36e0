/**
 * `npm run bench`: runs every bench/*.bench.ts in turn (the scale bench only when named:
 * `npm run bench -- scale`), each in its own process so one bench's heap and JIT state cannot
 * colour another's figures. Each prints its own table and ratio. `npm run bench -- api` runs one.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
/** Run only when named (`npm run bench -- scale`): it loads a million rows and needs HAProxy. */
const ON_REQUEST = ['scale.bench.ts'];
const benches = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => (only.length === 0 ? !ON_REQUEST.includes(f) : only.some((o) => f.startsWith(o))))
  .sort();

let failed = 0;
for (const file of benches) {
  console.log(`\n=== ${file} ===`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', join(here, file)], { stdio: 'inherit' });
  if (run.status !== 0) {
    failed++;
    console.error(`${file} failed with status ${run.status}`);
  }
}
process.exit(failed ? 1 : 0);
