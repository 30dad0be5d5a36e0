import { describe, expect, it } from 'vitest';
import { applyAnswer } from './answers.js';
import { nextQuestions } from './interview.js';
import { CaseValidationError } from './validate.js';
import { INTERVIEW_PLAN } from '../knowledge/interview-plan.js';
import { EVIDENCE_BY_ID, isEvidenceId } from '../knowledge/evidence.js';
import type { PartialCase } from '../schemas/case.js';
import type { Question } from '../schemas/interview.js';

/** Answers every question the interview asks with `answer`, returning the ids in order asked. */
function walk(start: PartialCase, answer: (q: Question, c: PartialCase) => PartialCase | 'skip', limit = 200): { asked: string[]; c: PartialCase } {
  let c = start;
  const skipped: string[] = [];
  const asked: string[] = [];
  for (let i = 0; i < limit; i++) {
    const step = nextQuestions(c, { skipped });
    if (step.done) return { asked, c };
    const q = step.questions[0]!;
    asked.push(q.id);
    const next = answer(q, c);
    if (next === 'skip') skipped.push(q.id);
    else c = next;
  }
  throw new Error('interview did not finish');
}

const sayNo = (q: Question, c: PartialCase, yes: readonly string[] = [], where: readonly string[] = []): PartialCase | 'skip' => {
  switch (q.target.kind) {
    case 'evidence':
      return { ...c, evidence: { ...c.evidence, [q.target.id]: yes.includes(q.target.id) } };
    case 'body_map':
      return applyAnswer(c, q, where);
    case 'pain':
      return { ...c, pain: { ...c.pain, [q.target.site]: 5 } };
    case 'field':
      if (q.target.field === 'age') return { ...c, age: 40 };
      if (q.target.field === 'durationDays') return { ...c, durationDays: 10 };
      if (q.target.field === 'course') return { ...c, course: 'stable' };
      return { ...c, sex: 'male' };
  }
};

