/** Whom to see: the red flags' destination first, then the level's, then the pattern's specialists. */
import { RED_FLAGS } from '../knowledge/red-flags.js';
import { PATTERNS } from '../knowledge/patterns.js';
import { SPECIALISTS, type SpecialistId } from '../knowledge/specialists.js';
import type { TriageLevel } from '../knowledge/triage-levels.js';
import type { RedFlagHit, Referral } from '../schemas/assessment.js';
import type { ScoredPattern } from './patterns.js';

const BY_LEVEL: Readonly<Record<TriageLevel, readonly [SpecialistId, string][]>> = {
  emergency_ambulance: [['emergency_department', 'Call the emergency number: the ambulance takes you to the emergency department.']],
  emergency: [['emergency_department', 'Go to the emergency department now.']],
  consultation_24: [['urgent_care', 'Be seen today: a same-day GP appointment or urgent care.']],
  consultation: [
    ['primary_care_physician', 'Book an appointment in the next few days for an examination.'],
    ['physiotherapist', 'A physiotherapist can assess you and start an exercise programme (in many places you can book one directly).'],
  ],
  self_care: [
    ['pharmacist', 'A pharmacist can advise on over-the-counter pain relief that is safe for you.'],
    ['physiotherapist', 'If it has not improved within a week or two, a physiotherapist can help.'],
  ],
};

export function whomToSee(level: TriageLevel, redFlags: readonly RedFlagHit[], patterns: readonly ScoredPattern[]): Referral[] {
  const out: Referral[] = [];
  const add = (id: SpecialistId, why: string) => {
    if (!out.some((r) => r.id === id)) out.push({ id, title: SPECIALISTS[id].title, why });
  };
  for (const [id, why] of BY_LEVEL[level]) add(id, why);
  for (const flag of redFlags) add(RED_FLAGS[flag.id].seeFirst, `${RED_FLAGS[flag.id].title}: ${RED_FLAGS[flag.id].whatToDo}`);
  if (level !== 'self_care') for (const [id, why] of BY_LEVEL.consultation) add(id, `Afterwards: ${why.charAt(0).toLowerCase()}${why.slice(1)}`);
  for (const p of patterns.slice(0, 2)) {
    for (const id of PATTERNS[p.id].specialists) add(id, `${SPECIALISTS[id].role} Relevant if the picture is ${PATTERNS[p.id].title.toLowerCase()} and it does not settle.`);
  }
  return out;
}
