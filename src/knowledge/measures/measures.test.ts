/**
 * The measures as data: complete, sourced, each item's wording where the data says it was read,
 * and the LOINC words the same as the shown words (apart from Keele's typographic apostrophes).
 */
import { describe, expect, it } from 'vitest';
import { SOURCES } from '../sources.js';
import { isMeasureId, MEASURE_IDS, MEASURE_LIST, MEASURES, NPRS, PSFS, ROLAND_MORRIS, START_BACK } from './index.js';

const URL_RE = /^https?:\/\/\S+$/;

describe('validated measures', () => {
  it('lists each instrument once, under its own id', () => {
    expect(MEASURE_LIST.map((m) => m.id)).toEqual([...MEASURE_IDS]);
    for (const id of MEASURE_IDS) expect(MEASURES[id].id).toBe(id);
    expect(isMeasureId('psfs')).toBe(true);
    expect(isMeasureId('koos-12')).toBe(false);
  });

  it.each(MEASURE_LIST.map((m) => [m.id, m] as const))('%s is complete and sourced', (_id, m) => {
    for (const id of m.sources) expect(SOURCES[id], id).toBeDefined();
    for (const id of m.change?.sources ?? []) expect(m.sources, `change source ${id}`).toContain(id);
    expect(m.scales.map((s) => s.id)).toContain(m.primaryScale);
    for (const s of m.scales) expect(s.min).toBeLessThan(s.max);
    for (const text of [m.title, m.purpose, m.instructions, m.scoring, m.missingItems, m.licence.holder, m.licence.terms, m.licence.attribution, m.licence.allows]) {
      expect(text.trim().length).toBeGreaterThan(0);
    }
    expect(m.licence.url).toMatch(URL_RE);
    expect(m.wording.url).toMatch(URL_RE);
    for (const u of m.wording.checkedAgainst) expect(u).toMatch(URL_RE);
    if ('items' in m) {
      const ids = m.items.map((i) => i.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(m.items.map((i) => i.number)).toEqual(m.items.map((_, i) => i + 1));
      for (const item of m.items) expect(item.text.trim()).toBe(item.text);
    }
  });

  it('holds the nine STarT Back items with LOINC 91340-0 to 91348-3, their LOINC words matching', () => {
    expect(START_BACK.items).toHaveLength(9);
    expect(START_BACK.items.map((i) => i.loinc?.code)).toEqual(['91340-0', '91341-8', '91342-6', '91343-4', '91344-2', '91345-9', '91346-7', '91347-5', '91348-3']);
    for (const item of START_BACK.items) expect(item.loinc?.display).toBe(item.text.replaceAll('’', "'"));
    for (const id of START_BACK.distressItems) expect(START_BACK.items.map((i) => i.id)).toContain(id);
    expect(START_BACK.items.slice(0, 8).every((i) => i.options.map((o) => o.display).join('/') === 'Disagree/Agree')).toBe(true);
    expect(START_BACK.items[8]?.options.map((o) => `${o.display}=${o.score}`)).toEqual(['Not at all=0', 'Slightly=0', 'Moderately=0', 'Very much=1', 'Extremely=1']);
    expect(START_BACK.riskGroups.map((g) => g.loinc.code)).toEqual(['LA9194-7', 'LA8982-6', 'LA9193-9']);
    expect(START_BACK.change).toBeNull();
  });

  it('holds the 24 Roland-Morris statements, each about the back, and the PSFS anchors', () => {
    expect(ROLAND_MORRIS.items).toHaveLength(24);
    for (const s of ROLAND_MORRIS.items) expect(s.text).toMatch(/back/);
    expect(ROLAND_MORRIS.change).toMatchObject({ kind: 'mcid', points: 5, percent: 30, sources: ['ostelo_2008'] });
    expect(PSFS.ratingAnchors).toEqual({ 0: 'Unable to perform activity', 10: 'Able to perform activity at the same level as before injury or problem' });
    expect(PSFS.change).toMatchObject({ kind: 'mdc', points: 2 });
  });

  it('asks NPRS in the words of the intake, with its 2 points or 30%', () => {
    expect(NPRS.items.map((i) => i.id)).toEqual(['pain.knee', 'pain.leg', 'pain.back']);
    expect(NPRS.items.every((i) => i.loinc?.code === '72514-3')).toBe(true);
    expect(NPRS.change).toMatchObject({ kind: 'mcid', points: 2, percent: 30, sources: ['farrar_2001', 'ostelo_2008'] });
  });
});

describe('docs/measures.md', () => {
  it('shows every instrument with its licence terms and its attribution, word for word as the data has them', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync(new URL('../../../docs/measures.md', import.meta.url), 'utf8');
    for (const m of MEASURE_LIST) {
      expect(doc, m.id).toContain(`**${m.title}**`);
      expect(doc, m.id).toContain(m.licence.attribution.replace(/\.$/, ''));
    }
    expect(doc).toContain(START_BACK.licence.terms.split('"')[1] ?? 'missing');
  });
});
