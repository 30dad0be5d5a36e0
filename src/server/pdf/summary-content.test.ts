import { describe, expect, it } from 'vitest';
import { assess } from '../../engine/assess.js';
import type { Case } from '../../schemas/case.js';
import { summaryContent } from './summary-content.js';

const sciatica: Case = {
  age: 70, sex: 'female', durationDays: 10, course: 'stable', pain: { leg: 7, back: 4 },
  evidence: { low_back_pain: true, leg_pain_below_knee: true, leg_pain_worse_than_back: true, numbness_tingling: true, takes_anticoagulant: true, saddle_numbness: false },
};

describe('summaryContent', () => {
  it('puts the triage card first and keeps the reading order of the summary', () => {
    const assessment = assess(sciatica);
    const content = summaryContent(assessment, sciatica, '2025-05-01');
    expect(content.triage).toMatchObject({ level: assessment.triage.level, title: assessment.triage.title, action: assessment.triage.action });
    expect(content.subtitle).toContain('Age 70, female, 10 days of symptoms, stable, pain: leg 7/10, back 4/10');
    expect(content.subtitle).toContain('2025-05-01');
    expect(content.sections.map((s) => s.heading)).toEqual([
      'What to tell the clinician',
      'What the picture is consistent with (not a diagnosis)',
      'Whom to see',
      'Treatments, with what guidelines say',
      `Plan: ${assessment.recoveryPlan.title}`,
      'Get help sooner if',
    ]);
    expect(content.sections[0]!.items[0]).toBe('I have leg pain (7 out of 10) and back pain (4 out of 10).');
    expect(content.sections[1]!.items[0]).toContain(assessment.patterns[0]!.title);
    expect(content.sections.at(-1)!.items).toEqual(assessment.safetyNet);
    expect(content.notice[0]).toBe(assessment.notice);
  });

  it('with the STarT Back answers, says the risk group and its care after whom to see, with Keele\'s attribution', () => {
    const c: Case = { ...sciatica, startBack: { q1: 'agree', q2: 'agree', q3: 'agree', q4: 'agree', q5: 'disagree', q6: 'disagree', q7: 'disagree', q8: 'disagree', q9: 'slightly' } };
    const a = assess(c);
    const headings = summaryContent(a, c, '2025-05-01').sections.map((s) => s.heading);
    expect(headings[headings.indexOf('Whom to see') + 1]).toBe('STarT Back: medium risk (score 4 of 9, distress 0 of 5)');
    const block = summaryContent(a, c, '2025-05-01').sections.find((s) => s.heading.startsWith('STarT Back'))!;
    expect(block.items).toEqual([`${a.stratifiedCare!.title}. ${a.stratifiedCare!.summary}`, a.stratifiedCare!.attribution]);
  });

  it('groups relevant treatments by verdict and lists personal cautions', () => {
    const content = summaryContent(assess(sciatica), sciatica, '2025-05-01');
    const treatments = content.sections.find((s) => s.heading.startsWith('Treatments'))!.items;
    // For sciatica NICE NG59 "considers" exercise and treatments: none is "offered" outright, so
    // none is under "recommended"; those it advises against are under "not advised".
    expect(treatments[0]).toMatch(/^May be considered: discuss: Physiotherapy/);
    expect(treatments.some((i) => i.startsWith('Recommended for this picture: '))).toBe(false);
    expect(treatments.some((i) => i.startsWith('Not advised'))).toBe(true);
    // On a blood thinner: anti-inflammatory tablets are to be avoided, and said so.
    expect(treatments.some((i) => /^Avoid: .*blood thinner/i.test(i))).toBe(true);
  });

  it('lists a referral verdict among those to discuss, saying to ask about a referral', () => {
    const knee: Case = {
      age: 66, durationDays: 200, course: 'stable', pain: { knee: 5 },
      evidence: { knee_pain: true, history_knee_osteoarthritis: true, knee_grinding: true, knee_stiffness_after_rest_brief: true, knee_pain_stairs_squat: true },
    };
    const treatments = summaryContent(assess(knee), knee, '2025-05-01').sections.find((s) => s.heading.startsWith('Treatments'))!.items;
    const groups = treatments.map((i) => i.split(':')[0]);
    expect(groups.slice(0, 3)).toEqual(['Recommended for this picture', 'May be considered', 'Not advised (guidelines advise against, or a caution applies)']);
    expect(treatments[1]).toMatch(/Knee replacement \(ask about a referral\)/);
  });

  it('shows red flags, with what to do, when there are any', () => {
    const c: Case = { age: 50, evidence: { low_back_pain: true, saddle_numbness: true } };
    const assessment = assess(c);
    const content = summaryContent(assessment, c, '2025-05-01');
    const flags = content.sections.find((s) => s.heading === 'Red flags')!;
    expect(content.sections.indexOf(flags)).toBe(1);
    expect(flags.items[0]).toBe(`${assessment.redFlags[0]!.title}: ${assessment.redFlags[0]!.whatToDo}`);
  });

  it('at an emergency or same-day level: what to do, what to say and whom to see; no treatments, plan or exercises (H3)', () => {
    for (const c of [
      { age: 45, durationDays: 3, course: 'worsening', evidence: { low_back_pain: true, leg_pain_below_knee: true, saddle_numbness: true } },
      { age: 30, durationDays: 1, evidence: { knee_pain: true, recent_knee_injury: true, injury_pop: true, knee_swelling_within_hours_of_injury: true } },
    ] satisfies Case[]) {
      const assessment = assess(c);
      expect(['emergency', 'emergency_ambulance', 'consultation_24']).toContain(assessment.triage.level);
      const content = summaryContent(assessment, c, '2025-05-01');
      const headings = content.sections.map((s) => s.heading);
      expect(headings[0]).toBe('What to tell the clinician');
      expect(headings).toContain('Whom to see');
      expect(headings.some((h) => /treatment|plan|linked/i.test(h))).toBe(false);
      const text = JSON.stringify(content);
      for (const e of assessment.recoveryPlan.exercises) expect(text).not.toContain(e.title);
      expect(text).not.toMatch(/keeping active helps|self-care|ice pack/i);
      // The reasons are those that set the level, not the lower ones.
      expect(content.triage.because.length).toBeLessThanOrEqual(3);
    }
  });
});
