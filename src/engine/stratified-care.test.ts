/**
 * Stratified care: the STarT Back risk group matches the care (low: advice and self-care;
 * medium: physiotherapy-led exercise; high: physiotherapy with a psychologically informed
 * approach), and never touches the triage: the level, red flags, patterns and safety net are
 * the same with or without the answers, and at the levels where a person must be seen now or
 * today the advice does not change at all.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MATCHED_CARE } from '../knowledge/stratified-care.js';
import { SOURCES } from '../knowledge/sources.js';
import { isSeenFirst } from '../knowledge/triage-levels.js';
import { START_BACK } from '../knowledge/measures/index.js';
import type { Case } from '../schemas/case.js';
import type { StartBackAnswers } from '../schemas/measures.js';
import { arbitraryCase } from './__fixtures__/arbitrary-case.js';
import { assess } from './assess.js';
import { CaseValidationError } from './validate.js';

const agreeTo = (n: number, q9: StartBackAnswers['q9'] = 'slightly'): StartBackAnswers => {
  const a = Object.fromEntries(START_BACK.items.slice(0, 8).map((item, i) => [item.id, i < n ? 'agree' : 'disagree'])) as Omit<StartBackAnswers, 'q9'>;
  return { ...a, q9 } as StartBackAnswers;
};
/** Low: total 2. Medium: items 1-4 agreed, distress 1 (total 5). High: items 1-8 agreed, bothersome (distress 5). */
const LOW = agreeTo(2);
const MEDIUM: StartBackAnswers = { ...agreeTo(4), q5: 'agree' };
const HIGH = agreeTo(8, 'extremely');

const BACK: Case = {
  id: 'back', age: 35, durationDays: 3, course: 'improving', pain: { back: 4 },
  evidence: { low_back_pain: true, leg_pain_below_knee: false, numbness_tingling: false, fever: false, saddle_numbness: false, bladder_change: false, bowel_change: false, both_legs_numb_or_weak: false },
};
const SCIATICA: Case = {
  id: 'sciatica', age: 38, durationDays: 10, course: 'stable', pain: { back: 5, leg: 7 },
  evidence: {
    saddle_numbness: false, bladder_change: false, bowel_change: false, both_legs_numb_or_weak: false, low_back_pain: true, leg_pain_below_knee: true,
    leg_pain_worse_than_back: true, pain_worse_cough_sneeze: true, numbness_tingling: true, fever: false,
  },
};
const CAUDA_EQUINA: Case = { age: 45, pain: { back: 8 }, evidence: { low_back_pain: true, saddle_numbness: true } };
const KNEE: Case = { age: 28, durationDays: 2, course: 'improving', pain: { knee: 3 }, evidence: { knee_pain: true, recent_knee_injury: false, knee_swelling: false, knee_hot_red: false } };

