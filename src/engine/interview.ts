/**
 * The adaptive interview: given the answers so far, what to ask next, so a person answers only
 * what can still change the outcome. A question is asked when it applies to the places that hurt
 * (the plan's `ask`) and its answer could still change the triage level, the red flags, the three
 * most likely patterns or the mechanisms; the interview ends when no question left can. It
 * reports an emergency the moment the answers make one, and a same-day red flag likewise, so a
 * front end can interrupt at once.
 *
 * "Could still change" for the triage is a look-ahead over the rules: a rule that could still
 * fire (every unanswered item taken as yes) and would raise the level or add a red flag keeps
 * the questions it needs open: those whose "no" would rule it out, or whose "yes" would fire it
 * now, or, when no single answer decides it yet, all its unanswered items. For the patterns and
 * mechanisms it is one step: would a yes or a no change them.
 */
import { EVIDENCE_BY_ID, EVIDENCE_GROUPS, isEvidenceId, type EvidenceId } from '../knowledge/evidence.js';
import { condEvidence } from '../knowledge/conditions.js';
import { PATTERN_FEATURES } from '../knowledge/pattern-features.js';
import { BODY_MAP_AREAS, BODY_MAP_EVIDENCE, BODY_MAP_SYMPTOMS, CONTEXT_QUESTIONS, DURATION_UNITS, INTERVIEW_PLAN, type QuestionId } from '../knowledge/interview-plan.js';
import { RED_FLAG_IDS, type RedFlagId } from '../knowledge/red-flags.js';
import { TRIAGE_LEVEL_INFO, isEmergencyLevel, urgencyRank, type TriageLevel } from '../knowledge/triage-levels.js';
import type { PartialCase } from '../schemas/case.js';
import type { InterviewStep, Question } from '../schemas/interview.js';
import { compile, evidenceIndex, isAnswered as isEvidenceAnswered, toView, withEvidence, type CaseView, type Compiled } from './conditions.js';
import { likelihoodOf, patternScores } from './patterns.js';
import { RULES_BY_URGENCY, fireRules, holdingRules, redFlagsFrom } from './triage.js';
import { CaseValidationError, validatePartialCase } from './validate.js';

interface Step {
  readonly id: QuestionId;
  readonly ask: Compiled | null;
  /** The evidence slot a yes/no step answers; -1 for the context questions. */
  readonly slot: number;
  /** A warning-sign question: one whose yes can raise a red flag. */
  readonly warning: boolean;
  /** Its place in the plan: ties keep the plan's order. */
  readonly order: number;
}

const PLAN: readonly Step[] = INTERVIEW_PLAN.map((s, order) => ({
  id: s.id,
  ask: s.ask ? compile(s.ask) : null,
  slot: isEvidenceId(s.id) ? evidenceIndex(s.id) : -1,
  warning: isEvidenceId(s.id) && EVIDENCE_BY_ID[s.id].redFlag,
  order,
}));
const QUESTIONS: ReadonlyMap<QuestionId, Question> = new Map(INTERVIEW_PLAN.map((s) => [s.id, buildQuestion(s.id)]));

const RED_FLAG_BIT = new Map<RedFlagId, number>(RED_FLAG_IDS.map((id, i) => [id, 2 ** i]));
const RULES = RULES_BY_URGENCY.map((rule) => ({
  test: compile(rule.when).test,
  rank: urgencyRank(rule.level),
  flagBit: rule.redFlag ? RED_FLAG_BIT.get(rule.redFlag)! : 0,
  slots: condEvidence(rule.when).map(evidenceIndex),
}));
const SELF_CARE_RANK = urgencyRank('self_care');
/** Evidence any pattern reads: only these can change the picture. */
const PATTERN_SLOTS = new Set(PATTERN_FEATURES.flatMap((p) => [p.gate, ...p.for.map((f) => f.when), ...p.against.map((f) => f.when)]).flatMap((c) => condEvidence(c)).map(evidenceIndex));

export interface NextQuestionsOptions {
  /** Question ids answered "I don't know": never asked again. */
  readonly skipped?: readonly string[];
  /** How many questions to return in this step (default 1). */
  readonly max?: number;
}

