/**
 * The readable summary of an assessment for a person at a terminal: the triage card first (what
 * to do, how soon, whom to see, why), then red flags, what the picture is consistent with, the
 * mechanisms, treatments by kind, the recovery plan, the safety net and the notices. Pure: an
 * assessment and a width in, plain text out (colour only when the style has it).
 */
import { EVIDENCE_BY_ID, isEvidenceId } from '../knowledge/evidence.js';
import { SOURCES, type SourceId } from '../knowledge/sources.js';
import { isEmergencyLevel, type TriageLevel } from '../knowledge/triage-levels.js';
import type { Assessment, CautionSeverity, Likelihood, RedFlagHit, Suitability, TreatmentAdvice, TreatmentCategory, Verdict } from '../schemas/assessment.js';
import type { InterviewStep } from '../schemas/interview.js';
import { wrap, type Style } from './style.js';

export interface RenderOptions {
  readonly width: number;
  readonly style: Style;
}

/** The level in words, so the card never relies on colour alone. */
export const LEVEL_TAGS: Readonly<Record<TriageLevel, string>> = {
  emergency_ambulance: 'EMERGENCY - CALL AN AMBULANCE',
  emergency: 'EMERGENCY',
  consultation_24: 'URGENT - TODAY',
  consultation: 'SEE SOMEONE WITHIN DAYS',
  self_care: 'SELF-CARE',
};

const VERDICT_WORDS: Readonly<Record<Verdict, string>> = {
  recommended: 'Recommended by guidelines',
  consider: 'Guidelines say it may be considered',
  refer: 'Guidelines say to consider a referral to a specialist',
  not_recommended: 'Guidelines advise against it',
  no_verdict: 'No guideline verdict',
};

const SUITABILITY_WORDS: Readonly<Record<Suitability, string>> = {
  suitable: 'suitable for you as far as your answers show',
  ask_first: 'ask a doctor or pharmacist first',
  avoid: 'avoid: see the caution',
};

const CAUTION_WORDS: Readonly<Record<CautionSeverity, string>> = {
  avoid: 'Avoid',
  ask_doctor: 'Ask your doctor',
  ask_pharmacist: 'Ask a pharmacist',
  note: 'Note',
};

const CATEGORY_TITLES: Readonly<Record<TreatmentCategory, string>> = {
  conventional: 'Conventional treatments',
  alternative: 'Alternative therapies',
  home: 'At home',
};

const LIKELIHOOD_WORDS: Readonly<Record<Likelihood, string>> = { high: 'high', moderate: 'moderate', low: 'low' };

/** The whole summary, lines joined, ending with a newline. */
export function renderAssessment(a: Assessment, o: RenderOptions): string {
  const out = new Lines(o);
  triageCard(a, out);
  if (a.ageNotice) {
    out.heading('Made for adults');
    out.para(a.ageNotice);
  }
  redFlags(a.redFlags, out);
  patterns(a, out);
  mechanisms(a, out);
  treatments(a.treatments, out);
  recovery(a, out);
  out.heading('Get help sooner if');
  for (const line of a.safetyNet) out.bullet(line);
  if (a.unansweredNotice) {
    out.heading('Questions not answered');
    out.para(a.unansweredNotice);
  }
  out.heading('Please note');
  out.para(a.notice);
  return out.text();
}

/** The interview's interruption: shown the moment the answers make it an emergency. */
export function renderEmergency(emergency: NonNullable<InterviewStep['emergency']>, o: RenderOptions): string {
  const out = new Lines(o);
  const s = o.style;
  const bar = '!'.repeat(o.width);
  out.raw(s.red(bar));
  out.raw(s.red(s.bold(`!! ${LEVEL_TAGS[emergency.level]}: ${emergency.title.toUpperCase()}`)));
  out.raw(s.red(bar));
  out.para(emergency.action);
  for (const flag of emergency.redFlags) {
    out.blank();
    out.raw(s.bold(`${flag.title}`));
    out.para(flag.explanation);
    out.labelled('What to do', flag.whatToDo);
    if (flag.because.length) out.labelled('Because', evidenceWords(flag.because));
  }
  out.raw(s.red(bar));
  return out.text();
}