describe('care matched to the STarT Back group', () => {
  it.each([['low', LOW], ['medium', MEDIUM], ['high', HIGH]] as const)('%s risk: the group\'s care, its words and sources', (risk, answers) => {
    const a = assess({ ...BACK, startBack: answers });
    const care = a.stratifiedCare;
    expect(care).toMatchObject({ instrument: 'start-back', status: 'matched', risk, title: MATCHED_CARE[risk].title, steps: MATCHED_CARE[risk].steps });
    expect(care?.attribution).toBe(START_BACK.licence.attribution);
    // NG59 1.1.2 and the trial's own summary for every group, each source resolvable.
    expect(care?.sourceWords.map((w) => w.source)).toEqual(expect.arrayContaining(['nice_ng59', 'hill_2011']));
    for (const s of care?.sources ?? []) expect(SOURCES[s], s).toBeDefined();
    // The physiotherapist's line says the group's care, once.
    const physio = a.whomToSee.filter((r) => r.id === 'physiotherapist');
    expect(physio).toEqual([expect.objectContaining({ why: MATCHED_CARE[risk].physiotherapist })]);
    // The group's first treatments lead the list; every option is still there.
    expect(a.treatments.slice(0, MATCHED_CARE[risk].treatmentsFirst.length).map((t) => t.id)).toEqual(MATCHED_CARE[risk].treatmentsFirst);
    expect(a.treatments.map((t) => t.id).sort()).toEqual(assess(BACK).treatments.map((t) => t.id).sort());
  });

  it('scores by Keele\'s rules: total 2 low, total 5 with distress 1 medium, distress 5 high', () => {
    expect(assess({ ...BACK, startBack: LOW }).stratifiedCare).toMatchObject({ total: 2, distress: 0, riskTitle: 'Low risk' });
    expect(assess({ ...BACK, startBack: MEDIUM }).stratifiedCare).toMatchObject({ total: 5, distress: 1, riskTitle: 'Medium risk' });
    expect(assess({ ...BACK, startBack: HIGH }).stratifiedCare).toMatchObject({ total: 9, distress: 5, riskTitle: 'High risk' });
  });

  it('high risk says to ask for a psychologically informed physiotherapist, low risk that advice and self-care are usually enough', () => {
    expect(assess({ ...SCIATICA, startBack: HIGH }).stratifiedCare?.steps.join(' ')).toMatch(/psychologically informed/);
    expect(assess({ ...SCIATICA, startBack: LOW }).stratifiedCare?.summary).toMatch(/advice, reassurance and looking after the back themselves/);
    expect(assess({ ...SCIATICA, startBack: MEDIUM }).stratifiedCare?.title).toBe('Exercise led by a physiotherapist');
  });

  it('an emergency stays an emergency, and nothing in the advice changes (seen first)', () => {
    const without = assess(CAUDA_EQUINA);
    const withAnswers = assess({ ...CAUDA_EQUINA, startBack: LOW });
    expect(isSeenFirst(without.triage.level)).toBe(true);
    expect(withAnswers.stratifiedCare).toMatchObject({ status: 'seen_first', steps: [] });
    const { stratifiedCare: _care, ...rest } = withAnswers;
    expect(rest).toEqual(without);
  });

  it('a knee-only picture: the tool is not for it, and nothing changes', () => {
    const without = assess(KNEE);
    const withAnswers = assess({ ...KNEE, startBack: HIGH });
    expect(withAnswers.stratifiedCare).toMatchObject({ status: 'not_back_pain', risk: 'high', steps: [] });
    const { stratifiedCare: _care, ...rest } = withAnswers;
    expect(rest).toEqual(without);
  });

  it('for any case, the answers never change the level, the red flags, the patterns, the safety net or the recovery plan', () => {
    fc.assert(
      fc.property(arbitraryCase, (c) => {
        const { startBack, ...bare } = c;
        const a = assess(c);
        const b = assess(bare);
        expect(a.triage).toEqual(b.triage);
        expect(a.redFlags).toEqual(b.redFlags);
        expect(a.patterns).toEqual(b.patterns);
        expect(a.safetyNet).toEqual(b.safetyNet);
        expect(a.recoveryPlan).toEqual(b.recoveryPlan);
        expect(b.stratifiedCare).toBeUndefined();
        if (startBack) {
          const expected = isSeenFirst(a.triage.level) ? ['seen_first'] : ['matched', 'not_back_pain'];
          expect(expected).toContain(a.stratifiedCare?.status);
        }
        if (isSeenFirst(a.triage.level)) {
          expect(a.whomToSee).toEqual(b.whomToSee);
          expect(a.treatments).toEqual(b.treatments);
        }
        // The level's own destinations stay first, in order.
        expect(a.whomToSee.slice(0, 1)).toEqual(b.whomToSee.slice(0, 1));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('STarT Back answers in a case are checked item by item', () => {
  const refusal = (startBack: unknown) => {
    try {
      assess({ ...BACK, startBack });
    } catch (error) {
      expect(error).toBeInstanceOf(CaseValidationError);
      return { field: (error as CaseValidationError).field, message: (error as CaseValidationError).message };
    }
    throw new Error('accepted');
  };

  it('a missing item is named, and so is an answer it does not have, or an item it does not know', () => {
    const { q4: _q4, ...missing } = LOW;
    expect(refusal(missing)).toEqual({ field: 'startBack.q4', message: 'startBack.q4: is not answered: the STarT Back risk groups need all nine answers' });
    expect(refusal({ ...LOW, q9: 'agree' }).field).toBe('startBack.q9');
    expect(refusal({ ...LOW, q9: 'agree' }).message).toContain('not_at_all, slightly, moderately, very_much, extremely');
    expect(refusal({ ...LOW, q2: 'yes' }).message).toContain('one of disagree, agree');
    expect(refusal({ ...LOW, q10: 'agree' }).field).toBe('startBack.q10');
    expect(refusal('all agree').field).toBe('startBack');
  });
});