/** What the rules make of a case: its level (as a rank) and its red flags (as bits). */
interface TriageSig {
  readonly rank: number;
  readonly flags: number;
}

function triageSig(held: Uint8Array): TriageSig {
  let rank = SELF_CARE_RANK;
  let flags = 0;
  for (let i = 0; i < RULES.length; i++) {
    if (held[i] === 0) continue;
    if (RULES[i]!.rank < rank) rank = RULES[i]!.rank;
    flags |= RULES[i]!.flagBit;
  }
  return { rank, flags };
}

/**
 * What the picture questions can change: the most likely pattern, and which of the three most
 * likely are more than a low likelihood. A question that only reorders the tail of the list, or
 * adds a low-likelihood pattern, is not worth a screen.
 */
function pictureSig(view: CaseView): string {
  const top = patternScores(view).slice(0, 3);
  const firm = top.filter((p) => likelihoodOf(p.score) !== 'low').map((p) => p.id).sort();
  return `${top[0]?.id ?? ''}|${firm.join(',')}`;
}

/** Which steps still matter, most informative first, and what the answers make of it so far. */
export interface InterviewState {
  readonly relevant: readonly Step[];
  /** Each relevant step's class: 0 where and who, 1 emergency warning signs, 2 how long and which way, 3 other warning signs, 4 the rest that can change the level, 5 the picture only. */
  readonly classes: readonly number[];
  readonly answered: number;
  /** Where it hurts is answered, and no warning-sign question that could still change the outcome is left. */
  readonly warningsDone: boolean;
}

