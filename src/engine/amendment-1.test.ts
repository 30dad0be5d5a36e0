/**
 * CONTRACT.md Amendment 1 (guidance wins), row by row: each alternative of a row raises the level
 * and red flag the guidance asks for, and answering its evidence "no" takes that away again.
 */
import { describe, expect, it } from 'vitest';
import { urgencyRank, type TriageLevel } from '../knowledge/triage-levels.js';
import type { Case, Evidence } from '../schemas/case.js';
import { assess } from './assess.js';

type Picture = Omit<Partial<Case>, 'evidence'> & { evidence: Evidence };
const run = (c: Picture) => assess({ age: 45, ...c });
const levelOf = (c: Picture) => run(c).triage.level;
const flagsOf = (c: Picture) => run(c).redFlags.map((f) => f.id);
const atLeast = (c: Picture, level: TriageLevel) =>
  expect(urgencyRank(levelOf(c)), `${JSON.stringify(c)} gave ${levelOf(c)}`).toBeLessThanOrEqual(urgencyRank(level));
const below = (c: Picture, level: TriageLevel) =>
  expect(urgencyRank(levelOf(c)), `${JSON.stringify(c)} gave ${levelOf(c)}`).toBeGreaterThan(urgencyRank(level));
const deny = (c: Picture, ...ids: (keyof Evidence)[]): Picture => ({ ...c, evidence: { ...c.evidence, ...Object.fromEntries(ids.map((id) => [id, false])) } });

describe('Amendment 1: sciatica in both legs, new or worsening (NHS sciatica; GIRFT 2023)', () => {
  const bilateral: Picture = { durationDays: 5, evidence: { low_back_pain: true, leg_pain_below_knee: true, leg_pain_both_sides: true, saddle_numbness: false, bladder_change: false, bowel_change: false } };

  it('is an emergency raising cauda equina, without saddle, bladder or bowel change', () => {
    expect(levelOf(bilateral)).toBe('emergency');
    expect(flagsOf(bilateral)).toContain('cauda_equina_syndrome');
  });
  it('holds for alternating sciatica felt from the buttock, with no back pain', () => {
    expect(levelOf({ durationDays: 5, evidence: { buttock_pain: true, leg_pain_to_knee: true, leg_pain_both_sides: true } })).toBe('emergency');
  });
  it('holds when long-standing sciatica in both legs is now getting worse, or is said to be new', () => {
    expect(levelOf({ ...bilateral, durationDays: 400, course: 'worsening' })).toBe('emergency');
    expect(levelOf({ ...bilateral, durationDays: 400, course: 'stable', evidence: { ...bilateral.evidence, leg_symptoms_new: true } })).toBe('emergency');
    expect(levelOf({ ...bilateral, durationDays: 400, course: 'stable', evidence: { ...bilateral.evidence, neuro_worsening: true } })).toBe('emergency');
  });
  it('holds when the duration is unknown and newness was not asked (an unanswered question never lowers the level)', () => {
    expect(levelOf({ evidence: bilateral.evidence })).toBe('emergency');
  });
  it('is not raised when the pain in both legs is denied', () => {
    expect(flagsOf(deny(bilateral, 'leg_pain_both_sides'))).not.toContain('cauda_equina_syndrome');
  });
  it('is not raised for long-standing, unchanged pain in both legs (stenosis picture): booked instead', () => {
    const stenosis: Picture = { durationDays: 365, course: 'stable', evidence: { ...bilateral.evidence, walking_leg_pain_eased_by_sitting: true, leg_symptoms_new: false } };
    expect(levelOf(stenosis)).toBe('consultation');
    expect(levelOf({ ...stenosis, evidence: { ...stenosis.evidence, leg_symptoms_new: undefined } })).toBe('consultation');
  });
});

