/**
 * Which of the article's seven mechanisms are in play, with the answers that point there: only
 * when the answers hold both a knee side and a nerve side (KNEE_AND_NERVE), and `because` names
 * the answers of both sides, so the link shown rests on what the person said on each side.
 */
import { KNEE_AND_NERVE, MECHANISM_RULES } from '../knowledge/mechanism-rules.js';
import { MECHANISMS } from '../knowledge/mechanisms.js';
import type { EvidenceId } from '../knowledge/evidence.js';
import type { SourceId } from '../knowledge/sources.js';
import type { MechanismHit } from '../schemas/assessment.js';
import { compile, evidenceIndex, unique, type CaseView } from './conditions.js';
import { Interner } from './intern.js';
import { likelihoodOf, type ScoredPattern } from './patterns.js';

// Source lists are handed out as they are (no copy per call), so they are frozen here.
for (const m of Object.values(MECHANISMS)) Object.freeze(m.sources);

const COMPILED = MECHANISM_RULES.map((r, index) => ({ ...r, index, test: compile(r.when) }));
const LINK = compile(KNEE_AND_NERVE);
const NONE: MechanismHit[] = Object.freeze([]) as unknown as MechanismHit[];

const HIT_LISTS = new Interner<MechanismHit[]>();

export function mechanismHits(c: CaseView, patterns: readonly ScoredPattern[]): MechanismHit[] {
  const link: EvidenceId[] = [];
  if (!LINK.explain(c, link)) return NONE;
  const found: { rule: (typeof COMPILED)[number]; because: EvidenceId[] }[] = [];
  const key: number[] = [];
  for (const rule of COMPILED) {
    const because: EvidenceId[] = [];
    let inPlay = rule.test.explain(c, because);
    for (const p of patterns) {
      if (rule.patterns.includes(p.id) && likelihoodOf(p.score) !== 'low') {
        inPlay = true;
        because.push(...p.because);
      }
    }
    if (!inPlay) continue;
    const named = unique([...because, ...link]);
    found.push({ rule, because: named });
    key.push(-1 - rule.index);
    for (const id of named) key.push(evidenceIndex(id));
  }
  return HIT_LISTS.get(key, () =>
    found.map(({ rule, because }) => {
      const info = MECHANISMS[rule.mechanism];
      return { id: rule.mechanism, because, title: info.title, explanation: info.explanation, sources: info.sources as SourceId[] };
    }),
  );
}