export function interviewState(c: PartialCase, skipped: ReadonlySet<string>): InterviewState {
  const view = toView(c);
  const held = holdingRules(view);
  const now = triageSig(held);

  // Steps that apply to this picture and are still unanswered.
  let answered = 0;
  const open: Step[] = [];
  for (const step of PLAN) {
    if (isAnswered(c, view, step) || skipped.has(step.id)) {
      answered++;
      continue;
    }
    if (step.ask && !step.ask.test(view)) continue;
    open.push(step);
  }
  const askable = new Set(open.filter((s) => s.slot >= 0).map((s) => s.slot));

  // What the answers could still become: every question that is, or could become, askable
  // answered yes; what can never be asked (another place, a clinician's finding) stays unknown.
  const reachable = (v: CaseView): CaseView => {
    const yes = v.yes.slice();
    const best: CaseView = { ...v, yes };
    for (let changed = true; changed; ) {
      changed = false;
      for (const step of PLAN) {
        if (step.slot < 0 || isEvidenceAnswered(best, step.slot) || skipped.has(step.id)) continue;
        if (step.ask && !step.ask.test(best)) continue;
        yes[step.slot >>> 5]! |= 1 << (step.slot & 31);
        changed = true;
      }
    }
    return best;
  };

  // Rules that could still fire and would change the level or add a red flag.
  const reach = reachable(view);
  const possible = holdingRules(reach);
  const changing: number[] = [];
  for (let i = 0; i < RULES.length; i++) {
    if (held[i] === 1 || possible[i] === 0) continue;
    const r = RULES[i]!;
    if (r.rank < now.rank || (r.flagBit !== 0 && (now.flags & r.flagBit) === 0)) changing.push(i);
  }
  // Each slot that can change the triage, with the most urgent level it can lead to.
  const triageSlots = new Map<number, number>();
  const ifNo = new Map<number, CaseView>();
  const ifYes = new Map<number, CaseView>();
  // Would rule i hold with this slot answered? "No" is tried on what could be reached as it
  // stands: at most it keeps a rule open that a fresh look would close, so a question may be
  // asked that is not needed, never the reverse.
  const holdsWith = (i: number, slot: number, value: boolean): boolean => {
    const memo = value ? ifYes : ifNo;
    let v = memo.get(slot);
    if (!v) memo.set(slot, (v = value ? withEvidence(view, slot, true) : withEvidence(reach, slot, false)));
    return RULES[i]!.test(v);
  };
  for (const i of changing) {
    const unknown = RULES[i]!.slots.filter((s) => askable.has(s)).sort((a, b) => PLAN_ORDER[a]! - PLAN_ORDER[b]!);
    // Every answer whose yes would fire the rule now is worth asking at once (the alternatives of
    // a warning sign); otherwise one at a time, in the plan's order: first an answer whose no
    // would rule it out (a rule that needs an injury and a blood thinner asks about the injury
    // first, and about the blood thinner only if there was one), else the first still open.
    const firing = unknown.filter((s) => holdsWith(i, s, true));
    const next = firing.length > 0 ? firing : [unknown.find((s) => !holdsWith(i, s, false)) ?? unknown[0]];
    const rank = RULES[i]!.rank;
    for (const slot of next) if (slot !== undefined && !(triageSlots.get(slot)! <= rank)) triageSlots.set(slot, rank);
  }

  const EMERGENCY_RANK = urgencyRank('emergency');
  const picture = pictureSig(view);
  const changesPicture = (slot: number) =>
    PATTERN_SLOTS.has(slot) && (pictureSig(withEvidence(view, slot, true)) !== picture || pictureSig(withEvidence(view, slot, false)) !== picture);

  // Most informative first: where and who; the warning signs of an emergency; how long and which
  // way it is going (these settle many reasons for an appointment at once); the other warning
  // signs; the rest that can change the level; then what only sharpens the picture. Plan order
  // within each.
  const classOf = (step: Step): number | null => {
    if (step.id === 'age' || step.id === 'where') return 0;
    if (step.slot >= 0) {
      const rank = triageSlots.get(step.slot);
      if (rank !== undefined) return step.warning ? (rank <= EMERGENCY_RANK ? 1 : WARNINGS) : 4;
      return changesPicture(step.slot) ? 5 : null;
    }
    switch (step.id) {
      case 'durationDays':
      case 'course':
        return 2;
      // How bad, where it hurts: one screen. It sets "very severe", the epidural's "severe
      // sciatica" and the baseline a recovery is measured against.
      case 'pain.knee':
      case 'pain.leg':
      case 'pain.back':
        return 4;
      default:
        return null;
    }
  };
  const ranked: { step: Step; cls: number }[] = [];
  for (const step of open) {
    if (step.id === 'sex') continue;
    const cls = classOf(step);
    if (cls !== null) ranked.push({ step, cls });
  }
  // Sex is asked only to spare men the pregnancy questions: just before the first of them.
  const pregnancyAt = ranked.findIndex((r) => r.step.id === 'pregnant' || r.step.id === 'postpartum');
  const sexStep = open.find((s) => s.id === 'sex');
  if (pregnancyAt >= 0 && sexStep) ranked.push({ step: { ...sexStep, order: ranked[pregnancyAt]!.step.order - 0.5 }, cls: ranked[pregnancyAt]!.cls });
  ranked.sort((a, b) => a.cls - b.cls || a.step.order - b.step.order);
  return { relevant: ranked.map((r) => r.step), classes: ranked.map((r) => r.cls), answered, warningsDone: !ranked.some((r) => r.cls === 0 || r.cls === 1 || r.cls === WARNINGS) };
}

/** The class of the warning signs that lead to less than an emergency. */
const WARNINGS = 3;
const PLAN_ORDER: Readonly<Record<number, number>> = Object.fromEntries(PLAN.filter((s) => s.slot >= 0).map((s) => [s.slot, s.order]));

/** A question of the plan by its id, as the interview asks it (for front ends and tests). */
export function questionFor(id: QuestionId): Question {
  const q = QUESTIONS.get(id);
  if (!q) throw new Error(`no question ${id} in the interview plan`);
  return q;
}

