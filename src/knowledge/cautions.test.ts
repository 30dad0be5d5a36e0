import { describe, expect, it } from 'vitest';
import { CAUTIONS, CAUTION_IDS_BY_OPTION } from './cautions.js';
import { TREATMENT_OPTION_IDS } from './treatments.js';
import { SOURCES } from './sources.js';
import { isEvidenceId } from './evidence.js';
import { RED_FLAG_IDS } from './red-flags.js';
import { CAUTION_SEVERITIES } from '../schemas/assessment.js';

describe('the cautions', () => {
  it('have unique ids, a known severity, plain text and at least one existing source', () => {
    const ids = CAUTIONS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of CAUTIONS) {
      expect(CAUTION_SEVERITIES, c.id).toContain(c.severity);
      expect(c.text.length, c.id).toBeGreaterThan(20);
      expect(c.text, c.id).not.toMatch(/\byou have\b/i);
      expect(c.sources.length, c.id).toBeGreaterThan(0);
      for (const s of c.sources) expect(SOURCES[s], `${c.id} cites ${s}`).toBeDefined();
    }
  });

  it('apply to known options and test known evidence and red flags', () => {
    for (const c of CAUTIONS) {
      expect(c.appliesTo.length, c.id).toBeGreaterThan(0);
      for (const o of c.appliesTo) expect(TREATMENT_OPTION_IDS, c.id).toContain(o);
      for (const e of [...(c.when.anyOf ?? []), ...(c.when.allOf ?? [])]) expect(isEvidenceId(e), `${c.id} ${e}`).toBe(true);
      const rf = c.when.redFlags;
      if (rf !== undefined && rf !== 'any') for (const r of rf) expect(RED_FLAG_IDS, c.id).toContain(r);
    }
  });

  it('each have a condition that can trigger (evidence, age or a red flag), not only a duration', () => {
    for (const c of CAUTIONS) {
      const w = c.when;
      const triggers = (w.anyOf?.length ?? 0) + (w.allOf?.length ?? 0) + (w.minAge !== undefined ? 1 : 0) + (w.redFlags !== undefined ? 1 : 0);
      expect(triggers, c.id).toBeGreaterThan(0);
    }
  });

  it('are indexed by option both ways', () => {
    for (const o of TREATMENT_OPTION_IDS) {
      expect(CAUTION_IDS_BY_OPTION[o]).toEqual(CAUTIONS.filter((c) => (c.appliesTo as readonly string[]).includes(o)).map((c) => c.id));
    }
  });
});
