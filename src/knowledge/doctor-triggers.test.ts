import { describe, expect, it } from 'vitest';
import { DOCTOR_TRIGGERS, type DoctorTriggerId } from './doctor-triggers.js';
import { isEvidenceId } from './evidence.js';
import { RED_FLAG_IDS } from './red-flags.js';
import { SOURCES } from './sources.js';
import { TRIAGE_LEVELS, type TriageLevel } from './triage-levels.js';

describe('when to see a doctor', () => {
  it('holds the article\'s six symptoms and three history conditions', () => {
    expect(DOCTOR_TRIGGERS.filter((t) => t.kind === 'symptom')).toHaveLength(6);
    expect(DOCTOR_TRIGGERS.filter((t) => t.kind === 'history').map((t) => t.articleTitle)).toEqual(['arthritis', 'herniated discs', 'spinal stenosis']);
  });

  it('each policy names a valid level, evidence and red flags', () => {
    for (const t of DOCTOR_TRIGGERS) {
      expect(t.policies.length, t.id).toBeGreaterThan(0);
      for (const p of t.policies) {
        expect(TRIAGE_LEVELS, t.id).toContain(p.level);
        for (const l of p.alsoAccepted) expect(TRIAGE_LEVELS, t.id).toContain(l);
        for (const e of p.evidence) expect(isEvidenceId(e), `${t.id} ${e}`).toBe(true);
        for (const r of p.redFlags) expect(RED_FLAG_IDS, t.id).toContain(r);
        expect(p.evidence.length + p.caseFields.length, t.id).toBeGreaterThan(0);
      }
      for (const src of t.sources) expect(SOURCES[src], src).toBeDefined();
      expect(t.anchor).toMatch(/^when-to-see-a-doctor#[a-z0-9-]+$/);
    }
  });

  // CONTRACT.md, "Without a red flag: the article's 'when to see a doctor', as triage policy".
  const contract: Record<DoctorTriggerId, [TriageLevel, TriageLevel[]][]> = {
    persistent_pain: [['consultation', []]],
    radiating_pain: [['consultation', []]],
    numbness_or_tingling: [['consultation', ['consultation_24']], ['consultation_24', []], ['emergency', []]],
    swelling_and_inflammation: [['consultation', []], ['consultation_24', []]],
    loss_of_mobility: [['consultation_24', []]],
    recent_injury: [['consultation_24', []], ['consultation', ['self_care']]],
    history_arthritis: [['consultation', []]],
    history_herniated_discs: [['consultation', []]],
    history_spinal_stenosis: [['consultation', []]],
    severe_worsening_pain: [['consultation', ['consultation_24']]],
  };
  it('gives the levels of the contract', () => {
    for (const t of DOCTOR_TRIGGERS) expect(t.policies.map((p) => [p.level, [...p.alsoAccepted]]), t.id).toEqual(contract[t.id as DoctorTriggerId]);
  });
});
