/**
 * NPRS: each site's 0-10 rating is its own score; sites are never added. At least one site.
 * The answers have a check-in's `pain` shape, so `scoreNprs(checkIn.pain)` works as it is.
 */
import { NPRS, NPRS_SITES } from '../knowledge/measures/index.js';
import type { MeasureResult, NprsAnswers } from '../schemas/measures.js';
import { answersObject, isWhole, onlyKeys, refuseAnswer } from './answer-error.js';

export function parseNprsAnswers(input: unknown): NprsAnswers {
  const answers = answersObject(input, 'pain 0-10 at one or more of knee, leg and back, such as {"knee": 6}');
  onlyKeys(answers, NPRS_SITES, 'the pain ratings (knee, leg, back)');
  const out: NprsAnswers = {};
  for (const site of NPRS_SITES) {
    const value = answers[site];
    if (value === undefined) continue;
    if (!isWhole(value, 0, 10)) refuseAnswer(site, 'must be a whole number from 0 (no pain) to 10 (the worst pain imaginable)');
    out[site] = value;
  }
  if (Object.keys(out).length === 0) refuseAnswer('answers', 'must rate the pain at one site at least (knee, leg or back)');
  return out;
}

export function scoreNprs(answers: NprsAnswers): MeasureResult {
  const scores = NPRS.scales.flatMap((scale) => {
    const value = answers[scale.id as keyof NprsAnswers];
    return value === undefined ? [] : [{ scale: scale.id, title: scale.title, value, min: scale.min, max: scale.max, higherIsBetter: scale.higherIsBetter }];
  });
  const first = scores[0];
  if (!first) throw new Error('NPRS answers rate no site');
  return {
    instrument: 'nprs',
    scores,
    // The knee when it was rated, otherwise the first site rated.
    primaryScale: scores.some((s) => s.scale === NPRS.primaryScale) ? NPRS.primaryScale : first.scale,
    itemsAnswered: scores.length,
  };
}