function triageCard(a: Assessment, out: Lines): void {
  const { triage } = a;
  const s = out.style;
  const urgent = isEmergencyLevel(triage.level);
  const paint = levelPaint(triage.level, s);
  const bar = (urgent ? '!' : '=').repeat(out.width);
  out.raw(paint(bar));
  out.raw(paint(s.bold(`${urgent ? '!! ' : ''}${LEVEL_TAGS[triage.level]}: ${triage.title}`)));
  if (a.id !== undefined) out.raw(s.dim(`Case ${a.id}`));
  out.raw(paint(bar));
  out.labelled('What to do', triage.action);
  out.labelled('How soon', triage.timeframe);
  if (a.whomToSee.length) {
    out.raw(s.bold('Whom to see:'));
    for (const r of a.whomToSee) out.bullet(`${r.title}: ${r.why}`);
  }
  out.raw(s.bold('Why:'));
  for (const reason of triage.because) out.bullet(reason);
  const sources = unique(triage.rules.flatMap((r) => r.sources));
  if (sources.length) out.labelled('Sources', sourceWords(sources), true);
  const care = a.stratifiedCare;
  if (care) {
    out.raw(s.bold(`STarT Back: ${care.riskTitle} (${care.total}/9, distress ${care.distress}/5). ${care.title}.`));
    out.para(care.summary);
    for (const step of care.steps) out.bullet(step);
    out.raw(s.dim(care.attribution));
  }
}

function redFlags(flags: readonly RedFlagHit[], out: Lines): void {
  out.heading('Red flags (warning signs)');
  if (flags.length === 0) {
    out.para('None raised by your answers.');
    return;
  }
  const s = out.style;
  for (const flag of flags) {
    const paint = levelPaint(flag.level, s);
    out.bullet(paint(s.bold(`${flag.title} [${LEVEL_TAGS[flag.level]}]`)), '! ');
    out.para(flag.explanation, 4);
    out.labelled('What to do', flag.whatToDo, false, 4);
    if (flag.because.length) out.labelled('Because', evidenceWords(flag.because), false, 4);
    out.labelled('Sources', sourceWords(flag.sources), true, 4);
  }
}

function patterns(a: Assessment, out: Lines): void {
  out.heading('What the picture is consistent with (not a diagnosis)');
  if (a.patterns.length === 0) {
    out.para('No particular pattern stands out from the answers given.');
    return;
  }
  a.patterns.forEach((p, i) => {
    out.bullet(`${out.style.bold(p.title)} - likelihood ${LIKELIHOOD_WORDS[p.likelihood]}`, `${i + 1}. `);
    out.para(p.explanation, 4);
    if (p.because.length) out.labelled('Because', evidenceWords(p.because), false, 4);
    if (p.against.length) out.labelled('Against', evidenceWords(p.against), false, 4);
  });
}

function mechanisms(a: Assessment, out: Lines): void {
  if (a.mechanisms.length === 0) return;
  out.heading('How the knee, back and nerve may be linked here');
  for (const m of a.mechanisms) {
    out.bullet(`${out.style.bold(m.title)}: ${m.explanation}`);
    if (m.because.length) out.labelled('Because', evidenceWords(m.because), false, 4);
  }
}

function treatments(list: readonly TreatmentAdvice[], out: Lines): void {
  if (list.length === 0) return;
  out.heading('Treatments and what guidelines say of them');
  const s = out.style;
  for (const category of ['conventional', 'alternative', 'home'] as const) {
    const items = list.filter((t) => t.category === category);
    if (items.length === 0) continue;
    out.blank();
    out.raw(s.bold(CATEGORY_TITLES[category]));
    // Those that fit the picture first; the rest keep their order.
    const ordered = [...items.filter((t) => t.relevant), ...items.filter((t) => !t.relevant)];
    for (const t of ordered) {
      const fit = t.relevant ? ' (fits your picture)' : '';
      out.bullet(`${s.bold(t.title)}${fit} - ${verdictPaint(t.verdict, s)(VERDICT_WORDS[t.verdict])}; ${SUITABILITY_WORDS[t.suitability]}.`);
      out.para(t.verdictText, 4);
      for (const c of t.cautions) out.bullet(`${CAUTION_WORDS[c.severity]}: ${c.text}`, '! ', 4);
    }
  }
}