describe('Amendment 1: numbness or weakness in both legs', () => {
  const both: Picture = { durationDays: 3, evidence: { low_back_pain: true, both_legs_numb_or_weak: true } };

  it('is an emergency when new or worsening, with or without pain', () => {
    expect(levelOf(both)).toBe('emergency');
    expect(flagsOf(both)).toContain('cauda_equina_syndrome');
    expect(levelOf({ durationDays: 1, evidence: { both_legs_numb_or_weak: true } })).toBe('emergency');
    expect(levelOf({ durationDays: 900, course: 'stable', evidence: { both_legs_numb_or_weak: true, neuro_worsening: true } })).toBe('emergency');
    expect(levelOf({ durationDays: 900, course: 'stable', evidence: { both_legs_numb_or_weak: true, leg_symptoms_new: true } })).toBe('emergency');
  });
  it('long-standing, stable, symmetrical numbness of the feet without back pain is a neuropathy picture: booked, not cauda equina', () => {
    const neuropathy: Picture = { age: 68, durationDays: 730, course: 'stable', evidence: { both_legs_numb_or_weak: true, numbness_tingling: true, low_back_pain: false, diabetes: true } };
    expect(levelOf(neuropathy)).toBe('consultation');
    expect(flagsOf(neuropathy)).not.toContain('cauda_equina_syndrome');
    expect(levelOf({ ...neuropathy, evidence: { ...neuropathy.evidence, leg_symptoms_new: false } })).toBe('consultation');
  });
  it('denying the numbness takes the flag away', () => {
    expect(flagsOf(deny(both, 'both_legs_numb_or_weak'))).not.toContain('cauda_equina_syndrome');
  });
});

describe('Amendment 1: fever or feeling very unwell with knee pain and infection risk (BSR/BOA hot joint; sepsis)', () => {
  for (const risk of ['knee_replacement', 'recent_joint_injection', 'immunosuppressed', 'injects_drugs'] as const) {
    for (const unwell of ['fever', 'feels_very_unwell'] as const) {
      it(`${unwell} with ${risk}: emergency raising septic arthritis, without heat or swelling reported`, () => {
        const c: Picture = { evidence: { knee_pain: true, [risk]: true, [unwell]: true, knee_hot_red: false, knee_swelling: false } };
        expect(levelOf(c)).toBe('emergency');
        expect(flagsOf(c)).toContain('septic_arthritis');
        below(deny(c, unwell), 'emergency');
        // Feeling very unwell with new knee pain is an emergency on its own (sepsis); a fever needs the risk.
        if (unwell === 'fever') below(deny(c, risk), 'emergency');
      });
    }
  }
  it('knee pain with a fever while feeling very unwell (sepsis) is an emergency, with no other risk', () => {
    const c: Picture = { evidence: { knee_pain: true, fever: true, feels_very_unwell: true } };
    expect(levelOf(c)).toBe('emergency');
    expect(flagsOf(c)).toContain('septic_arthritis');
    below(deny(c, 'feels_very_unwell'), 'emergency');
  });
});

describe('Amendment 1: new or night back pain with spinal infection risk, without fever (CKS back pain)', () => {
  for (const risk of ['injects_drugs', 'immunosuppressed', 'recent_spinal_procedure'] as const) {
    it(`${risk}: new back pain is seen today, raising spinal infection`, () => {
      const c: Picture = { durationDays: 10, evidence: { low_back_pain: true, [risk]: true, fever: false } };
      expect(levelOf(c)).toBe('consultation_24');
      expect(flagsOf(c)).toContain('spinal_infection');
      expect(flagsOf(deny(c, risk))).not.toContain('spinal_infection');
    });
    it(`${risk}: night back pain is seen today even when long-standing`, () => {
      const c: Picture = { durationDays: 200, evidence: { low_back_pain: true, [risk]: true, night_pain: true, fever: false } };
      expect(levelOf(c)).toBe('consultation_24');
      expect(flagsOf(c)).toContain('spinal_infection');
      expect(flagsOf(deny(c, 'night_pain'))).not.toContain('spinal_infection');
    });
  }
});

