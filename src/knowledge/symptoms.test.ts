import { describe, expect, it } from 'vitest';
import { SYMPTOMS } from './symptoms.js';
import { isEvidenceId } from './evidence.js';
import { SOURCES } from './sources.js';

describe('symptoms', () => {
  it('are the article\'s three common and three less common symptoms, in its order', () => {
    expect(SYMPTOMS.map((s) => s.frequency)).toEqual(['common', 'common', 'common', 'less_common', 'less_common', 'less_common']);
  });

  it('each name evidence ids that exist, a symptoms anchor and existing sources', () => {
    const anchors = new Set<string>();
    for (const s of SYMPTOMS) {
      expect(s.evidence.length, s.id).toBeGreaterThan(0);
      for (const e of s.evidence) expect(isEvidenceId(e), `${s.id} ${e}`).toBe(true);
      expect(s.anchor, s.id).toMatch(/^symptoms#[a-z0-9-]+$/);
      anchors.add(s.anchor);
      expect(s.sources, s.id).toContain('article');
      for (const src of s.sources) expect(SOURCES[src], src).toBeDefined();
      expect(s.explanation, s.id).not.toMatch(/\byou have\b/i);
    }
    expect(anchors.size).toBe(SYMPTOMS.length);
  });
});
