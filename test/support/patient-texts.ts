/**
 * Every text a person reads, gathered by the section of the app it appears in: the Learn
 * pages, and the parts of the results, the PDF and the dashboard. What the engine composes
 * (safety net, whom to see, what to tell the clinician) is taken from its answers to the
 * development vignettes, so it is measured as people see it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { assess } from '../../src/engine/assess.js';
import { whatToSay } from '../../src/engine/handover.js';
import { CHILD_NOTICE, NOT_A_DIAGNOSIS } from '../../src/engine/safety-net.js';
import { CAUTIONS } from '../../src/knowledge/cautions.js';
import { DOCTOR_TRIGGERS } from '../../src/knowledge/doctor-triggers.js';
import { EXERCISES } from '../../src/knowledge/exercises.js';
import { LEARN_SECTIONS } from '../../src/knowledge/learn.js';
import { MECHANISMS, MECHANISM_IDS } from '../../src/knowledge/mechanisms.js';
import { PATTERNS, PATTERN_IDS } from '../../src/knowledge/patterns.js';
import { COMPLICATIONS, RECOVERY_PHASES_INFO, RECOVERY_TIPS } from '../../src/knowledge/recovery.js';
import { RED_FLAGS, RED_FLAG_IDS } from '../../src/knowledge/red-flags.js';
import { REGION_LIST } from '../../src/knowledge/regions.js';
import { SPECIALISTS, SPECIALIST_IDS } from '../../src/knowledge/specialists.js';
import { MATCHED_CARE, NOT_BACK_CARE, SEEN_FIRST_CARE } from '../../src/knowledge/stratified-care.js';
import { MEASURE_REVIEW, MEASURE_SCHEDULE } from '../../src/knowledge/measure-schedule.js';
import { SYMPTOMS } from '../../src/knowledge/symptoms.js';
import { ARTICLE_TREATMENTS, TREATMENT_OPTIONS } from '../../src/knowledge/treatments.js';
import { TRIAGE_LEVELS, TRIAGE_LEVEL_INFO } from '../../src/knowledge/triage-levels.js';
import type { Case } from '../../src/schemas/case.js';

export interface TextSection {
  readonly name: string;
  readonly texts: readonly string[];
  /** Who writes it, when it is not this file's owner to change (reported, not held to the bar here). */
  readonly owner?: string;
}

const VIGNETTES = new URL('../vignettes/', import.meta.url);
export const VIGNETTE_CASES: readonly Case[] = readdirSync(VIGNETTES).filter((f) => f.endsWith('.json')).sort().map((f) => {
  const { expected: _e, ...c } = JSON.parse(readFileSync(new URL(f, VIGNETTES), 'utf8')) as Case & { expected: unknown };
  return c;
});

const unique = (texts: readonly string[]) => [...new Set(texts.filter((t) => t.trim().length > 0))];

export function patientTextSections(): TextSection[] {
  const answers = VIGNETTE_CASES.map((c) => ({ c, a: assess(c) }));
  return [
    ...LEARN_SECTIONS.map((s) => ({
      name: `Learn: ${s.title}`,
      texts: unique([s.title, s.summary, ...s.items.flatMap((i) => [i.title, i.body, ...(i.points ?? [])])]),
    })),
    { name: 'Results: what to do (triage levels)', texts: unique(TRIAGE_LEVELS.flatMap((l) => [TRIAGE_LEVEL_INFO[l].title, TRIAGE_LEVEL_INFO[l].action])) },
    { name: 'Results: warning signs', texts: unique(RED_FLAG_IDS.flatMap((id) => [RED_FLAGS[id].title, RED_FLAGS[id].explanation, RED_FLAGS[id].whatToDo])) },
    { name: 'Results: what the answers fit (patterns)', texts: unique(PATTERN_IDS.flatMap((id) => [PATTERNS[id].title, PATTERNS[id].explanation])) },
    { name: 'Results: how the knee and nerve are linked', texts: unique(MECHANISM_IDS.flatMap((id) => [MECHANISMS[id].title, MECHANISMS[id].explanation, MECHANISMS[id].whatHelps])) },
    {
      name: 'Results: treatments',
      texts: unique([
        ...ARTICLE_TREATMENTS.map((t) => t.explanation),
        ...TREATMENT_OPTIONS.flatMap((o) => [o.title, o.description, ...o.verdicts.map((v) => v.text)]),
      ]),
    },
    {
      name: 'Results: care matched to the back questions (STarT Back)',
      texts: unique([
        ...Object.values(MATCHED_CARE).flatMap((m) => [m.title, m.summary, ...m.steps, m.physiotherapist]),
        SEEN_FIRST_CARE.title, SEEN_FIRST_CARE.summary, NOT_BACK_CARE.title, NOT_BACK_CARE.summary,
      ]),
    },
    {
      name: 'Dashboard: your scores and their alerts',
      texts: unique([
        ...MEASURE_SCHEDULE.map((m) => m.why),
        MEASURE_REVIEW.worse.title, MEASURE_REVIEW.worse.whatToDo,
        MEASURE_REVIEW.noImprovement.title, MEASURE_REVIEW.noImprovement.text, MEASURE_REVIEW.noImprovement.whatToDo,
      ]),
    },
    { name: 'Results: cautions', texts: unique(CAUTIONS.map((c) => c.text)) },
    {
      name: 'Results: recovery plan',
      texts: unique([
        ...RECOVERY_PHASES_INFO.flatMap((p) => [p.title, p.timeline, p.focus, ...p.goals]),
        ...COMPLICATIONS.flatMap((c) => [c.text, c.whatToDo]),
        ...RECOVERY_TIPS.map((t) => t.text),
      ]),
    },
    { name: 'Results: exercises', texts: unique(EXERCISES.flatMap((e) => [e.title, ...e.steps, e.dose.frequency, e.progression, ...e.stopIf])) },
    { name: 'Learn: symptoms and reasons to see a doctor', texts: unique([...SYMPTOMS.map((s) => s.explanation), ...DOCTOR_TRIGGERS.flatMap((t) => [t.explanation, ...t.policies.map((p) => p.when)])]) },
    {
      name: 'Results: whom to see',
      texts: unique([...SPECIALIST_IDS.map((id) => SPECIALISTS[id].role), ...answers.flatMap(({ a }) => a.whomToSee.map((w) => w.why))]),
    },
    { name: 'Results: when to get help sooner, and notices', texts: unique([...answers.flatMap(({ a }) => a.safetyNet), NOT_A_DIAGNOSIS, CHILD_NOTICE]) },
    { name: 'Results: what to tell the clinician', texts: unique(answers.flatMap(({ a, c }) => whatToSay(a, c))) },
    { name: 'Results: where to call (regions)', texts: unique(REGION_LIST.map((r) => r.urgent.words)) },
    {
      name: 'Results: why (triage reasons)',
      texts: unique(answers.flatMap(({ a }) => a.triage.rules.map((r) => r.reason).concat(a.triage.because))),
    },
  ];
}
