/** Whom to see: the level's destination first, then the red flags', then the pattern's specialists. */
import { RED_FLAGS, RED_FLAG_IDS, type RedFlagId } from '../knowledge/red-flags.js';
import { PATTERNS, PATTERN_IDS, type PatternId } from '../knowledge/patterns.js';
import { SPECIALISTS, type SpecialistId } from '../knowledge/specialists.js';
import { urgencyRank, type TriageLevel } from '../knowledge/triage-levels.js';
import type { RedFlagHit, Referral } from '../schemas/assessment.js';
import type { ScoredPattern } from './patterns.js';
import { Interner } from './intern.js';

/** "Sciatica from..." → "sciatica from..."; a title starting with an abbreviation keeps it. */
const lowerFirst = (s: string) => (/^[A-Z][A-Z]/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1));

const referral = (id: SpecialistId, why: string): Referral => Object.freeze({ id, title: SPECIALISTS[id].title, why });

const BY_LEVEL: Readonly<Record<TriageLevel, readonly Referral[]>> = {
  emergency_ambulance: [referral('emergency_department', 'Call the emergency number. The ambulance takes you to the emergency department.')],
  emergency: [referral('emergency_department', 'Go to the emergency department now.')],
  consultation_24: [referral('urgent_care', 'Be seen today: a GP appointment today, or urgent care.')],
  consultation: [
    referral('primary_care_physician', 'Book an appointment in the next few days, so they can examine you.'),
    referral('physiotherapist', 'A physiotherapist can check you and start you on exercises. In many places you can book one yourself.'),
  ],
  self_care: [
    referral('pharmacist', 'A pharmacist can tell you which pain relief from the shop is safe for you.'),
    referral('physiotherapist', 'If it is not better in a week or two, a physiotherapist can help.'),
  ],
};

// The words are the same for every person, so they are written once.
const AFTERWARDS: readonly Referral[] = BY_LEVEL.consultation.map((r) => referral(r.id, `Afterwards: ${r.why.charAt(0).toLowerCase()}${r.why.slice(1)}`));
const FOR_RED_FLAG = new Map<RedFlagId, Referral>(
  RED_FLAG_IDS.map((id) => [id, referral(RED_FLAGS[id].seeFirst, `${RED_FLAGS[id].title}: ${RED_FLAGS[id].whatToDo}`)]),
);
const FOR_PATTERN = new Map<PatternId, readonly Referral[]>(
  PATTERN_IDS.map((p) => [
    p,
    PATTERNS[p].specialists.map((id) => referral(id, `${SPECIALISTS[id].role} Useful if it is ${lowerFirst(PATTERNS[p].title)} and it does not settle.`)),
  ]),
);

const LISTS = new Interner<Referral[]>();
const RED_FLAG_NUMBER = new Map<RedFlagId, number>(RED_FLAG_IDS.map((id, i) => [id, i]));
const PATTERN_NUMBER = new Map<PatternId, number>(PATTERN_IDS.map((id, i) => [id, i]));

export function whomToSee(level: TriageLevel, redFlags: readonly RedFlagHit[], patterns: readonly ScoredPattern[]): Referral[] {
  const key: number[] = [urgencyRank(level)];
  for (const f of redFlags) key.push(RED_FLAG_NUMBER.get(f.id)!);
  key.push(-1);
  for (const p of patterns.slice(0, 2)) key.push(PATTERN_NUMBER.get(p.id)!);
  return LISTS.get(key, () => buildReferrals(level, redFlags, patterns));
}

function buildReferrals(level: TriageLevel, redFlags: readonly RedFlagHit[], patterns: readonly ScoredPattern[]): Referral[] {
  const out: Referral[] = [];
  const add = (r: Referral) => {
    if (!out.some((o) => o.id === r.id)) out.push(r);
  };
  for (const r of BY_LEVEL[level]) add(r);
  for (const flag of redFlags) add(FOR_RED_FLAG.get(flag.id)!);
  if (level !== 'self_care') for (const r of AFTERWARDS) add(r);
  for (const p of patterns.slice(0, 2)) for (const r of FOR_PATTERN.get(p.id)!) add(r);
  return out;
}
