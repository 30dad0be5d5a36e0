/** The library's measure API, as a user imports it: score, compare, show the attribution. */
import { describe, expect, it } from 'vitest';
import * as lib from './index.js';

describe('library: validated measures', () => {
  it('exports the instruments, the scorers and the change that matters', () => {
    expect(lib.MEASURE_IDS).toEqual(['start-back', 'roland-morris', 'psfs', 'nprs']);
    expect(lib.scoreMeasure('roland-morris', { ticked: [1, 5, 7] }).scores[0]?.value).toBe(3);
    expect(lib.scoreStartBack({ q1: 'agree', q2: 'agree', q3: 'agree', q4: 'agree', q5: 'disagree', q6: 'disagree', q7: 'disagree', q8: 'disagree', q9: 'slightly' }).risk?.code).toBe('medium');
    expect(lib.scorePsfs({ activities: [{ name: 'Stairs', rating: 6 }] }).scores[0]?.value).toBe(6);
    expect(lib.scoreNprs({ leg: 7 }).scores).toHaveLength(1);
    expect(lib.scoreRolandMorris({ ticked: [] }).scores[0]?.value).toBe(0);
    expect(lib.measureChange('nprs', 'knee', 8, 5).meaningful).toBe(true);
    expect(lib.MEASURES['start-back'].licence.attribution).toContain('Keele University');
    expect(() => lib.scoreMeasure('nprs', {})).toThrow(lib.MeasureAnswerError);
    expect(lib.StartBackAnswersSchema.$id).toBe('StartBackAnswers');
  });
});