describe('Amendment 1: back pain with cancer history, or weight loss over 50 (NICE NG234)', () => {
  const base = { low_back_pain: true, cancer_history: true } as const;
  it('severe, progressive, night, thoracic or straining pain with a cancer history: within 24 hours', () => {
    const pictures: Picture[] = [
      { pain: { back: 8 }, evidence: base },
      { course: 'worsening', evidence: base },
      { evidence: { ...base, night_pain: true } },
      { evidence: { ...base, thoracic_back_pain: true } },
      { evidence: { cancer_history: true, thoracic_back_pain: true } },
      { evidence: { ...base, pain_worse_cough_sneeze: true } },
      { evidence: { low_back_pain: true, cancer_active: true, night_pain: true } },
    ];
    for (const c of pictures) {
      expect(levelOf(c), JSON.stringify(c)).toBe('consultation_24');
      expect(flagsOf(c)).toContain('spinal_malignancy');
    }
    // Without the cancer, night pain is still checked today (NHS back pain), but not as spinal cancer.
    expect(flagsOf(deny({ evidence: { ...base, thoracic_back_pain: true } }, 'cancer_history'))).not.toContain('spinal_malignancy');
  });
  it('ordinary back pain with a past cancer is still booked soon (CG75: frequent review)', () => {
    const c: Picture = { durationDays: 3, course: 'improving', pain: { back: 3 }, evidence: base };
    expect(levelOf(c)).toBe('consultation');
    expect(flagsOf(c)).toContain('spinal_malignancy');
  });
  it('unexplained weight loss with new back pain over 50: within 24 hours, raising spinal malignancy; not when denied', () => {
    const c: Picture = { age: 62, durationDays: 20, evidence: { low_back_pain: true, weight_loss_unexplained: true } };
    expect(levelOf(c)).toBe('consultation_24');
    expect(flagsOf(c)).toContain('spinal_malignancy');
    expect(flagsOf(deny(c, 'weight_loss_unexplained'))).not.toContain('spinal_malignancy');
    expect(levelOf({ ...deny(c, 'weight_loss_unexplained'), course: 'improving' })).not.toBe('consultation_24');
  });

  it('NHS back pain: weight loss, severe night pain or pain between the shoulders are checked today, at any age', () => {
    for (const sign of ['weight_loss_unexplained', 'night_pain', 'thoracic_back_pain'] as const) {
      const c: Picture = { age: 35, durationDays: 200, course: 'stable', evidence: { low_back_pain: true, [sign]: true } };
      expect(levelOf(c), sign).toBe('consultation_24');
      below(deny(c, sign), 'consultation_24');
    }
  });
  it('any of those with leg pain, numbness or weakness: emergency (suspected spinal cord compression)', () => {
    for (const leg of ['leg_pain_below_knee', 'numbness_tingling', 'leg_weakness', 'both_legs_numb_or_weak'] as const) {
      const c: Picture = { durationDays: 500, course: 'stable', evidence: { ...base, night_pain: true, [leg]: true, leg_symptoms_new: false } };
      expect(levelOf(c), leg).toBe('emergency');
      expect(flagsOf(c)).toContain('spinal_malignancy');
      below(deny(c, leg), 'emergency');
    }
    expect(levelOf({ age: 64, durationDays: 20, evidence: { low_back_pain: true, weight_loss_unexplained: true, leg_weakness: true } })).toBe('emergency');
  });
});

describe('Amendment 1: compartment syndrome after an injury, a fracture or a cast (BOAST 10)', () => {
  it('is an emergency, and not when denied', () => {
    const c: Picture = { evidence: { calf_pain: true, recent_knee_injury: true, compartment_signs: true } };
    expect(levelOf(c)).toBe('emergency');
    expect(flagsOf(c)).toContain('compartment_syndrome');
    expect(flagsOf(deny(c, 'compartment_signs'))).not.toContain('compartment_syndrome');
  });
});

describe('Amendment 1: a high-energy knee injury with a numb, weak, cold or unstable leg (knee dislocation that went back)', () => {
  for (const sign of ['numbness_tingling', 'leg_weakness', 'foot_drop', 'leg_cold_pale', 'knee_giving_way'] as const) {
    it(`${sign}: emergency raising knee dislocation, even with a normal-looking knee`, () => {
      const c: Picture = { durationDays: 0, evidence: { knee_pain: true, recent_knee_injury: true, high_energy_trauma: true, knee_deformity: false, [sign]: true } };
      atLeast(c, 'emergency');
      expect(flagsOf(c)).toContain('knee_dislocation');
      expect(flagsOf(deny(c, sign))).not.toContain('knee_dislocation');
      expect(flagsOf(deny(c, 'high_energy_trauma'))).not.toContain('knee_dislocation');
    });
  }
});

