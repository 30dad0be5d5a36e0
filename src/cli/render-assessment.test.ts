import { describe, expect, it } from 'vitest';
import { assess } from '../engine/assess.js';
import { nextQuestions } from '../engine/interview.js';
import { EVIDENCE_BY_ID } from '../knowledge/evidence.js';
import { COLOUR, PLAIN, stripColour } from './style.js';
import { renderAssessment, renderEmergency, sourceWords } from './render-assessment.js';

const sciatica = assess({
  id: 'case-1',
  age: 38,
  durationDays: 10,
  course: 'stable',
  pain: { back: 5, leg: 7 },
  evidence: { low_back_pain: true, leg_pain_below_knee: true, leg_pain_worse_than_back: true, numbness_tingling: true, saddle_numbness: false, takes_anticoagulant: true },
});

const sections = ['RED FLAGS', 'WHAT THE PICTURE IS CONSISTENT WITH', 'TREATMENTS', 'RECOVERY PLAN', 'GET HELP SOONER IF', 'QUESTIONS NOT ANSWERED', 'PLEASE NOTE'];

describe('renderAssessment', () => {
  const text = renderAssessment(sciatica, { width: 72, style: PLAIN });

  it('puts the triage card first: level in words, what to do, how soon, whom to see, why', () => {
    const lines = text.split('\n');
    expect(lines[1]).toBe(`SEE SOMEONE WITHIN DAYS: ${sciatica.triage.title}`);
    const card = text.slice(0, text.indexOf('RED FLAGS'));
    expect(card).toContain('What to do: Book an appointment');
    expect(card).toContain(`How soon: ${sciatica.triage.timeframe}`);
    expect(card).toContain('Whom to see:');
    expect(card).toContain(sciatica.whomToSee[0]!.title);
    expect(card).toContain('Why:');
    for (const reason of sciatica.triage.because) expect(card.replace(/\s+/g, ' ')).toContain(reason);
  });

  it('with the STarT Back answers, says the risk group and the care matched to it in the card, with Keele\'s attribution', () => {
    const startBack = { q1: 'agree', q2: 'agree', q3: 'agree', q4: 'agree', q5: 'agree', q6: 'agree', q7: 'agree', q8: 'agree', q9: 'extremely' } as const;
    const withCare = assess({ age: 38, durationDays: 10, pain: { back: 5, leg: 7 }, evidence: { low_back_pain: true, leg_pain_below_knee: true, saddle_numbness: false }, startBack });
    const out = renderAssessment(withCare, { width: 200, style: PLAIN });
    const card = out.slice(0, out.indexOf('RED FLAGS'));
    expect(card).toContain('STarT Back: High risk (9/9, distress 5/5). A physiotherapist who also helps with worry and low mood.');
    expect(card).toContain(withCare.stratifiedCare!.attribution);
    expect(text).not.toContain('STarT Back');
  });

  it('has every section in order and ends with the not-a-diagnosis notice', () => {
    const at = sections.map((s) => text.indexOf(s));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text.trimEnd().endsWith(sciatica.notice.split(' ').at(-1)!)).toBe(true);
  });

  it('names patterns with likelihood and reasons in words, treatments by kind, personal cautions', () => {
    const flat = text.replace(/\s+/g, ' ');
    const top = sciatica.patterns[0]!;
    expect(flat).toContain(`${top.title} - likelihood ${top.likelihood}`);
    expect(flat).toContain(EVIDENCE_BY_ID.leg_pain_below_knee.meaning);
    for (const kind of ['Conventional treatments', 'Alternative therapies', 'At home']) expect(text).toContain(kind);
    const caution = sciatica.treatments.flatMap((t) => t.cautions).find((c) => c.because.includes('takes_anticoagulant'));
    expect(caution).toBeDefined();
    expect(flat).toContain(caution!.text);
    expect(flat).toContain(sciatica.recoveryPlan.title);
  });

  it('stays within the width and plain without colour; colour adds codes but no words are lost', () => {
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(72);
    expect(text).not.toContain('\x1b[');
    const coloured = renderAssessment(sciatica, { width: 72, style: COLOUR });
    expect(coloured).toContain('\x1b[');
    expect(stripColour(coloured)).toBe(text);
  });
});

describe('renderEmergency', () => {
  it('says the level, what to do now and why', () => {
    const step = nextQuestions({ age: 60, evidence: { low_back_pain: true, bladder_change: true } });
    expect(step.emergency).toBeDefined();
    const text = renderEmergency(step.emergency!, { width: 80, style: PLAIN });
    expect(text).toContain('!! EMERGENCY: GO TO AN EMERGENCY DEPARTMENT NOW');
    expect(text).toContain(step.emergency!.action.split(' ').slice(0, 5).join(' '));
    expect(text).toContain('Possible cauda equina syndrome');
    expect(text).toContain(`Because: ${EVIDENCE_BY_ID.low_back_pain.meaning}`);
  });
});

describe('sourceWords', () => {
  it('gives short names, each once', () => {
    expect(sourceWords(['nice_ng59', 'ottawa_knee_1995', 'nice_ng59'])).toBe('NICE NG59; Stiell et al., JAMA 1996');
  });

  it('names a replaced NICE guideline by its code, and a source without a year by its publisher alone', () => {
    expect(sourceWords(['nice_cg75', 'nice_cg177'])).toBe('NICE CG75; NICE CG177');
    expect(sourceWords(['article'])).toBe('The source article (no author or publisher named)');
  });
});
