/**
 * Where an answer goes: each question's `target` says exactly where in the case its answer is
 * written, so this is bookkeeping, not clinical logic. One writer for the web app, the command
 * line and the interview simulation, so all three build the same case from the same answers.
 */
import type { PartialCase, Side, Sides } from '../schemas/case.js';
import type { Question } from '../schemas/interview.js';

/**
 * yes_no: boolean; number, duration (in days) and scale: number; choice: the option value;
 * body_map: the chosen values (`knee`, or `knee:left` / `knee:right` for a sided area).
 */
export type AnswerValue = boolean | number | string | readonly string[];

/** Writes an answer where the question's target says; returns a new case. Throws on a wrong type. */
export function applyAnswer(c: PartialCase, q: Question, value: AnswerValue): PartialCase {
  const t = q.target;
  switch (t.kind) {
    case 'evidence':
      if (typeof value !== 'boolean') throw new TypeError(`${q.id}: expected yes or no`);
      return { ...c, evidence: { ...c.evidence, [t.id]: value } };
    case 'pain':
      if (typeof value !== 'number') throw new TypeError(`${q.id}: expected a number`);
      return { ...c, pain: { ...c.pain, [t.site]: value } };
    case 'field':
      if (t.field === 'age' || t.field === 'durationDays') {
        if (typeof value !== 'number') throw new TypeError(`${q.id}: expected a number`);
      } else if (typeof value !== 'string') throw new TypeError(`${q.id}: expected a choice`);
      // The option values are the schema's literals (female | male | other, improving | ...).
      return { ...c, [t.field]: value };
    case 'body_map':
      if (!Array.isArray(value)) throw new TypeError(`${q.id}: expected a list of areas`);
      return withBodyMap(c, q, value as readonly string[]);
  }
}

function withBodyMap(c: PartialCase, q: Question, chosen: readonly string[]): PartialCase {
  const evidence = { ...c.evidence };
  const sides: { knee: Set<string>; leg: Set<string> } = { knee: new Set(), leg: new Set() };
  for (const o of q.options ?? []) {
    if (!o.evidence) continue;
    const picked = chosen.filter((v) => v === o.value || v.startsWith(`${o.value}:`));
    if (o.onlyIfChosen) {
      if (picked.length > 0) evidence[o.evidence] = true;
      continue;
    }
    evidence[o.evidence] = picked.length > 0;
    const limb = o.value === 'knee' ? 'knee' : o.sided ? 'leg' : null;
    if (limb) for (const v of picked) if (v.includes(':')) sides[limb].add(v.slice(v.indexOf(':') + 1));
  }
  const side: Sides = {};
  for (const limb of ['knee', 'leg'] as const) {
    const s = sides[limb];
    if (s.size > 0) side[limb] = s.has('left') && s.has('right') ? 'both' : ([...s][0] as Side);
  }
  const { side: _old, ...rest } = c;
  return Object.keys(side).length > 0 ? { ...rest, evidence, side } : { ...rest, evidence };
}

/** A duration typed as a number and a unit, in days (a month is 30 days, a year 365). */
export function durationInDays(amount: number, unitDays: number): number {
  return Math.round(amount * unitDays);
}