export function nextQuestions(partial: unknown, options: NextQuestionsOptions = {}): InterviewStep {
  const checked = validatePartialCase(partial ?? {});
  if (!checked.ok) throw new CaseValidationError(checked.errors);
  const c = checked.value;
  const max = Math.max(1, Math.min(options.max ?? 1, 20));
  const state = interviewState(c, new Set(options.skipped ?? []));

  const remaining = state.relevant.length;
  const step: InterviewStep = {
    questions: nextScreen(state, max).map((s) => QUESTIONS.get(s.id)!),
    done: remaining === 0,
    canStopEarly: state.warningsDone && c.age !== undefined,
    progress: {
      answered: state.answered,
      remaining,
      percent: state.answered + remaining === 0 ? 100 : Math.round((100 * state.answered) / (state.answered + remaining)),
    },
  };
  const fired = fireRules(toView(c));
  const top = fired[0]?.rule.level;
  if (top && isEmergencyLevel(top)) step.emergency = interruption(top, fired);
  else if (top === 'consultation_24' && fired.some((f) => f.rule.level === top && f.rule.redFlag)) step.sameDay = interruption(top, fired);
  return step;
}

/**
 * The next screen. Questions that belong together share one, each still answered on its own:
 * warning signs of the same urgency (a person checks a short list of "do you have any of these"
 * at once), how long and which way it is going, the pain scores, and yes/no questions on one
 * subject. Where and age stand alone.
 */
function nextScreen(state: InterviewState, max: number): Step[] {
  const first = state.relevant[0];
  if (!first) return [];
  const key = screenKey(first, state.classes[0]!);
  if (key === null) return [first];
  const screen = [first];
  for (let i = 1; i < state.relevant.length && screen.length < max; i++) {
    if (screenKey(state.relevant[i]!, state.classes[i]!) !== key) break;
    screen.push(state.relevant[i]!);
  }
  return screen;
}

function screenKey(step: Step, cls: number): string | null {
  if (cls === 0) return null;
  if (step.warning) return `warning ${cls}`;
  if (step.id === 'durationDays' || step.id === 'course') return 'how long';
  if (step.id.startsWith('pain.')) return 'pain';
  if (step.slot >= 0) return `${cls} ${EVIDENCE_BY_ID[step.id as EvidenceId].group}`;
  return null;
}

function interruption(level: TriageLevel, fired: ReturnType<typeof fireRules>): NonNullable<InterviewStep['emergency']> {
  const info = TRIAGE_LEVEL_INFO[level];
  return {
    level,
    title: info.title,
    action: info.action,
    because: [...new Set(fired.filter((f) => f.rule.level === level).map((f) => f.rule.reason))],
    redFlags: redFlagsFrom(fired).filter((r) => r.level === level),
  };
}

function isAnswered(c: PartialCase, view: CaseView, step: Step): boolean {
  if (step.slot >= 0) return isEvidenceAnswered(view, step.slot);
  switch (step.id) {
    case 'age':
    case 'sex':
    case 'durationDays':
    case 'course':
      return c[step.id] !== undefined;
    case 'pain.knee':
      return c.pain?.knee !== undefined;
    case 'pain.leg':
      return c.pain?.leg !== undefined;
    case 'pain.back':
      return c.pain?.back !== undefined;
    case 'where':
      return BODY_MAP_EVIDENCE.some((e) => c.evidence?.[e] !== undefined);
    default:
      return false;
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
      return {
        ...base,
        group: 'Your pain',
        kind: 'duration',
        target: { kind: 'field', field: 'durationDays' },
        min: 0,
        max: 36500,
        unit: 'days',
        options: DURATION_UNITS.map((u) => ({ value: u.value, label: u.label, days: u.days })),
      };
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
        options: [
          ...BODY_MAP_AREAS.map((a) => ({ value: a.value, label: a.label, evidence: a.evidence, ...(a.sided ? { sided: true } : {}) })),
          // Numbness and weakness: a tick says yes; no tick leaves the question for later, not "no".
          ...BODY_MAP_SYMPTOMS.map((s) => ({ value: s.value, label: s.label, evidence: s.evidence, onlyIfChosen: true })),
        ],
      };
    case 'pain.knee':
    case 'pain.leg':
    case 'pain.back':
      return { ...base, group: 'Your pain', kind: 'scale', target: { kind: 'pain', site: id.slice(5) as 'knee' | 'leg' | 'back' }, min: 0, max: 10 };
  }
}