function recovery(a: Assessment, out: Lines): void {
  const plan = a.recoveryPlan;
  out.heading('Recovery plan');
  out.para(`${out.style.bold(plan.title)} - ${plan.timeline}`);
  out.para(plan.focus);
  if (plan.goals.length) {
    out.raw(out.style.bold('Goals:'));
    for (const g of plan.goals) out.bullet(g);
  }
  if (plan.exercises.length) {
    out.raw(out.style.bold('Exercises:'));
    for (const e of plan.exercises) {
      out.bullet(`${out.style.bold(e.title)} (${e.dose}): ${e.how}`);
      out.labelled('Stop if', e.stopIf, false, 4);
    }
  }
  if (plan.complicationsToWatch.length) {
    out.raw(out.style.bold('Watch for:'));
    for (const c of plan.complicationsToWatch) out.bullet(`${c.text} ${c.action}`);
  }
  if (plan.tips.length) {
    out.raw(out.style.bold('Tips:'));
    for (const t of plan.tips) out.bullet(`${t.title}: ${t.text}`);
  }
}

/** Evidence ids in the words a person reads. */
export function evidenceWords(ids: readonly string[]): string {
  return unique(ids).map((id) => (isEvidenceId(id) ? EVIDENCE_BY_ID[id].meaning : id)).join('; ');
}

/** Short names for sources: "NICE NG59", "Stiell et al., JAMA 1996". */
export function sourceWords(ids: readonly SourceId[]): string {
  const words = unique(ids).map((id) => {
      const src = SOURCES[id];
      if (!src) return id;
      const code = /\(([A-Z]{2,}\d+)[;)]/.exec(src.title)?.[1];
      if (code) return `${src.publisher} ${code}`;
      const authors = /\(([^()]*et al\.)\)/.exec(src.title)?.[1];
      const published = src.year ? `${src.publisher} ${src.year}` : src.publisher;
      return authors ? `${authors}, ${published}` : published;
    });
  return unique(words).join('; ');
}

function levelPaint(level: TriageLevel, s: Style): (x: string) => string {
  if (isEmergencyLevel(level)) return s.red;
  if (level === 'consultation_24') return s.yellow;
  if (level === 'consultation') return s.cyan;
  return s.green;
}

function verdictPaint(verdict: Verdict, s: Style): (x: string) => string {
  if (verdict === 'recommended') return s.green;
  if (verdict === 'not_recommended') return s.red;
  if (verdict === 'consider' || verdict === 'refer') return s.yellow;
  return (x) => x;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** Collects wrapped lines. */
class Lines {
  private readonly lines: string[] = [];
  readonly width: number;
  readonly style: Style;
  constructor(o: RenderOptions) {
    this.width = o.width;
    this.style = o.style;
  }
  raw(line: string): void {
    this.lines.push(line);
  }
  blank(): void {
    if (this.lines.length && this.lines[this.lines.length - 1] !== '') this.lines.push('');
  }
  heading(title: string): void {
    this.blank();
    this.lines.push(this.style.bold(title.toUpperCase()));
    this.lines.push('-'.repeat(Math.min(this.width, title.length)));
  }
  para(text: string, indent = 0): void {
    const pad = ' '.repeat(indent);
    this.lines.push(...wrap(text, this.width, pad, pad));
  }
  bullet(text: string, mark = '- ', indent = 0): void {
    const first = ' '.repeat(indent) + mark;
    this.lines.push(...wrap(text, this.width, first, ' '.repeat(first.length)));
  }
  labelled(label: string, text: string, dim = false, indent = 0): void {
    const first = `${' '.repeat(indent)}${label}: `;
    const lines = wrap(text, this.width, first, ' '.repeat(indent + 2));
    this.lines.push(...(dim ? lines.map((l) => this.style.dim(l)) : lines));
  }
  text(): string {
    return `${this.lines.join('\n')}\n`;
  }
}
