import { describe, expect, it } from 'vitest';
import { ARTICLE_TREATMENTS, ARTICLE_TREATMENT_IDS, OPTIONS_BY_ARTICLE_TREATMENT, TREATMENT_OPTIONS } from './treatments.js';
import { PATTERN_IDS } from './patterns.js';
import { SOURCES } from './sources.js';
import { isEvidenceId } from './evidence.js';
import { TREATMENT_CATEGORIES, VERDICTS } from '../schemas/assessment.js';

describe('the article treatments', () => {
  it('are the eleven of the article under its three headings, numbered in order', () => {
    expect(ARTICLE_TREATMENTS).toHaveLength(11);
    const byHeading = new Map<string, number[]>();
    for (const t of ARTICLE_TREATMENTS) byHeading.set(t.articleHeading, [...(byHeading.get(t.articleHeading) ?? []), t.articleNumber]);
    expect([...byHeading.entries()]).toEqual([
      ['Conventional Treatments', [1, 2, 3, 4]],
      ['Alternative Therapies', [1, 2, 3]],
      ['Home Remedies', [1, 2, 3, 4]],
    ]);
    expect(ARTICLE_TREATMENTS.map((t) => t.category)).toEqual([...Array(4).fill('conventional'), ...Array(3).fill('alternative'), ...Array(4).fill('home')]);
  });
});

describe('the treatment options', () => {
  it('have unique ids and follow the article order', () => {
    const ids = TREATMENT_OPTIONS.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    const order = TREATMENT_OPTIONS.map((o) => ARTICLE_TREATMENT_IDS.indexOf(o.articleTreatment));
    expect(order.every((v, i) => v >= 0 && (i === 0 || v >= order[i - 1]!))).toBe(true);
  });

  it('cover every article treatment with at least one option', () => {
    for (const a of ARTICLE_TREATMENT_IDS) expect(OPTIONS_BY_ARTICLE_TREATMENT[a].length, a).toBeGreaterThan(0);
    expect(Object.values(OPTIONS_BY_ARTICLE_TREATMENT).flat()).toHaveLength(TREATMENT_OPTIONS.length);
  });

  it('each carry plain text, known patterns and evidence, and at least one verdict rule', () => {
    for (const o of TREATMENT_OPTIONS) {
      expect(o.title.length, o.id).toBeGreaterThan(3);
      expect(o.description.length, o.id).toBeGreaterThan(20);
      expect(o.verdicts.length, o.id).toBeGreaterThan(0);
      expect(o.relevantTo.length, o.id).toBeGreaterThan(0);
      for (const p of o.relevantTo) expect(PATTERN_IDS, o.id).toContain(p);
      for (const e of o.relevantOnlyIf ?? []) expect(isEvidenceId(e), `${o.id} ${e}`).toBe(true);
      expect(TREATMENT_CATEGORIES).toContain(ARTICLE_TREATMENTS.find((a) => a.id === o.articleTreatment)!.category);
    }
  });

  it('give every verdict rule a known verdict, plain text and at least one existing source', () => {
    for (const o of TREATMENT_OPTIONS) {
      for (const rule of o.verdicts) {
        expect(VERDICTS, o.id).toContain(rule.verdict);
        expect(rule.text.length, o.id).toBeGreaterThan(20);
        expect(rule.sources.length, o.id).toBeGreaterThan(0);
        for (const s of rule.sources) expect(SOURCES[s], `${o.id} cites ${s}`).toBeDefined();
        if (rule.patterns !== 'any') {
          expect(rule.patterns.length, o.id).toBeGreaterThan(0);
          for (const p of rule.patterns) expect(PATTERN_IDS, o.id).toContain(p);
        }
      }
    }
  });

  it('follow every rule bounded by duration with an unbounded rule for the same pattern, so an unknown duration has a verdict', () => {
    for (const o of TREATMENT_OPTIONS) {
      o.verdicts.forEach((rule, i) => {
        if (rule.minDurationDays === undefined || rule.patterns === 'any') return;
        for (const p of rule.patterns) {
          const later = o.verdicts.slice(i + 1).some((r) => r.minDurationDays === undefined && (r.patterns === 'any' || r.patterns.includes(p)));
          expect(later, `${o.id} ${p}`).toBe(true);
        }
      });
    }
  });

  it('keep the fallback rule (patterns: any) last and single', () => {
    for (const o of TREATMENT_OPTIONS) {
      const anyAt = o.verdicts.map((r, i) => (r.patterns === 'any' ? i : -1)).filter((i) => i >= 0);
      expect(anyAt.length, o.id).toBeLessThanOrEqual(1);
      if (anyAt.length === 1) expect(anyAt[0], o.id).toBe(o.verdicts.length - 1);
    }
  });

  it('never use clinical wording that states a diagnosis', () => {
    for (const o of TREATMENT_OPTIONS) {
      for (const text of [o.description, ...o.verdicts.map((r) => r.text)]) expect(text, o.id).not.toMatch(/\byou have\b/i);
    }
  });
});
