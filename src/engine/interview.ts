/**
 * The adaptive interview: given the answers so far, what to ask next, so a person answers only
 * what matters. It reports an emergency the moment the answers make one certain (adding answers
 * can never lower a level), so a front end can interrupt at once.
 */
import { EVIDENCE_BY_ID, EVIDENCE_GROUPS, isEvidenceId } from '../knowledge/evidence.js';
import { BODY_MAP_AREAS, BODY_MAP_EVIDENCE, CONTEXT_QUESTIONS, INTERVIEW_PLAN, type QuestionId } from '../knowledge/interview-plan.js';
import { TRIAGE_LEVEL_INFO, isEmergencyLevel } from '../knowledge/triage-levels.js';
import type { PartialCase } from '../schemas/case.js';
import type { InterviewStep, Question } from '../schemas/interview.js';
import { compile, toView, type Compiled } from './conditions.js';
import { fireRules, redFlagsFrom } from './triage.js';
import { CaseValidationError, validatePartialCase } from './validate.js';

const PLAN: readonly { id: QuestionId; ask: Compiled | null }[] = INTERVIEW_PLAN.map((s) => ({ id: s.id, ask: s.ask ? compile(s.ask) : null }));
const QUESTIONS: ReadonlyMap<QuestionId, Question> = new Map(INTERVIEW_PLAN.map((s) => [s.id, buildQuestion(s.id)]));

export interface NextQuestionsOptions {
  /** Question ids answered "I don't know": never asked again. */
  readonly skipped?: readonly string[];
  /** How many questions to return in this step (default 1). */
  readonly max?: number;
}

export function nextQuestions(partial: unknown, options: NextQuestionsOptions = {}): InterviewStep {
  const checked = validatePartialCase(partial ?? {});
  if (!checked.ok) throw new CaseValidationError(checked.errors);
  const c = checked.value;
  const view = toView(c);
  const skipped = new Set(options.skipped ?? []);
  const max = Math.max(1, Math.min(options.max ?? 1, 20));

  const questions: Question[] = [];
  let answered = 0;
  let remaining = 0;
  for (const step of PLAN) {
    if (isAnswered(c, step.id) || skipped.has(step.id)) {
      answered++;
      continue;
    }
    if (step.ask && !step.ask.test(view)) continue;
    remaining++;
    if (questions.length < max) questions.push(QUESTIONS.get(step.id)!);
  }

  const step: InterviewStep = {
    questions,
    done: remaining === 0,
    progress: { answered, remaining, percent: answered + remaining === 0 ? 100 : Math.round((100 * answered) / (answered + remaining)) },
  };
  const fired = fireRules(view);
  const top = fired[0]?.rule.level;
  if (top && isEmergencyLevel(top)) {
    const info = TRIAGE_LEVEL_INFO[top];
    step.emergency = {
      level: top,
      title: info.title,
      action: info.action,
      redFlags: redFlagsFrom(fired).filter((r) => isEmergencyLevel(r.level)),
    };
  }
  return step;
}

function isAnswered(c: PartialCase, id: QuestionId): boolean {
  switch (id) {
    case 'age':
    case 'sex':
    case 'durationDays':
    case 'course':
      return c[id] !== undefined;
    case 'pain.knee':
      return c.pain?.knee !== undefined;
    case 'pain.leg':
      return c.pain?.leg !== undefined;
    case 'pain.back':
      return c.pain?.back !== undefined;
    case 'where':
      return BODY_MAP_EVIDENCE.some((e) => c.evidence?.[e] !== undefined);
    default:
      return c.evidence?.[id] !== undefined;
  }
}

function buildQuestion(id: QuestionId): Question {
  if (isEvidenceId(id)) {
    const item = EVIDENCE_BY_ID[id];
    return {
      id,
      kind: 'yes_no',
      text: item.question,
      help: item.help,
      group: EVIDENCE_GROUPS[item.group].title,
      redFlag: item.redFlag,
      target: { kind: 'evidence', id },
    };
  }
  const words = CONTEXT_QUESTIONS[id];
  const base = { id, text: words.text, help: words.help, group: 'About you', redFlag: false };
  switch (id) {
    case 'age':
      return { ...base, kind: 'number', target: { kind: 'field', field: 'age' }, min: 0, max: 120, unit: 'years' };
    case 'durationDays':
      return { ...base, group: 'Your pain', kind: 'number', target: { kind: 'field', field: 'durationDays' }, min: 0, max: 36500, unit: 'days' };
    case 'sex':
      return {
        ...base,
        kind: 'choice',
        target: { kind: 'field', field: 'sex' },
        options: [
          { value: 'female', label: 'Female' },
          { value: 'male', label: 'Male' },
          { value: 'other', label: 'Other or prefer not to say' },
        ],
      };
    case 'course':
      return {
        ...base,
        group: 'Your pain',
        kind: 'choice',
        target: { kind: 'field', field: 'course' },
        options: [
          { value: 'improving', label: 'Getting better' },
          { value: 'stable', label: 'About the same' },
          { value: 'worsening', label: 'Getting worse' },
        ],
      };
    case 'where':
      return {
        ...base,
        group: 'Your pain',
        kind: 'body_map',
        target: { kind: 'body_map' },
        options: BODY_MAP_AREAS.map((a) => ({ value: a.value, label: a.label, evidence: a.evidence })),
      };
    case 'pain.knee':
    case 'pain.leg':
    case 'pain.back':
      return { ...base, group: 'Your pain', kind: 'scale', target: { kind: 'pain', site: id.slice(5) as 'knee' | 'leg' | 'back' }, min: 0, max: 10 };
  }
}
