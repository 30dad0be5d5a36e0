/**
 * The interview played on every vignette set in the repository, each case answering its own
 * questions: it never ends less urgent than the whole case, raises every red flag the whole case
 * raises, and stays short (median 15 screens or fewer, none over 25). The start page's figure
 * (TYPICAL_SCREENS) is held to what is measured here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TYPICAL_SCREENS } from '../knowledge/interview-length.js';
import type { Case } from '../schemas/case.js';
import { simulateInterview, spread } from './interview-simulation.js';

const TEST = join(import.meta.dirname, '../../test');
const SETS = readdirSync(TEST).filter((d) => /^vignettes(-[a-z]+)?$/.test(d));
const runs = SETS.flatMap((set) =>
  readdirSync(join(TEST, set))
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ name: `${set}/${f}`, r: simulateInterview(JSON.parse(readFileSync(join(TEST, set, f), 'utf8')) as Case) })),
);

describe('the interview on every vignette set', () => {
  it('covers the four sets', () => expect(SETS.length).toBeGreaterThanOrEqual(4));

  it('never ends less urgent than the whole case, and raises every red flag it raises', () => {
    const misses = runs.filter(({ r }) => r.underTriaged || r.missedRedFlags.length > 0);
    expect(misses.map(({ name, r }) => `${name}: ${r.level} ${r.redFlags} against ${r.fullLevel} ${r.fullRedFlags}`)).toEqual([]);
  });

  it('asks few screens: median 15 or fewer, none over 25', () => {
    const s = spread(runs.map(({ r }) => r.screens));
    expect(s.median).toBeLessThanOrEqual(15);
    expect(s.max).toBeLessThanOrEqual(25);
  });

  it('says on the start page what it measures here', () => {
    const s = spread(runs.map(({ r }) => r.screens));
    expect({ median: s.median, p90: s.p90 }).toEqual(TYPICAL_SCREENS);
  });

  it('interrupts an emergency or same-day case before its questions run out', () => {
    const interrupted = runs.filter(({ r }) => r.interruptedAt !== undefined);
    expect(interrupted.length).toBeGreaterThan(50);
    for (const { name, r } of interrupted) expect(r.interruptedAt!, name).toBeLessThan(r.screens + 1);
  });
});

describe('spread', () => {
  it('gives median, 90th percentile and maximum', () => {
    expect(spread([5, 1, 3, 2, 4])).toEqual({ median: 3, p90: 5, max: 5 });
    expect(spread([])).toEqual({ median: 0, p90: 0, max: 0 });
  });
});