describe('Amendment 1: a calf in pregnancy or the 6 weeks after birth (RCOG Green-top 37b), and any suspected clot (NG158)', () => {
  for (const state of ['pregnant', 'postpartum'] as const) {
    for (const calf of ['calf_swelling', 'calf_tenderness', 'calf_pain'] as const) {
      it(`${state} with ${calf}: seen today, raising DVT`, () => {
        const c: Picture = { age: 31, sex: 'female', evidence: { [state]: true, [calf]: true } };
        atLeast(c, 'consultation_24');
        expect(flagsOf(c)).toContain('deep_vein_thrombosis');
        expect(flagsOf(deny(c, calf))).not.toContain('deep_vein_thrombosis');
      });
    }
    it(`${state} counts as clot risk for breathlessness with a painful leg (ambulance)`, () => {
      expect(levelOf({ age: 31, evidence: { [state]: true, chest_pain_or_breathless: true } })).toBe('emergency_ambulance');
    });
  }
  it('a tender calf with no other risk is still seen today (D-dimer within hours even when "DVT unlikely")', () => {
    const c: Picture = { evidence: { calf_pain: true, calf_tenderness: true, recent_surgery_or_immobility: false, previous_dvt_or_pe: false } };
    expect(levelOf(c)).toBe('consultation_24');
    expect(flagsOf(c)).toContain('deep_vein_thrombosis');
    expect(flagsOf(deny(c, 'calf_tenderness'))).not.toContain('deep_vein_thrombosis');
  });
});

describe('Amendment 1: a swollen knee after a knock on an anticoagulant', () => {
  it('is seen today at least, with no duration limit on the swelling, and not when denied', () => {
    const fast: Picture = { durationDays: 20, evidence: { knee_pain: true, recent_knee_injury: true, knee_swelling_within_hours_of_injury: true, takes_anticoagulant: true } };
    const swollen: Picture = { durationDays: 20, evidence: { knee_pain: true, recent_knee_injury: true, knee_swelling: true, takes_anticoagulant: true } };
    for (const c of [fast, swollen]) {
      atLeast(c, 'consultation_24');
      expect(flagsOf(c)).toContain('haemarthrosis_ligament_injury');
      expect(flagsOf(deny(c, 'takes_anticoagulant'))).not.toContain('haemarthrosis_ligament_injury');
    }
  });
});

describe('Amendment 1: under 16', () => {
  it('is never self care, and the result says the tool is made for adults', () => {
    const mild: Picture = { age: 12, durationDays: 2, course: 'improving', pain: { knee: 2 }, evidence: { knee_pain: true } };
    expect(levelOf(mild)).toBe('consultation');
    expect(run(mild).ageNotice).toMatch(/made for adults/);
    expect(levelOf({ ...mild, age: 16 })).toBe('self_care');
    expect(run({ ...mild, age: 16 }).ageNotice).toBeUndefined();
  });
  it('a limp or knee pain with a fever is an emergency', () => {
    for (const c of [
      { age: 7, evidence: { limping: true, fever: true } },
      { age: 14, evidence: { knee_pain: true, fever: true } },
      { age: 5, evidence: { cannot_bear_weight: true, fever: true } },
    ] satisfies Picture[]) {
      expect(levelOf(c), JSON.stringify(c)).toBe('emergency');
      below(deny(c, 'fever'), 'emergency');
    }
  });
  it('a limp or a hip-referred picture is seen today', () => {
    for (const sign of ['limping', 'cannot_bear_weight', 'groin_pain', 'hip_movement_pain'] as const) {
      const c: Picture = { age: 11, evidence: { knee_pain: true, [sign]: true } };
      atLeast(c, 'consultation_24');
      expect(flagsOf(c)).toContain('childhood_hip_disorder');
      expect(flagsOf(deny(c, sign))).not.toContain('childhood_hip_disorder');
    }
    // A limp alone, without knee pain, still counts under 16.
    expect(levelOf({ age: 9, evidence: { limping: true } })).toBe('consultation_24');
  });
});
