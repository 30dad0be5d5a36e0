/** The contract's development vignettes (test/vignettes) as valid cases, `expected` dropped. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCase } from '../../engine/validate.js';
import type { Case } from '../../schemas/case.js';

const DIR = join(import.meta.dirname, '../../../test/vignettes');

export interface DevVignette {
  name: string;
  case: Case;
}

export function devVignettes(): DevVignette[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: f.replace(/\.json$/, ''), case: parseCase(JSON.parse(readFileSync(join(DIR, f), 'utf8'))) }));
}

export function devVignette(prefix: string): Case {
  const found = devVignettes().find((v) => v.name.startsWith(prefix));
  if (!found) throw new Error(`no development vignette ${prefix}`);
  return found.case;
}
