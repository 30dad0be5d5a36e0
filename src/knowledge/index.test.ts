import { describe, expect, it } from 'vitest';
import { KNOWLEDGE } from './index.js';
import { CAUTION_IDS_BY_OPTION } from './cautions.js';
import { TREATMENT_OPTIONS } from './treatments.js';
import { SOURCE_IDS } from './sources.js';
import { PATTERN_IDS } from './patterns.js';
import { RED_FLAG_IDS } from './red-flags.js';

describe('KNOWLEDGE', () => {
  it('holds every part of the knowledge base', () => {
    expect(Object.keys(KNOWLEDGE).sort()).toEqual([
      'articleTreatments', 'cautions', 'complications', 'doctorTriggers', 'evidence', 'evidenceGroups', 'exerciseStopRules', 'exercises',
      'glossary', 'learn', 'mechanisms', 'patterns', 'recoveryMeasures', 'recoveryPhases', 'recoveryTips', 'redFlags', 'regions', 'sources', 'specialists',
      'symptoms', 'treatmentOptions', 'triageLevels',
    ]);
    expect(KNOWLEDGE.sources.map((s) => s.id)).toEqual(SOURCE_IDS);
    expect(KNOWLEDGE.patterns.map((p) => p.id)).toEqual(PATTERN_IDS);
    expect(KNOWLEDGE.redFlags.map((r) => r.id)).toEqual(RED_FLAG_IDS);
    expect(KNOWLEDGE.mechanisms).toHaveLength(7);
    expect(KNOWLEDGE.triageLevels.map((l) => l.level)).toEqual(['emergency_ambulance', 'emergency', 'consultation_24', 'consultation', 'self_care']);
  });

  it('serves each option with the cautions that can apply to it', () => {
    expect(KNOWLEDGE.treatmentOptions.map((o) => o.id)).toEqual(TREATMENT_OPTIONS.map((o) => o.id));
    for (const o of KNOWLEDGE.treatmentOptions) expect(o.cautions).toEqual(CAUTION_IDS_BY_OPTION[o.id as keyof typeof CAUTION_IDS_BY_OPTION]);
    expect(KNOWLEDGE.treatmentOptions.find((o) => o.id === 'nsaid_oral')!.cautions).toContain('nsaid_oral_anticoagulant');
  });

  it('is plain JSON: it survives a round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(KNOWLEDGE))).toEqual(KNOWLEDGE);
  });
});
