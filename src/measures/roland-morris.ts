/**
 * Roland-Morris scoring: the number of statements ticked (0-24). A statement left unticked does
 * not describe the person today and counts 0, so there is no missing item to refuse.
 */
import { ROLAND_MORRIS } from '../knowledge/measures/index.js';
import type { MeasureResult, RolandMorrisAnswers } from '../schemas/measures.js';
import { answersObject, isWhole, onlyKeys, refuseAnswer } from './answer-error.js';

const COUNT = ROLAND_MORRIS.items.length;

export function parseRolandMorrisAnswers(input: unknown): RolandMorrisAnswers {
  const answers = answersObject(input, `{"ticked": [...]} with the numbers (1-${COUNT}) of the statements that describe you today`);
  onlyKeys(answers, ['ticked'], 'the Roland-Morris answers ({"ticked": [...]})');
  const { ticked } = answers;
  if (!Array.isArray(ticked)) refuseAnswer('ticked', `must be a list of statement numbers from 1 to ${COUNT} (an empty list when none describes you)`);
  const seen = new Set<number>();
  ticked.forEach((n: unknown, i) => {
    if (!isWhole(n, 1, COUNT)) refuseAnswer(`ticked[${i}]`, `must be a statement number from 1 to ${COUNT}`);
    if (seen.has(n)) refuseAnswer(`ticked[${i}]`, `repeats statement ${n}: tick each statement once`);
    seen.add(n);
  });
  return { ticked: [...(ticked as number[])] };
}

export function scoreRolandMorris(answers: RolandMorrisAnswers): MeasureResult {
  const scale = ROLAND_MORRIS.scales[0];
  if (!scale) throw new Error('Roland-Morris data is incomplete');
  return {
    instrument: 'roland-morris',
    scores: [{ scale: scale.id, title: scale.title, value: new Set(answers.ticked).size, min: scale.min, max: scale.max, higherIsBetter: scale.higherIsBetter }],
    primaryScale: ROLAND_MORRIS.primaryScale,
    itemsAnswered: COUNT,
  };
}
