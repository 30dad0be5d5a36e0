import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { adviseTreatments } from './treatments.js';
import { TREATMENT_OPTIONS, TREATMENT_OPTION_IDS, type TreatmentOptionId } from '../knowledge/treatments.js';
import { CAUTIONS, type CautionInfo } from '../knowledge/cautions.js';
import { EVIDENCE_IDS, type EvidenceId } from '../knowledge/evidence.js';
import { PATTERN_IDS, type PatternId } from '../knowledge/patterns.js';
import { RED_FLAG_IDS, type RedFlagId } from '../knowledge/red-flags.js';
import { SOURCES } from '../knowledge/sources.js';
import { VERDICTS, SUITABILITIES, type TreatmentAdvice, type Verdict, type CautionSeverity } from '../schemas/assessment.js';
import type { Case, Evidence } from '../schemas/case.js';

function advise(c: Partial<Case>, patterns: readonly PatternId[] = [], redFlags: readonly RedFlagId[] = []): Map<string, TreatmentAdvice> {
  const list = adviseTreatments({ age: 40, ...c }, { patterns, redFlags });
  return new Map(list.map((a) => [a.id, a]));
}

const yes = (...ids: EvidenceId[]): Evidence => Object.fromEntries(ids.map((id) => [id, true]));

describe('adviseTreatments: every option, always', () => {
  it('returns every option once, in the article order, for an empty case and a full one', () => {
    const ids = TREATMENT_OPTIONS.map((o) => o.id);
    expect(adviseTreatments({ age: 30 }, { patterns: [], redFlags: [] }).map((a) => a.id)).toEqual(ids);
    const everything = Object.fromEntries(EVIDENCE_IDS.map((id) => [id, true])) as Evidence;
    const full = adviseTreatments({ age: 80, durationDays: 200, evidence: everything }, { patterns: [...PATTERN_IDS], redFlags: [...RED_FLAG_IDS] });
    expect(full.map((a) => a.id)).toEqual(ids);
  });

  it('keeps an option even when every applying caution says avoid', () => {
    const a = advise({ evidence: yes('takes_anticoagulant', 'nsaid_asthma_or_allergy', 'pregnant') }, ['knee_osteoarthritis']);
    expect(a.get('nsaid_oral')?.suitability).toBe('avoid');
    expect(a.get('nsaid_topical')?.suitability).toBe('avoid');
  });

  it('holds only schema values and existing sources', () => {
    fc.assert(
      fc.property(
        fc.subarray([...EVIDENCE_IDS]), fc.subarray([...PATTERN_IDS]), fc.subarray([...RED_FLAG_IDS]),
        fc.integer({ min: 0, max: 120 }), fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
        (ev, patterns, redFlags, age, durationDays) => {
          const out = adviseTreatments({ age, durationDays, evidence: yes(...ev) }, { patterns, redFlags });
          expect(out).toHaveLength(TREATMENT_OPTIONS.length);
          for (const a of out) {
            expect(VERDICTS).toContain(a.verdict);
            expect(SUITABILITIES).toContain(a.suitability);
            expect(a.sources.length).toBeGreaterThan(0);
            for (const s of [...a.sources, ...a.cautions.flatMap((c) => c.sources)]) expect(SOURCES[s]).toBeDefined();
            for (const c of a.cautions) for (const b of c.because) expect(ev).toContain(b);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never lowers a suitability when a yes answer is added (cautions only look for yes)', () => {
    const rank = { suitable: 0, ask_first: 1, avoid: 2 } as const;
    fc.assert(
      fc.property(fc.subarray([...EVIDENCE_IDS]), fc.constantFrom(...EVIDENCE_IDS), fc.subarray([...PATTERN_IDS]), (ev, extra, patterns) => {
        const before = adviseTreatments({ age: 50, evidence: yes(...ev) }, { patterns, redFlags: [] });
        const after = adviseTreatments({ age: 50, evidence: yes(...ev, extra) }, { patterns, redFlags: [] });
        before.forEach((b, i) => expect(rank[after[i]!.suitability]).toBeGreaterThanOrEqual(rank[b.suitability]));
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic, and no caller can change what another call gets', () => {
    const c: Case = { age: 70, evidence: yes('takes_anticoagulant', 'diabetes') };
    const first = adviseTreatments(c, { patterns: ['knee_osteoarthritis'], redFlags: [] });
    const second = adviseTreatments(c, { patterns: ['knee_osteoarthritis'], redFlags: [] });
    expect(second).toEqual(first);
    // Advice is shared and frozen all the way down: a write throws instead of leaking.
    expect(() => {
      first[0]!.title = 'changed';
    }).toThrow(TypeError);
    expect(() => first.find((a) => a.id === 'nsaid_oral')!.cautions[0]!.because.push('fever')).toThrow(TypeError);
    expect(() => first.pop()).toThrow(TypeError);
    expect(adviseTreatments(c, { patterns: ['knee_osteoarthritis'], redFlags: [] })).toEqual(second);
  });
});

describe('adviseTreatments: the verdict for this picture', () => {
  // GUIDELINES.md "Treatments the article lists, and what guidelines say", one row each, as
  // corrected by the guideline audit (docs/clinical/guideline-audit.md).
  const table: [TreatmentOptionId, PatternId | null, Verdict, string][] = [
    ['physiotherapy_exercise', 'knee_osteoarthritis', 'recommended', 'nice_ng226'],
    ['physiotherapy_exercise', 'lumbar_radiculopathy', 'consider', 'nice_ng59'],
    ['home_exercise', 'nonspecific_low_back_pain', 'consider', 'nice_ng59'],
    ['home_exercise', 'knee_osteoarthritis', 'recommended', 'nice_ng226'],
    ['nsaid_topical', 'knee_osteoarthritis', 'recommended', 'nice_ng226'],
    ['nsaid_oral', 'nonspecific_low_back_pain', 'consider', 'nice_ng59'],
    ['nsaid_oral', 'knee_osteoarthritis', 'recommended', 'nice_ng226'],
    ['nsaid_oral', 'lumbar_radiculopathy', 'no_verdict', 'nice_ng59'],
    ['paracetamol', 'nonspecific_low_back_pain', 'not_recommended', 'nice_ng59'],
    ['paracetamol', 'knee_osteoarthritis', 'not_recommended', 'nice_ng226'],
    ['sciatica_nerve_drugs', 'lumbar_radiculopathy', 'not_recommended', 'nice_ng59'],
    ['opioid_strong_or_long_term', 'nonspecific_low_back_pain', 'not_recommended', 'nice_ng59'],
    ['opioid_strong_or_long_term', 'knee_osteoarthritis', 'not_recommended', 'nice_ng226'],
    ['muscle_relaxant', 'nonspecific_low_back_pain', 'consider', 'acp_2017'],
    ['epidural_steroid_injection', 'lumbar_radiculopathy', 'no_verdict', 'nice_ng59'],
    ['knee_steroid_injection', 'knee_osteoarthritis', 'consider', 'nice_ng226'],
    ['knee_arthroscopy_degenerative', 'knee_osteoarthritis', 'not_recommended', 'bmj_rapid_rec_2017'],
    ['knee_replacement', 'knee_osteoarthritis', 'refer', 'nice_ng226'],
    ['spinal_decompression', 'lumbar_radiculopathy', 'consider', 'nice_ng59'],
    ['spinal_manipulation', 'nonspecific_low_back_pain', 'consider', 'nice_ng59'],
    ['massage', 'lumbar_radiculopathy', 'consider', 'nice_ng59'],
    ['acupuncture', 'nonspecific_low_back_pain', 'not_recommended', 'nice_ng59'],
    ['acupuncture', 'knee_osteoarthritis', 'not_recommended', 'nice_ng226'],
    ['heat', 'nonspecific_low_back_pain', 'consider', 'acp_2017'],
    ['ice', 'knee_osteoarthritis', 'no_verdict', 'nhs_knee_pain'],
    ['weight_loss', 'knee_osteoarthritis', 'recommended', 'nice_ng226'],
    ['bed_rest_back', 'lumbar_radiculopathy', 'not_recommended', 'nice_ng59'],
  ];
  it.each(table)('%s for %s: %s (%s)', (option, pattern, verdict, source) => {
    const a = advise({}, pattern ? [pattern] : []).get(option)!;
    expect(a.verdict).toBe(verdict);
    expect(a.sources).toContain(source);
  });

  it('takes the rule of the most likely pattern the option has a rule for', () => {
    const sciaticaFirst = advise({}, ['lumbar_radiculopathy', 'knee_osteoarthritis']);
    expect(sciaticaFirst.get('nsaid_oral')!.sources).toEqual(['nice_ng59', 'nhs_sciatica']);
    // The gel has no sciatica rule: the knee osteoarthritis rule applies.
    expect(sciaticaFirst.get('nsaid_topical')!.verdict).toBe('recommended');
    const kneeFirst = advise({}, ['knee_osteoarthritis', 'lumbar_radiculopathy']);
    expect(kneeFirst.get('nsaid_oral')!.sources).toEqual(['nice_ng226']);
  });

  it('falls back to the rule for any picture when no pattern has one', () => {
    expect(advise({}, []).get('nsaid_topical')!.verdict).toBe('no_verdict');
    expect(advise({}, ['peripheral_arterial_disease']).get('knee_replacement')!.verdict).toBe('no_verdict');
    expect(advise({}, ['patellofemoral_pain']).get('acupuncture')!.verdict).toBe('no_verdict');
  });

  it('splits a verdict by duration where the guideline does (opioids and chronic pain)', () => {
    const weak = (durationDays: number | undefined, p: PatternId) => advise({ durationDays }, [p]).get('opioid_weak_short_term')!.verdict;
    expect(weak(10, 'nonspecific_low_back_pain')).toBe('consider');
    expect(weak(83, 'nonspecific_low_back_pain')).toBe('consider');
    expect(weak(84, 'nonspecific_low_back_pain')).toBe('not_recommended');
    expect(weak(undefined, 'nonspecific_low_back_pain')).toBe('consider');
    expect(weak(10, 'lumbar_radiculopathy')).toBe('no_verdict');
    expect(weak(200, 'lumbar_radiculopathy')).toBe('not_recommended');
    expect(weak(200, 'knee_osteoarthritis')).toBe('not_recommended');
  });

  it('gives a different verdict to the same injection for sciatica, stenosis and plain back pain', () => {
    expect(advise({ pain: { leg: 8 } }, ['lumbar_radiculopathy']).get('epidural_steroid_injection')!.verdict).toBe('consider');
    expect(advise({}, ['lumbar_spinal_stenosis']).get('epidural_steroid_injection')!.verdict).toBe('not_recommended');
    expect(advise({}, ['nonspecific_low_back_pain']).get('epidural_steroid_injection')!.verdict).toBe('not_recommended');
  });
});

describe('adviseTreatments: the verdicts the guideline audit corrected', () => {
  const verdictOf = (option: TreatmentOptionId, pattern: PatternId, durationDays?: number, legPain?: number) =>
    advise({ durationDays, ...(legPain === undefined ? {} : { pain: { leg: legPain } }) }, [pattern]).get(option)!;

  it('considers an epidural only for sciatica both recent (acute) and severe (NICE NG59)', () => {
    for (const days of [undefined, 3, 30, 83]) {
      const a = verdictOf('epidural_steroid_injection', 'lumbar_radiculopathy', days, 7);
      expect(a.verdict, `${days} days`).toBe('consider');
      expect(a.verdictText).toMatch(/both new and severe/);
      // Not severe, or severity not given: no verdict either way.
      for (const legPain of [undefined, 0, 6]) {
        const mild = verdictOf('epidural_steroid_injection', 'lumbar_radiculopathy', days, legPain);
        expect(mild.verdict, `${days} days, leg pain ${legPain}`).toBe('no_verdict');
        expect(mild.verdictText).toMatch(/both new and severe/);
      }
    }
    for (const days of [84, 200]) {
      const a = verdictOf('epidural_steroid_injection', 'lumbar_radiculopathy', days, 9);
      expect(a.verdict, `${days} days`).toBe('no_verdict');
      expect(a.sources).toEqual(['nice_ng59']);
    }
    // Narrowed spinal canal: against, however long it has lasted.
    for (const days of [10, 200]) expect(verdictOf('epidural_steroid_injection', 'lumbar_spinal_stenosis', days).verdict).toBe('not_recommended');
  });

  it('advises against arthroscopy for a worn knee with or without locking, citing where the old locking exception came from (not NG226)', () => {
    for (const p of ['knee_osteoarthritis', 'knee_meniscus_or_ligament'] as const) {
      const a = verdictOf('knee_arthroscopy_degenerative', p);
      expect(a.verdict).toBe('not_recommended');
      expect(a.verdictText).toMatch(/even if it locks/);
      expect(a.sources).toEqual(expect.arrayContaining(['bmj_rapid_rec_2017', 'nice_ipg230', 'nice_cg177']));
      expect(a.sources).not.toContain('nice_ng226');
    }
    expect(verdictOf('knee_arthroscopy_injury', 'knee_meniscus_or_ligament').verdict).toBe('no_verdict');
    expect(verdictOf('knee_arthroscopy_injury', 'knee_meniscus_or_ligament').verdictText).not.toMatch(/does not cover a knee that locks/);
  });

  it('gives knee replacement a referral verdict for knee osteoarthritis, with NG226 on who is not excluded', () => {
    const a = verdictOf('knee_replacement', 'knee_osteoarthritis');
    expect(a.verdict).toBe('refer');
    expect(a.verdictText).toMatch(/has not worked or does not suit you/);
    expect(a.verdictText).toMatch(/Age, sex, weight, smoking or other illnesses are not reasons/);
    expect(verdictOf('knee_replacement', 'lumbar_radiculopathy').verdict).toBe('no_verdict');
  });

  it('gives anti-inflammatory tablets no NG59 verdict for sciatica, and keeps NG59 "consider" for low back pain', () => {
    for (const p of ['lumbar_radiculopathy', 'lumbar_spinal_stenosis', 'deep_gluteal_syndrome'] as const) {
      const a = verdictOf('nsaid_oral', p);
      expect(a.verdict, p).toBe('no_verdict');
      expect(a.verdictText).toMatch(/no view for or against/);
    }
    expect(verdictOf('nsaid_oral', 'nonspecific_low_back_pain').verdict).toBe('consider');
    // A picture no guideline covers gets no verdict, not a "consider" without a source.
    expect(advise({}, ['peripheral_arterial_disease']).get('nsaid_oral')!.verdict).toBe('no_verdict');
  });

  it('offers anti-inflammatory tablets for osteoarthritis after a gel, at the lowest dose for the shortest time with stomach protection (NICE NG226)', () => {
    const tablet = verdictOf('nsaid_oral', 'knee_osteoarthritis');
    expect(tablet.verdict).toBe('recommended');
    expect(tablet.verdictText).toMatch(/For the knee, try a gel first/);
    expect(tablet.verdictText).toMatch(/lowest dose that works, for the shortest time/);
    expect(tablet.verdictText).toMatch(/proton pump inhibitor/);
    expect(verdictOf('nsaid_topical', 'knee_osteoarthritis').verdict).toBe('recommended');
  });

  it('lists muscle relaxants and heat (ACP 2017) for back pain of up to 12 weeks only', () => {
    for (const option of ['muscle_relaxant', 'heat'] as const) {
      expect(verdictOf(option, 'nonspecific_low_back_pain', 20).verdict, option).toBe('consider');
      expect(verdictOf(option, 'nonspecific_low_back_pain', undefined).verdict, option).toBe('consider');
      expect(verdictOf(option, 'nonspecific_low_back_pain', 84).verdict, option).toBe('no_verdict');
    }
  });

  it('gives exercise the strength each guideline gives it: offered for osteoarthritis (NG226), considered for back pain and sciatica (NG59)', () => {
    for (const option of ['physiotherapy_exercise', 'home_exercise'] as const) {
      expect(verdictOf(option, 'knee_osteoarthritis').verdict, option).toBe('recommended');
      expect(verdictOf(option, 'nonspecific_low_back_pain').verdict, option).toBe('consider');
      expect(verdictOf(option, 'lumbar_radiculopathy').verdict, option).toBe('consider');
      expect(advise({}, []).get(option)!.verdict, option).toBe('no_verdict');
    }
  });
});

describe('adviseTreatments: relevance', () => {
  it('marks options aimed at the picture', () => {
    const knee = advise({}, ['knee_osteoarthritis']);
    expect(knee.get('knee_steroid_injection')!.relevant).toBe(true);
    expect(knee.get('epidural_steroid_injection')!.relevant).toBe(false);
    const sciatica = advise({}, ['lumbar_radiculopathy']);
    expect(sciatica.get('epidural_steroid_injection')!.relevant).toBe(true);
    expect(sciatica.get('knee_steroid_injection')!.relevant).toBe(false);
  });

  it('marks weight loss relevant only for someone overweight', () => {
    expect(advise({}, ['knee_osteoarthritis']).get('weight_loss')!.relevant).toBe(false);
    expect(advise({ evidence: { overweight: false } }, ['knee_osteoarthritis']).get('weight_loss')!.relevant).toBe(false);
    expect(advise({ evidence: yes('overweight') }, ['knee_osteoarthritis']).get('weight_loss')!.relevant).toBe(true);
  });

  it('marks only everyday care relevant when no pattern was found', () => {
    const none = advise({}, []);
    for (const o of TREATMENT_OPTIONS) {
      if (o.relevantOnlyIf) continue;
      expect(none.get(o.id)!.relevant, o.id).toBe(o.generalCare);
    }
    expect(none.get('physiotherapy_exercise')!.relevant).toBe(true);
    expect(none.get('knee_replacement')!.relevant).toBe(false);
  });
});

describe('adviseTreatments: every caution rule', () => {
  /** A case that satisfies the caution's condition with its first anyOf item. */
  function satisfying(c: CautionInfo, anyItem?: EvidenceId): { c: Case; redFlags: RedFlagId[]; expected: EvidenceId[] } {
    const w = c.when;
    const ids: EvidenceId[] = [...(w.allOf ?? [])];
    const pick = anyItem ?? w.anyOf?.[0];
    if (pick && !ids.includes(pick)) ids.push(pick);
    const rf = w.redFlags === undefined ? [] : w.redFlags === 'any' ? ['knee_fracture' as const] : [w.redFlags[0]!];
    return { c: { age: w.minAge ?? 40, durationDays: w.maxDurationDays ?? 5, evidence: yes(...ids) }, redFlags: rf, expected: ids };
  }
  function cautionOn(c: Case, redFlags: readonly RedFlagId[], option: string, id: string) {
    return adviseTreatments(c, { patterns: [], redFlags }).find((a) => a.id === option)!.cautions.find((x) => x.id === id);
  }

  for (const caution of CAUTIONS) {
    describe(caution.id, () => {
      it('triggers on its condition, on every option it applies to, naming the answers', () => {
        const { c, redFlags, expected } = satisfying(caution);
        for (const o of caution.appliesTo) {
          const hit = cautionOn(c, redFlags, o, caution.id);
          expect(hit, o).toBeDefined();
          expect(hit!.severity).toBe(caution.severity);
          expect(hit!.because).toEqual(expected);
          expect(hit!.sources).toEqual(caution.sources);
        }
      });

      it('triggers on each of its alternatives', () => {
        for (const item of caution.when.anyOf ?? []) {
          const { c, redFlags } = satisfying(caution, item);
          expect(cautionOn(c, redFlags, caution.appliesTo[0]!, caution.id)?.because, item).toContain(item);
        }
      });

      it('does not trigger without its condition', () => {
        const { c, redFlags } = satisfying(caution);
        const o = caution.appliesTo[0]!;
        const w = caution.when;
        if (w.anyOf) {
          const ev = { ...c.evidence };
          for (const id of w.anyOf) ev[id] = false;
          expect(cautionOn({ ...c, evidence: ev }, redFlags, o, caution.id), 'anyOf all no').toBeUndefined();
        }
        for (const id of w.allOf ?? []) expect(cautionOn({ ...c, evidence: { ...c.evidence, [id]: false } }, redFlags, o, caution.id), id).toBeUndefined();
        if (w.minAge !== undefined) expect(cautionOn({ ...c, age: w.minAge - 1 }, redFlags, o, caution.id), 'younger').toBeUndefined();
        if (w.redFlags !== undefined) expect(cautionOn(c, [], o, caution.id), 'no red flag').toBeUndefined();
        if (w.maxDurationDays !== undefined) expect(cautionOn({ ...c, durationDays: w.maxDurationDays + 1 }, redFlags, o, caution.id), 'older symptoms').toBeUndefined();
        // A case with nothing at all raises no caution.
        expect(cautionOn({ age: 30 }, [], o, caution.id)).toBeUndefined();
      });

      it('does not appear on options it does not apply to', () => {
        const { c, redFlags } = satisfying(caution);
        for (const a of adviseTreatments(c, { patterns: [], redFlags })) {
          if ((caution.appliesTo as readonly string[]).includes(a.id)) continue;
          expect(a.cautions.map((x) => x.id), a.id).not.toContain(caution.id);
        }
      });
    });
  }

  // The cautions the product must show (the brief and GUIDELINES.md), pinned so that a caution
  // dropped from the data fails here and not only in the data-driven tests above.
  const required: [TreatmentOptionId, Partial<Case>, RedFlagId[], CautionSeverity][] = [
    ['nsaid_oral', { evidence: yes('takes_anticoagulant') }, [], 'avoid'],
    ['nsaid_oral', { evidence: yes('stomach_ulcer_or_bleed_history') }, [], 'avoid'],
    ['nsaid_oral', { evidence: yes('kidney_disease') }, [], 'ask_doctor'],
    ['nsaid_oral', { evidence: yes('heart_failure_or_heart_disease') }, [], 'ask_doctor'],
    ['nsaid_oral', { evidence: yes('high_blood_pressure') }, [], 'ask_pharmacist'],
    ['nsaid_oral', { evidence: yes('pregnant') }, [], 'avoid'],
    ['nsaid_oral', { age: 65 }, [], 'ask_doctor'],
    ['nsaid_oral', { evidence: yes('nsaid_asthma_or_allergy') }, [], 'avoid'],
    ['nsaid_topical', { evidence: yes('nsaid_asthma_or_allergy') }, [], 'avoid'],
    ['nsaid_topical', { evidence: yes('pregnant') }, [], 'avoid'],
    ['nsaid_topical', { evidence: yes('takes_anticoagulant') }, [], 'ask_pharmacist'],
    ['paracetamol', { evidence: yes('liver_disease') }, [], 'ask_doctor'],
    ['heat', { evidence: yes('knee_hot_red') }, [], 'avoid'],
    ['heat', { durationDays: 3, evidence: yes('recent_knee_injury') }, [], 'note'],
    ['ice', { evidence: yes('numbness_tingling') }, [], 'note'],
    ['knee_steroid_injection', { evidence: yes('diabetes') }, [], 'ask_doctor'],
    ['knee_steroid_injection', { evidence: yes('knee_hot_red') }, [], 'avoid'],
    ['knee_steroid_injection', { evidence: yes('fever') }, [], 'avoid'],
    ['epidural_steroid_injection', { evidence: yes('diabetes') }, [], 'ask_doctor'],
    ['spinal_manipulation', {}, ['cauda_equina_syndrome'], 'avoid'],
    ['spinal_manipulation', { evidence: yes('osteoporosis_or_long_term_steroids') }, [], 'avoid'],
    ['spinal_manipulation', { evidence: yes('takes_anticoagulant') }, [], 'ask_doctor'],
    ['acupuncture', { evidence: yes('takes_anticoagulant') }, [], 'ask_doctor'],
    ['muscle_relaxant', { evidence: yes('pregnant') }, [], 'ask_doctor'],
    ['muscle_relaxant', { evidence: yes('liver_disease') }, [], 'ask_doctor'],
    ['opioid_weak_short_term', { evidence: yes('pregnant') }, [], 'ask_doctor'],
    ['opioid_weak_short_term', { evidence: yes('liver_disease') }, [], 'ask_doctor'],
    ['massage', { evidence: yes('calf_swelling') }, [], 'avoid'],
    ['massage', { evidence: yes('calf_tenderness') }, [], 'avoid'],
    ['home_exercise', { evidence: yes('leg_weakness') }, [], 'note'],
    ['physiotherapy_exercise', { evidence: yes('numbness_tingling') }, [], 'note'],
  ];
  it.each(required)('%s with %j %j: a caution of severity %s', (option, c, redFlags, severity) => {
    const a = adviseTreatments({ age: 40, ...c }, { patterns: [], redFlags }).find((x) => x.id === option)!;
    expect(a.cautions.map((x) => x.severity)).toContain(severity);
  });

  it('sets suitability from the most serious caution: avoid, then ask first; a note changes nothing', () => {
    expect(advise({}).get('nsaid_oral')!.suitability).toBe('suitable');
    expect(advise({ evidence: yes('high_blood_pressure') }).get('nsaid_oral')!.suitability).toBe('ask_first');
    expect(advise({ evidence: yes('kidney_disease') }).get('nsaid_oral')!.suitability).toBe('ask_first');
    expect(advise({ evidence: yes('kidney_disease', 'takes_anticoagulant') }).get('nsaid_oral')!.suitability).toBe('avoid');
    const ice = advise({ evidence: yes('numbness_tingling') }).get('ice')!;
    expect(ice.cautions).toHaveLength(1);
    expect(ice.suitability).toBe('suitable');
  });

  it('names only the answers that raised a caution', () => {
    const gel = advise({ evidence: { ...yes('kidney_disease', 'takes_anticoagulant'), stomach_ulcer_or_bleed_history: false } }).get('nsaid_topical')!;
    expect(gel.cautions.find((x) => x.id === 'nsaid_topical_medical_history')!.because).toEqual(['takes_anticoagulant', 'kidney_disease']);
    expect(advise({ age: 70 }).get('nsaid_oral')!.cautions.find((x) => x.id === 'nsaid_oral_age_65')!.because).toEqual([]);
  });

  it('counts an unknown duration as fresh for the heat-on-a-fresh-injury note', () => {
    expect(advise({ evidence: yes('knee_swelling') }).get('heat')!.cautions.map((x) => x.id)).toContain('heat_fresh_swelling');
    expect(advise({ durationDays: 30, evidence: yes('knee_swelling') }).get('heat')!.cautions.map((x) => x.id)).not.toContain('heat_fresh_swelling');
  });
});

it('covers every option id of the knowledge base', () => {
  expect(adviseTreatments({ age: 40 }, { patterns: [], redFlags: [] }).map((a) => a.id)).toEqual([...TREATMENT_OPTION_IDS]);
});
