import { describe, expect, it } from 'vitest';
import { assess } from '../engine/assess.js';
import { isSafe, leastUrgentAcceptable, parseVignette, runVignette, scoreVignettes, type VignetteExpected, type VignetteResult } from './vignette-score.js';

const result = (file: string, expected: Partial<VignetteExpected> & Pick<VignetteExpected, 'acceptable'>, got: Partial<VignetteResult>): VignetteResult => ({
  file,
  expected: { triage: expected.acceptable[0]!, redFlags: [], ...expected },
  redFlags: [],
  patterns: [],
  ...got,
});

describe('safe triage', () => {
  it('is at least as urgent as the least urgent acceptable level', () => {
    expect(leastUrgentAcceptable(['consultation_24', 'consultation'])).toBe('consultation');
    expect(isSafe('consultation', ['consultation_24', 'consultation'])).toBe(true);
    expect(isSafe('emergency_ambulance', ['consultation'])).toBe(true);
    expect(isSafe('self_care', ['consultation', 'consultation_24'])).toBe(false);
    expect(isSafe('consultation_24', ['emergency', 'emergency_ambulance'])).toBe(false);
  });
});

describe('scoreVignettes', () => {
  it('counts each measure over the cases it applies to and lists every miss', () => {
    const scores = scoreVignettes([
      // Correct and safe, emergency caught, both red flags raised, pattern third.
      result('a.json', { acceptable: ['emergency', 'emergency_ambulance'], redFlags: ['cauda_equina_syndrome', 'spinal_infection'], pattern: 'lumbar_radiculopathy' }, {
        level: 'emergency',
        redFlags: ['spinal_infection', 'cauda_equina_syndrome'],
        patterns: ['nonspecific_low_back_pain', 'deep_gluteal_syndrome', 'lumbar_radiculopathy', 'hip_referred_pain'],
      }),
      // Over-triaged: safe but not correct; pattern fourth.
      result('b.json', { acceptable: ['consultation'], pattern: 'knee_osteoarthritis' }, {
        level: 'consultation_24',
        patterns: ['a', 'b', 'c', 'knee_osteoarthritis'],
      }),
      // Emergency missed and red flag not raised: unsafe.
      result('c.json', { acceptable: ['emergency_ambulance'], redFlags: ['pulmonary_embolism'] }, { level: 'consultation_24' }),
      // Refused by the engine.
      result('d.json', { acceptable: ['self_care', 'consultation'] }, { error: 'age: must be a whole number' }),
    ]);
    expect(scores.cases).toBe(4);
    expect(scores.measures).toEqual({
      correct: { n: 1, of: 4 },
      safe: { n: 2, of: 4 },
      emergencySensitivity: { n: 1, of: 2 },
      redFlagRecall: { n: 2, of: 3 },
      patternTop3: { n: 1, of: 2 },
      exactBest: { n: 1, of: 4 },
      selfCareKept: { n: 0, of: 1 },
    });
    expect(scores.underTriaged).toBe(2);
    expect(scores.passed).toBe(false);
    expect(scores.misses.map((m) => `${m.file} ${m.measure}`)).toEqual([
      'b.json correct',
      'b.json patternTop3',
      'c.json correct',
      'c.json safe',
      'c.json emergencySensitivity',
      'c.json redFlagRecall',
      'd.json error',
      'd.json correct',
      'd.json safe',
    ]);
    expect(scores.misses.find((m) => m.file === 'c.json' && m.measure === 'safe')).toEqual({
      file: 'c.json',
      measure: 'safe',
      expected: 'at least emergency_ambulance',
      got: 'consultation_24',
    });
  });

  it('passes when every case is safe and every emergency is caught, even if some are over-triaged', () => {
    const scores = scoreVignettes([
      result('a.json', { acceptable: ['consultation'] }, { level: 'emergency' }),
      result('b.json', { acceptable: ['emergency'] }, { level: 'emergency_ambulance' }),
    ]);
    expect(scores.passed).toBe(true);
    expect(scores.measures.correct).toEqual({ n: 0, of: 2 });
  });

  it('counts the exact best level and the home-care cases kept at home, without calling another acceptable level a miss', () => {
    const scores = scoreVignettes([
      result('home.json', { triage: 'self_care', acceptable: ['self_care', 'consultation'] }, { level: 'consultation' }),
      result('kept.json', { triage: 'self_care', acceptable: ['self_care'] }, { level: 'self_care' }),
      result('gp.json', { triage: 'consultation', acceptable: ['consultation', 'consultation_24'] }, { level: 'consultation' }),
    ]);
    expect(scores.measures.exactBest).toEqual({ n: 2, of: 3 });
    expect(scores.measures.selfCareKept).toEqual({ n: 1, of: 2 });
    expect(scores.misses).toEqual([]);
    expect(scores.passed).toBe(true);
  });

  it('does not pass on no cases at all', () => {
    expect(scoreVignettes([]).passed).toBe(false);
  });
});

describe('parseVignette and runVignette', () => {
  it('reads expected and names the field that is malformed', () => {
    const v = parseVignette('x.json', { age: 40, expected: { triage: 'consultation', acceptable: ['consultation'], pattern: 'knee_osteoarthritis' } });
    expect(v.expected).toEqual({ triage: 'consultation', acceptable: ['consultation'], redFlags: [], pattern: 'knee_osteoarthritis' });
    expect(() => parseVignette('x.json', { age: 40 })).toThrow('x.json: expected: is required');
    expect(() => parseVignette('x.json', { expected: { triage: 'soon' } })).toThrow('expected.triage');
    expect(() => parseVignette('x.json', { expected: { triage: 'self_care', acceptable: [] } })).toThrow('expected.acceptable');
    expect(() => parseVignette('x.json', { expected: { triage: 'self_care', redFlags: ['gout'] } })).toThrow('expected.redFlags');
    expect(() => parseVignette('x.json', { expected: { triage: 'self_care', pattern: 'flu' } })).toThrow('expected.pattern');
  });

  it('runs the real engine, and turns a refused case into an error result', () => {
    const ok = runVignette(parseVignette('ok.json', { age: 40, evidence: { saddle_numbness: true, low_back_pain: true }, expected: { triage: 'emergency' } }), assess);
    expect(ok.level).toBe('emergency');
    expect(ok.redFlags).toContain('cauda_equina_syndrome');
    const refused = runVignette(parseVignette('bad.json', { age: 400, expected: { triage: 'emergency' } }), assess);
    expect(refused.level).toBeUndefined();
    expect(refused.error).toMatch(/^age/);
  });
});
