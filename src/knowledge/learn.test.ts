import { describe, expect, it } from 'vitest';
import { LEARN_ANCHORS, LEARN_SECTIONS, type LearnRefKind } from './learn.js';
import { MECHANISMS, MECHANISM_IDS } from './mechanisms.js';
import { PATTERNS, PATTERN_IDS } from './patterns.js';
import { SYMPTOMS, SYMPTOM_BY_ID } from './symptoms.js';
import { DOCTOR_TRIGGERS, DOCTOR_TRIGGER_BY_ID } from './doctor-triggers.js';
import { RED_FLAGS, RED_FLAG_IDS } from './red-flags.js';
import { urgencyRank } from './triage-levels.js';
import { ARTICLE_TREATMENT_BY_ID, TREATMENT_OPTION_BY_ID, TREATMENT_OPTION_IDS } from './treatments.js';
import { COMPLICATIONS, COMPLICATION_BY_ID, RECOVERY_PHASES_INFO, RECOVERY_PHASE_BY_ID, RECOVERY_TIPS, RECOVERY_TIP_BY_ID } from './recovery.js';
import { SPECIALISTS } from './specialists.js';
import { SOURCES } from './sources.js';

const lookups: Record<LearnRefKind, Readonly<Record<string, unknown>>> = {
  mechanism: MECHANISMS, symptom: SYMPTOM_BY_ID, doctor_trigger: DOCTOR_TRIGGER_BY_ID, red_flag: RED_FLAGS,
  article_treatment: ARTICLE_TREATMENT_BY_ID, treatment_option: TREATMENT_OPTION_BY_ID, recovery_phase: RECOVERY_PHASE_BY_ID,
  complication: COMPLICATION_BY_ID, recovery_tip: RECOVERY_TIP_BY_ID, specialist: SPECIALISTS, pattern: PATTERNS,
};
const items = LEARN_SECTIONS.flatMap((s) => s.items.map((i) => ({ section: s.id, ...i })));
/** The knowledge items the items present (not the related ones). */
const refsOf = (kind: LearnRefKind) => items.flatMap((i) => (i.ref?.kind === kind ? [i.ref.id] : []));

describe('Learn sections', () => {
  it('have the stable, URL-safe ids in reading order', () => {
    expect(LEARN_SECTIONS.map((s) => s.id)).toEqual(['anatomy', 'causes', 'symptoms', 'when-to-see-a-doctor', 'treatments', 'recovery', 'next-steps']);
  });

  it('give every item a unique anchor inside its section', () => {
    for (const i of items) expect(i.anchor, i.title).toMatch(new RegExp(`^${i.section}#[a-z0-9]+(-[a-z0-9]+)*$`));
    expect(new Set(items.map((i) => i.anchor)).size).toBe(items.length);
  });

  it('resolve every link the knowledge base makes into Learn', () => {
    for (const p of PATTERN_IDS) expect(LEARN_ANCHORS.has(PATTERNS[p].learn), `${p} -> ${PATTERNS[p].learn}`).toBe(true);
    for (const s of SYMPTOMS) expect(LEARN_ANCHORS.has(s.anchor), s.id).toBe(true);
    for (const t of DOCTOR_TRIGGERS) expect(LEARN_ANCHORS.has(t.anchor), t.id).toBe(true);
  });

  it('refer only to knowledge items that exist', () => {
    for (const i of items) for (const r of [...(i.ref ? [i.ref] : []), ...i.related]) expect(lookups[r.kind][r.id], `${i.anchor} -> ${r.kind}:${r.id}`).toBeDefined();
  });

  it('cite existing sources on every item, and list them on the section', () => {
    for (const s of LEARN_SECTIONS) {
      for (const i of s.items) {
        expect(i.sources.length, i.anchor).toBeGreaterThan(0);
        for (const src of i.sources) {
          expect(SOURCES[src], `${i.anchor} cites ${src}`).toBeDefined();
          expect(s.sources).toContain(src);
        }
      }
    }
  });

  it('put the warning signs first on "When to see a doctor", the most urgent first', () => {
    const items = LEARN_SECTIONS.find((s) => s.id === 'when-to-see-a-doctor')!.items;
    const firstTrigger = items.findIndex((i) => i.ref?.kind === 'doctor_trigger');
    const flags = items.slice(0, firstTrigger);
    expect(flags.length).toBe(RED_FLAG_IDS.length);
    expect(flags.every((i) => i.ref?.kind === 'red_flag')).toBe(true);
    const ranks = flags.map((i) => urgencyRank(RED_FLAGS[i.ref!.id as keyof typeof RED_FLAGS].minimumLevel));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(RED_FLAGS[flags[0]!.ref!.id as keyof typeof RED_FLAGS].minimumLevel).toBe('emergency_ambulance');
  });

  it('speak calmly: never "you have"', () => {
    for (const s of LEARN_SECTIONS) {
      expect(s.summary).not.toMatch(/\byou have\b/i);
      for (const i of s.items) for (const text of [i.title, i.body, ...(i.points ?? [])]) expect(text, i.anchor).not.toMatch(/\byou have\b/i);
    }
  });

  it('show the seven causes from mechanisms.ts in the article order, without copying their text', () => {
    const causes = LEARN_SECTIONS.find((s) => s.id === 'causes')!.items;
    expect(causes.map((i) => i.ref!.id)).toEqual([...MECHANISM_IDS].sort((a, b) => MECHANISMS[a].articleNumber - MECHANISMS[b].articleNumber));
    for (const i of causes) {
      const m = MECHANISMS[i.ref!.id as keyof typeof MECHANISMS];
      expect(i.articleText).toBe(m.articleText);
      expect(i.body).toBe(m.explanation);
    }
  });

  it('present every symptom, trigger, red flag, treatment option, recovery phase, complication and tip', () => {
    expect(refsOf('symptom').sort()).toEqual(SYMPTOMS.map((s) => s.id).sort());
    expect(refsOf('doctor_trigger').sort()).toEqual(DOCTOR_TRIGGERS.map((t) => t.id).sort());
    expect([...refsOf('red_flag')].sort()).toEqual([...RED_FLAG_IDS].sort());
    expect(items.flatMap((i) => i.related.filter((r) => r.kind === 'treatment_option').map((r) => r.id))).toEqual(TREATMENT_OPTION_IDS);
    expect(refsOf('article_treatment')).toHaveLength(11);
    expect(refsOf('recovery_phase')).toEqual(RECOVERY_PHASES_INFO.map((p) => p.id));
    expect(refsOf('complication')).toEqual(COMPLICATIONS.map((c) => c.id));
    expect(refsOf('recovery_tip')).toEqual(RECOVERY_TIPS.map((t) => t.id));
  });
});
