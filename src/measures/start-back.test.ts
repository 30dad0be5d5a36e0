/**
 * STarT Back against Keele's own rules. Keele publishes the rule, not a filled-in example, so the
 * examples are the rule's edges as Keele states them (http://www.keele.ac.uk/sbst/usingscoringthesbst/
 * and the LOINC 91352-5 description, https://loinc.org/91352-5): "Patients who achieve a score of
 * 0-3 are classified into the low-risk subgroup", "patients scoring 4 or 5 [on the distress
 * subscale] being classified into the high-risk subgroup", bothersomeness "positive for 'very
 * much' or 'extremely'".
 */
import { describe, expect, it } from 'vitest';
import type { StartBackAnswers } from '../schemas/measures.js';
import { MeasureAnswerError } from './answer-error.js';
import { parseStartBackAnswers, scoreStartBack, startBackRisk } from './start-back.js';

const NONE: StartBackAnswers = {
  q1: 'disagree', q2: 'disagree', q3: 'disagree', q4: 'disagree', q5: 'disagree', q6: 'disagree', q7: 'disagree', q8: 'disagree', q9: 'not_at_all',
};
const score = (a: Partial<StartBackAnswers>) => scoreStartBack(parseStartBackAnswers({ ...NONE, ...a }));
const values = (r: ReturnType<typeof score>) => Object.fromEntries(r.scores.map((s) => [s.scale, s.value]));

function refusal(input: unknown): { field: string; message: string } {
  try {
    parseStartBackAnswers(input);
  } catch (error) {
    expect(error).toBeInstanceOf(MeasureAnswerError);
    const e = error as MeasureAnswerError;
    return { field: e.field, message: e.errors[0]?.message ?? '' };
  }
  throw new Error('the answers were accepted');
}

describe('STarT Back scoring', () => {
  it('scores no agreement and a back pain not at all bothersome as 0, low risk', () => {
    const r = score({});
    expect(values(r)).toEqual({ total: 0, distress: 0 });
    expect(r.risk).toEqual({ code: 'low', display: 'Low risk' });
    expect(r.itemsAnswered).toBe(9);
  });

  it('counts item 9 only for "very much" or "extremely" bothersome pain', () => {
    for (const q9 of ['not_at_all', 'slightly', 'moderately'] as const) expect(values(score({ q9 }))).toEqual({ total: 0, distress: 0 });
    for (const q9 of ['very_much', 'extremely'] as const) expect(values(score({ q9 }))).toEqual({ total: 1, distress: 1 });
  });

  it('keeps the physical items 1-4 out of the distress subscore', () => {
    expect(values(score({ q1: 'agree', q2: 'agree', q3: 'agree', q4: 'agree' }))).toEqual({ total: 4, distress: 0 });
  });

  it('is low risk at an overall 3 or less, whatever the distress (3 distress items agreed)', () => {
    expect(score({ q5: 'agree', q6: 'agree', q7: 'agree' }).risk?.code).toBe('low');
  });

  it('is medium risk at overall 4 or more with distress 3 or less', () => {
    const r = score({ q1: 'agree', q5: 'agree', q6: 'agree', q7: 'agree' });
    expect(values(r)).toEqual({ total: 4, distress: 3 });
    expect(r.risk?.code).toBe('medium');
    expect(score({ q1: 'agree', q2: 'agree', q3: 'agree', q4: 'agree' }).risk?.code).toBe('medium');
  });

  it('is high risk at distress 4 or 5 (overall is then at least 4)', () => {
    const four = score({ q5: 'agree', q6: 'agree', q7: 'agree', q9: 'extremely' });
    expect(values(four)).toEqual({ total: 4, distress: 4 });
    expect(four.risk).toEqual({ code: 'high', display: 'High risk' });
    const all = score({ q1: 'agree', q2: 'agree', q3: 'agree', q4: 'agree', q5: 'agree', q6: 'agree', q7: 'agree', q8: 'agree', q9: 'very_much' });
    expect(values(all)).toEqual({ total: 9, distress: 5 });
    expect(all.risk?.code).toBe('high');
  });

  it('classifies every (overall, distress) pair by the two cut-offs', () => {
    for (let distress = 0; distress <= 5; distress++) {
      for (let total = distress; total <= distress + 4; total++) {
        const expected = total <= 3 ? 'low' : distress >= 4 ? 'high' : 'medium';
        expect(startBackRisk(total, distress), `${total}/${distress}`).toBe(expected);
      }
    }
  });
});

describe('STarT Back answers', () => {
  it('refuses a set with an item unanswered, naming the first missing item (no published missing-item rule: all nine are needed)', () => {
    const { q4: _q4, ...withoutQ4 } = NONE;
    expect(refusal(withoutQ4)).toEqual({ field: 'q4', message: expect.stringContaining('not answered') });
    expect(refusal({ ...NONE, q9: null }).field).toBe('q9');
    expect(refusal({}).field).toBe('q1');
  });

  it('refuses an answer that is not one of the item\'s options, and items the tool does not have', () => {
    expect(refusal({ ...NONE, q2: 'yes' })).toEqual({ field: 'q2', message: 'must be one of disagree, agree' });
    expect(refusal({ ...NONE, q9: 'agree' }).message).toBe('must be one of not_at_all, slightly, moderately, very_much, extremely');
    expect(refusal({ ...NONE, q1: 1 }).field).toBe('q1');
    expect(refusal({ ...NONE, q10: 'agree' })).toEqual({ field: 'q10', message: 'is not part of the STarT Back tool (items q1 to q9)' });
    expect(refusal([]).field).toBe('answers');
    expect(refusal('agree').field).toBe('answers');
  });
});
