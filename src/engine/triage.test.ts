import { describe, expect, it } from 'vitest';
import { TRIAGE_RULES } from '../knowledge/triage-rules.js';
import { RED_FLAGS, RED_FLAG_IDS } from '../knowledge/red-flags.js';
import { SOURCES } from '../knowledge/sources.js';
import { condEvidence } from '../knowledge/conditions.js';
import { urgencyRank } from '../knowledge/triage-levels.js';
import { fireRules, redFlagsFrom, triageFrom } from './triage.js';
import { toView } from './conditions.js';
import { witnesses } from './__fixtures__/witness.js';
import type { Case } from '../schemas/case.js';

const run = (c: Case) => {
  const fired = fireRules(toView(c));
  return { fired, triage: triageFrom(fired), redFlags: redFlagsFrom(fired) };
};

describe('every triage rule', () => {
  for (const rule of TRIAGE_RULES) {
    it(`${rule.id} fires on each of its alternatives and sets at least ${rule.level}`, () => {
      for (const c of witnesses(rule.when)) {
        const { fired, triage, redFlags } = run(c);
        expect(fired.map((f) => f.rule.id), JSON.stringify(c)).toContain(rule.id);
        expect(urgencyRank(triage.level)).toBeLessThanOrEqual(urgencyRank(rule.level));
        if (rule.redFlag) expect(redFlags.map((r) => r.id)).toContain(rule.redFlag);
      }
    });

    it(`${rule.id} stops firing when its evidence is answered no`, () => {
      for (const c of witnesses(rule.when)) {
        const ids = condEvidence(rule.when).filter((id) => c.evidence?.[id] === true);
        if (ids.length === 0) continue;
        const denied: Case = { ...c, evidence: { ...c.evidence, ...Object.fromEntries(ids.map((id) => [id, false])) } };
        expect(run(denied).fired.map((f) => f.rule.id)).not.toContain(rule.id);
      }
    });

    it(`${rule.id} cites existing sources and explains itself`, () => {
      expect(rule.sources.length).toBeGreaterThan(0);
      for (const s of rule.sources) expect(SOURCES[s], s).toBeDefined();
      expect(rule.reason.length).toBeGreaterThan(20);
    });
  }

  it('gives every red flag of the contract at least one rule, none below its minimum level', () => {
    for (const id of RED_FLAG_IDS) {
      const rules = TRIAGE_RULES.filter((r) => r.redFlag === id);
      expect(rules.length, id).toBeGreaterThan(0);
      for (const r of rules) expect(urgencyRank(r.level), r.id).toBeLessThanOrEqual(urgencyRank(RED_FLAGS[id].minimumLevel));
    }
  });

  it('every rule cites existing sources and gives its reason in plain words', () => {
    for (const rule of TRIAGE_RULES) {
      expect(rule.sources.length, rule.id).toBeGreaterThan(0);
      for (const s of rule.sources) expect(SOURCES[s], `${rule.id}: ${s}`).toBeDefined();
      expect(rule.reason, rule.id).toMatch(/^[A-Z].{20,}\.$/s);
    }
  });

  it('has unique rule ids', () => {
    expect(new Set(TRIAGE_RULES.map((r) => r.id)).size).toBe(TRIAGE_RULES.length);
  });
});