describe('nextQuestions', () => {
  it('starts with age, then where it hurts', () => {
    expect(nextQuestions({}).questions[0]!.id).toBe('age');
    expect(nextQuestions({ age: 30 }).questions[0]!.id).toBe('where');
    expect(nextQuestions({ age: 30 }).questions[0]!.options!.map((o) => o.value)).toEqual(['upper_back', 'back', 'buttock', 'hip', 'thigh', 'knee', 'calf', 'foot', 'numb', 'weak']);
  });

  it('asks the cauda equina questions whenever there is back or leg pain, before anything else', () => {
    for (const where of [['back'], ['buttock'], ['calf'], ['thigh', 'knee']]) {
      const { asked } = walk({}, (q, c) => sayNo(q, c, [], where));
      const ces = ['saddle_numbness', 'bladder_change', 'bowel_change', 'both_legs_numb_or_weak'];
      for (const id of ces) expect(asked, `${where}`).toContain(id);
      expect(asked.indexOf('saddle_numbness')).toBeLessThan(asked.indexOf('durationDays'));
    }
  });

  it('asks injury and Ottawa questions only after an injury', () => {
    const ottawa = ['kneecap_tenderness', 'fibular_head_tenderness', 'cannot_flex_90', 'injury_pop', 'high_energy_trauma'];
    const noInjury = walk({}, (q, c) => sayNo(q, c, [], ['knee'])).asked;
    for (const id of ottawa) expect(noInjury).not.toContain(id);
    const injured = walk({}, (q, c) => sayNo(q, c, ['recent_knee_injury'], ['knee'])).asked;
    for (const id of ottawa) expect(injured).toContain(id);
  });

  it('asks no knee questions of back pain alone and no back questions of knee pain alone', () => {
    const back = walk({}, (q, c) => sayNo(q, c, [], ['back'])).asked;
    expect(back).not.toContain('knee_hot_red');
    expect(back).not.toContain('recent_knee_injury');
    const knee = walk({}, (q, c) => sayNo(q, c, [], ['knee'])).asked;
    expect(knee).not.toContain('saddle_numbness');
    expect(knee).not.toContain('recent_back_trauma');
  });

  it('reports an emergency the moment one answer makes it one', () => {
    const step = nextQuestions({ age: 45, evidence: { low_back_pain: true, saddle_numbness: true } });
    expect(step.emergency?.level).toBe('emergency');
    expect(step.emergency?.redFlags.map((r) => r.id)).toEqual(['cauda_equina_syndrome']);
    expect(nextQuestions({ age: 45, evidence: { knee_pain: true, chest_pain_or_breathless: true } }).emergency?.level).toBe('emergency_ambulance');
    expect(nextQuestions({ age: 45, evidence: { knee_pain: true, knee_locked: true } }).emergency).toBeUndefined();
  });

  it('says at once when a warning sign needs a same-day visit, with why and the red flag', () => {
    const step = nextQuestions({ age: 60, durationDays: 1, evidence: { knee_pain: true, recent_knee_injury: true, cannot_bear_weight: true } });
    expect(step.emergency).toBeUndefined();
    expect(step.sameDay?.level).toBe('consultation_24');
    expect(step.sameDay?.redFlags.map((r) => r.id)).toContain('knee_fracture');
    expect(step.sameDay?.because.join(' ')).toMatch(/four steps/);
    // Not for a plain "book an appointment".
    expect(nextQuestions({ age: 40, evidence: { knee_pain: true, knee_swelling: true } }).sameDay).toBeUndefined();
  });

  it('offers to stop early only when every warning sign that could change the advice is answered', () => {
    const first = nextQuestions({ age: 40, evidence: { low_back_pain: true } });
    expect(first.canStopEarly).toBe(false);
    let c: PartialCase = { age: 40 };
    const skipped: string[] = [];
    for (let i = 0; i < 60; i++) {
      const step = nextQuestions(c, { skipped, max: 5 });
      if (step.done) break;
      const warnings = step.questions.filter((q) => q.redFlag);
      if (step.canStopEarly) {
        // From the first screen that may stop early, no warning sign is asked any more.
        expect(warnings).toEqual([]);
      }
      for (const q of step.questions) c = sayNo(q, c, [], ['back']) as PartialCase;
    }
    expect(nextQuestions(c, { skipped }).canStopEarly).toBe(true);
  });

  it('asks a person with numbness and no pain about it: the first screen takes numbness as a yes, and its absence as unknown', () => {
    const where = nextQuestions({ age: 50 }).questions[0]!;
    expect(where.options!.find((o) => o.value === 'numb')).toMatchObject({ evidence: 'numbness_tingling', onlyIfChosen: true });
    const numbOnly: PartialCase = { age: 50, evidence: { low_back_pain: false, knee_pain: false, buttock_pain: false, thigh_pain: false, calf_pain: false, foot_pain: false, groin_pain: false, thoracic_back_pain: false, numbness_tingling: true } };
    const asked = walk(numbOnly, (q, c) => sayNo(q, c)).asked;
    for (const id of ['saddle_numbness', 'bladder_change', 'both_legs_numb_or_weak', 'neuro_worsening']) expect(asked).toContain(id);
  });

  it('asks whether a back injury was high energy, and leg weakness when only the back hurts and it could matter', () => {
    const asked = walk({}, (q, c) => sayNo(q, c, ['recent_back_trauma'], ['back'])).asked;
    expect(asked).toContain('high_energy_trauma');
    // Getting worse: weakness would make it same-day, so it is asked though the leg does not hurt.
    const worse = walk({}, (q, c) => (q.id === 'course' ? { ...c, course: 'worsening' } : sayNo(q, c, [], ['back']))).asked;
    expect(worse).toContain('leg_weakness');
  });

  it('does not ask again what was skipped, and finishes', () => {
    const { asked } = walk({}, (q, c) => (q.kind === 'yes_no' ? 'skip' : sayNo(q, c, [], ['knee', 'back'])));
    expect(new Set(asked).size).toBe(asked.length);
  });

  it('counts progress and returns several questions when asked', () => {
    const step = nextQuestions({ age: 30, evidence: { knee_pain: true } }, { max: 3 });
    expect(step.questions).toHaveLength(3);
    expect(step.progress.answered).toBe(2);
    expect(step.progress.percent).toBeGreaterThan(0);
    expect(step.progress.percent).toBeLessThan(100);
  });

  it('never asks a clinician-only finding, and every plan step has its words', () => {
    for (const step of INTERVIEW_PLAN) {
      if (isEvidenceId(step.id)) expect(EVIDENCE_BY_ID[step.id].answerType).toBe('yes_no');
    }
  });

  it('refuses a malformed partial case, naming the field', () => {
    expect(() => nextQuestions({ age: 'old' })).toThrow(CaseValidationError);
    expect(() => nextQuestions({ evidence: { nope: true } })).toThrow(/evidence\.nope/);
  });
});
