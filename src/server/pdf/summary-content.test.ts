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
      'What the picture is consistent with (not a diagnosis)',
      'How knee and leg may be linked here',
      'Whom to see',
      'Treatments, with what guidelines say',
      `Plan: ${assessment.recoveryPlan.title}`,
      'Get help sooner if',
    ]);
    expect(content.sections[0]!.items[0]).toContain(assessment.patterns[0]!.title);
    expect(content.sections.at(-1)!.items).toEqual(assessment.safetyNet);
    expect(content.notice[0]).toBe(assessment.notice);
  });

  it('groups relevant treatments by verdict and lists personal cautions', () => {
    const content = summaryContent(assess(sciatica), sciatica, '2025-05-01');
    const treatments = content.sections.find((s) => s.heading.startsWith('Treatments'))!.items;
    // For sciatica NICE NG59 "considers" exercise and treatments; none is "offered" outright.
    expect(treatments[0]).toMatch(/^Worth considering: Physiotherapy/);
    expect(treatments.some((i) => i.startsWith('Recommended by guidelines: '))).toBe(false);
    expect(treatments.some((i) => i.startsWith('Not recommended by guidelines: '))).toBe(true);
    // On a blood thinner: anti-inflammatory tablets are to be avoided, and said so.
    expect(treatments.some((i) => /^Avoid: .*blood thinner/i.test(i))).toBe(true);
  });

  it('lists a referral verdict in its own group, between "worth considering" and "not recommended"', () => {
    const knee: Case = {
      age: 66, durationDays: 200, course: 'stable', pain: { knee: 5 },
      evidence: { knee_pain: true, history_knee_osteoarthritis: true, knee_grinding: true, knee_stiffness_after_rest_brief: true, knee_pain_stairs_squat: true },
    };
    const treatments = summaryContent(assess(knee), knee, '2025-05-01').sections.find((s) => s.heading.startsWith('Treatments'))!.items;
    const groups = treatments.map((i) => i.split(':')[0]);
    expect(groups.slice(0, 4)).toEqual(['Recommended by guidelines', 'Worth considering', 'Worth asking about a referral', 'Not recommended by guidelines']);
    expect(treatments[2]).toBe('Worth asking about a referral: Knee replacement.');
  });

  it('shows red flags, with what to do, when there are any', () => {
    const c: Case = { age: 50, evidence: { low_back_pain: true, saddle_numbness: true } };
    const assessment = assess(c);
    const content = summaryContent(assessment, c, '2025-05-01');
    expect(content.sections[0]!.heading).toBe('Red flags');
    expect(content.sections[0]!.items[0]).toBe(`${assessment.redFlags[0]!.title}: ${assessment.redFlags[0]!.whatToDo}`);
  });
});