describe('triage in clinical pictures', () => {
  const level = (c: Partial<Case> & { evidence: Case['evidence'] }) => run({ age: 40, ...c } as Case).triage.level;

  it('self care while a short episode settles, as NHS self-care advice says (Amendment 1)', () => {
    expect(level({ durationDays: 2, course: 'improving', evidence: { knee_pain: true } })).toBe('self_care');
    expect(level({ durationDays: 2, pain: { knee: 2 }, course: 'stable', evidence: { knee_pain: true } })).toBe('self_care');
    // NHS back pain: home care unless it "does not start to improve within a few weeks", is very severe or gets worse.
    expect(level({ durationDays: 2, course: 'stable', pain: { knee: 6 }, evidence: { knee_pain: true } })).toBe('self_care');
    expect(level({ durationDays: 10, course: 'improving', evidence: { low_back_pain: true } })).toBe('self_care');
    expect(level({ durationDays: 20, course: 'improving', evidence: { low_back_pain: true } })).toBe('self_care');
    expect(level({ durationDays: 14, course: 'stable', evidence: { knee_pain: true } })).toBe('self_care');
  });

  it('book an appointment when it is not settling: worse, very severe, weeks without improving, or duration unknown', () => {
    expect(level({ durationDays: 2, course: 'stable', pain: { knee: 7 }, evidence: { knee_pain: true } })).toBe('consultation');
    expect(level({ durationDays: 2, course: 'worsening', pain: { knee: 2 }, evidence: { knee_pain: true } })).toBe('consultation');
    expect(level({ durationDays: 15, course: 'stable', evidence: { knee_pain: true } })).toBe('consultation');
    expect(level({ durationDays: 15, evidence: { knee_pain: true } })).toBe('consultation');
    expect(level({ durationDays: 22, course: 'improving', evidence: { knee_pain: true } })).toBe('consultation');
    expect(level({ course: 'improving', evidence: { knee_pain: true } })).toBe('consultation');
  });

  it('sciatica and minor injuries: home care only while short and clearly improving (NHS sciatica)', () => {
    const sciatica = { low_back_pain: true, leg_pain_below_knee: true };
    expect(level({ durationDays: 7, course: 'improving', pain: { leg: 5 }, evidence: sciatica })).toBe('self_care');
    expect(level({ durationDays: 7, course: 'stable', pain: { leg: 5 }, evidence: sciatica })).toBe('consultation');
    expect(level({ durationDays: 15, course: 'improving', pain: { leg: 5 }, evidence: sciatica })).toBe('consultation');
    expect(level({ durationDays: 7, course: 'improving', pain: { leg: 7 }, evidence: sciatica })).toBe('consultation');
    // Numbness or weakness always needs an assessment.
    expect(level({ durationDays: 7, course: 'improving', evidence: { ...sciatica, numbness_tingling: true } })).toBe('consultation');
    const knock = { knee_pain: true, recent_knee_injury: true };
    expect(level({ durationDays: 3, course: 'improving', pain: { knee: 3 }, evidence: knock })).toBe('self_care');
    expect(level({ durationDays: 3, course: 'stable', pain: { knee: 3 }, evidence: knock })).toBe('consultation');
    expect(level({ durationDays: 3, course: 'improving', pain: { knee: 3 }, evidence: { ...knock, injury_pop: true } })).toBe('consultation');
  });

  it('Ottawa age applies to injuries of the last week only', () => {
    expect(level({ age: 60, durationDays: 2, evidence: { knee_pain: true, recent_knee_injury: true } })).toBe('consultation_24');
    expect(level({ age: 60, durationDays: 20, evidence: { knee_pain: true, recent_knee_injury: true } })).toBe('consultation');
    expect(level({ age: 30, durationDays: 20, evidence: { knee_pain: true, recent_knee_injury: true, fibular_head_tenderness: true } })).toBe('consultation_24');
  });

  it('a hot knee denied swelling is still seen today, without the septic flag', () => {
    const r = run({ age: 50, evidence: { knee_pain: true, knee_hot_red: true, knee_swelling: false } });
    expect(r.triage.level).toBe('consultation_24');
    expect(r.redFlags.map((f) => f.id)).not.toContain('septic_arthritis');
  });

  it('bladder change without back or leg pain is not called cauda equina but is still seen', () => {
    const r = run({ age: 50, durationDays: 2, course: 'improving', evidence: { knee_pain: true, bladder_change: true } });
    expect(r.redFlags).toHaveLength(0);
    expect(r.triage.level).toBe('consultation');
  });

  it('names each red flag with the answers that raised it, most urgent first', () => {
    const r = run({ age: 50, evidence: { low_back_pain: true, saddle_numbness: true, calf_swelling: true, chest_pain_or_breathless: true } });
    expect(r.triage.level).toBe('emergency_ambulance');
    expect(r.redFlags.map((f) => f.id)).toEqual(['pulmonary_embolism', 'cauda_equina_syndrome', 'deep_vein_thrombosis']);
    expect(r.redFlags[0]!.because).toEqual(expect.arrayContaining(['chest_pain_or_breathless', 'calf_swelling']));
    expect(r.redFlags[1]!.because).toEqual(expect.arrayContaining(['low_back_pain', 'saddle_numbness']));
  });
});

describe('because', () => {
  it('names each evidence id once per rule and per red flag', () => {
    const r = run({ age: 70, evidence: { knee_pain: true, knee_replacement: true, knee_hot_red: true, knee_swelling: true, fever: true } });
    for (const f of r.fired) expect(new Set(f.because).size).toBe(f.because.length);
    for (const f of r.redFlags) expect(new Set(f.because).size).toBe(f.because.length);
  });
});
