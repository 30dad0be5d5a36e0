import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { RECOVERY_PHASES, type RecoveryPhase } from '../schemas/assessment.js';
import { CHECKIN_RED_FLAG_IDS } from '../schemas/checkin.js';
import {
  CHECKIN_RED_FLAG_FLOOR, COMPLICATIONS, PROGRAMME_LAST_DAY, RECOVERY_MEASURES, RECOVERY_PHASES_INFO, RECOVERY_TIPS,
} from './recovery.js';
import { RED_FLAGS } from './red-flags.js';
import { SOURCES } from './sources.js';
import { urgencyRank } from './triage-levels.js';

const article = readFileSync(new URL('../../test/fixtures/knee-pain-and-sciatica.txt', import.meta.url), 'utf8');
const recoverySection = article.slice(article.indexOf('\nRecovery\n'), article.indexOf('\nConclusion\n'));

describe('recovery phases', () => {
  it('are the article phases, in order, with the schema ids', () => {
    expect(RECOVERY_PHASES_INFO.map((p) => p.id)).toEqual([...RECOVERY_PHASES]);
    expectTypeOf<(typeof RECOVERY_PHASES_INFO)[number]['id']>().toEqualTypeOf<RecoveryPhase>();
    expect(RECOVERY_PHASES_INFO.map((p) => p.articleTitle)).toEqual(['Acute Phase', 'Subacute Phase', 'Rehabilitation Phase']);
  });

  it("quote the article's heading, timeline and sentence word for word", () => {
    for (const p of RECOVERY_PHASES_INFO) {
      expect(recoverySection).toContain(`- ${p.articleTitle} (${p.articleTimeline}): ${p.articleText}`);
    }
  });

  it('cover day 0 to the end of the 3-month programme without gap or overlap', () => {
    let next = 0;
    for (const p of RECOVERY_PHASES_INFO) {
      expect(p.firstDay).toBe(next);
      expect(p.lastDay).toBeGreaterThan(p.firstDay);
      next = p.lastDay + 1;
    }
    expect(next - 1).toBe(PROGRAMME_LAST_DAY);
    expect(RECOVERY_PHASES_INFO.map((p) => [p.firstDay, p.lastDay])).toEqual([[0, 14], [15, 42], [43, 90]]);
  });

  it('say they are a programme, not the guideline definitions of acute and subacute back pain', () => {
    for (const p of RECOVERY_PHASES_INFO) {
      expect(p.note).toMatch(/programme/);
      expect(p.note).toMatch(/not the guideline definitions/);
      expect(p.sources).toContain('article');
    }
  });
});

describe('complications and tips', () => {
  it("name the article's three complications in its words", () => {
    expect(COMPLICATIONS).toHaveLength(3);
    for (const c of COMPLICATIONS) {
      expect(recoverySection).toContain(`- ${c.articleTitle}.`);
      expect(c.text.length).toBeGreaterThan(20);
      expect(c.whatToDo.length).toBeGreaterThan(20);
      expect(c.detection.length).toBeGreaterThan(20);
      expect(c.sources).toContain('article');
    }
  });

  it("quote the article's five tips, heading and sentence", () => {
    expect(RECOVERY_TIPS.map((t) => t.articleTitle)).toEqual([
      'Follow a Structured Rehabilitation Program', 'Stay Active', 'Practice Good Posture', 'Incorporate Stretching', 'Listen to Your Body',
    ]);
    for (const t of RECOVERY_TIPS) {
      expect(recoverySection).toContain(`- ${t.articleTitle}: ${t.articleText}`);
      expect(t.phases.length).toBeGreaterThan(0);
    }
  });

  it('answer only complications that exist, and every complication has a tip that answers it', () => {
    const ids = new Set(COMPLICATIONS.map((c) => c.id));
    for (const t of RECOVERY_TIPS) for (const c of t.answers) expect(ids.has(c)).toBe(true);
    for (const c of COMPLICATIONS) expect(RECOVERY_TIPS.some((t) => (t.answers as readonly string[]).includes(c.id))).toBe(true);
  });
});

describe('measures', () => {
  it('use 2 points or 30% for pain (Farrar 2001, Ostelo 2008)', () => {
    for (const m of RECOVERY_MEASURES.filter((x) => x.id.endsWith('_pain'))) {
      expect(m).toMatchObject({ importantPoints: 2, importantPercent: 30, higherIsBetter: false, min: 0, max: 10 });
      expect(m.sources).toEqual(['farrar_2001', 'ostelo_2008']);
    }
  });
});

describe('check-in red-flag floors', () => {
  it('cover every red-flag question of the check-in', () => {
    expect(Object.keys(CHECKIN_RED_FLAG_FLOOR).sort()).toEqual([...CHECKIN_RED_FLAG_IDS].sort());
  });

  it('are never below the minimum level of the red flag they point to, and say what to do', () => {
    for (const floor of Object.values(CHECKIN_RED_FLAG_FLOOR)) {
      if (floor.redFlag) expect(urgencyRank(floor.level)).toBeLessThanOrEqual(urgencyRank(RED_FLAGS[floor.redFlag].minimumLevel));
      else expect([floor.title, floor.explanation, floor.whatToDo].every((s) => typeof s === 'string' && s.length > 0)).toBe(true);
      expect(floor.sources.length).toBeGreaterThan(0);
    }
  });
});

describe('sources', () => {
  it('exist for every phase, complication, tip, measure and floor', () => {
    const all = [
      ...RECOVERY_PHASES_INFO, ...COMPLICATIONS, ...RECOVERY_TIPS, ...RECOVERY_MEASURES, ...Object.values(CHECKIN_RED_FLAG_FLOOR),
    ].flatMap((x) => x.sources);
    for (const s of all) expect(SOURCES[s], s).toBeDefined();
  });
});
