/**
 * Which red-flag questions matter for this picture, so `unanswered` can say what the triage had
 * to assume absent. They are the interview plan's red-flag questions whose `ask` holds.
 */
import { EVIDENCE_BY_ID, isEvidenceId, type EvidenceId } from '../knowledge/evidence.js';
import { INTERVIEW_PLAN } from '../knowledge/interview-plan.js';
import { compileBatch, evidenceIndex, isAnswered, type CaseView } from './conditions.js';
import type { Cond } from '../knowledge/conditions.js';

const ALWAYS: Cond = { all: [] };
import { Interner } from './intern.js';

const SCREENS: readonly { id: EvidenceId; index: number; ask: Cond }[] = INTERVIEW_PLAN.flatMap((step) =>
  isEvidenceId(step.id) && EVIDENCE_BY_ID[step.id].redFlag
    ? [{ id: step.id as EvidenceId, index: evidenceIndex(step.id as EvidenceId), ask: step.ask ?? ALWAYS }]
    : [],
);
// Every screen's condition, tested by one generated function per case.
const testAll = compileBatch(SCREENS.map((s) => s.ask));

const LISTS = new Interner<EvidenceId[]>();

export function unansweredRedFlagQuestions(c: CaseView): EvidenceId[] {
  const out: EvidenceId[] = [];
  const key: number[] = [];
  const held = new Uint8Array(SCREENS.length);
  testAll(c, held);
  SCREENS.forEach(({ id, index }, k) => {
    if (isAnswered(c, index) || held[k] === 0) return;
    out.push(id);
    key.push(index);
  });
  return LISTS.get(key, () => out);
}

// The lists are interned (one array per distinct list), so one notice per array keeps the text,
// and its JSON, shared.
const notices = new WeakMap<readonly EvidenceId[], string>();

export function unansweredNotice(unanswered: readonly EvidenceId[]): string | undefined {
  if (unanswered.length === 0) return undefined;
  let notice = notices.get(unanswered);
  if (notice === undefined) {
    notice = noticeFor(unanswered);
    notices.set(unanswered, notice);
  }
  return notice;
}

function noticeFor(unanswered: readonly EvidenceId[]): string {
  return `This advice assumes you do not have these warning signs, because they were not answered: ${unanswered
    .map((id) => EVIDENCE_BY_ID[id].meaning)
    .join('; ')}. If any of them applies, the advice may be more urgent: answer them or seek help.`;
}
