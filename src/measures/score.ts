/**
 * One entry point for every instrument: check the answers (naming the item at fault), then
 * score them. Pure: the same answers always give the same result.
 */
import { isMeasureId, MEASURE_IDS, type MeasureId } from '../knowledge/measures/index.js';
import type { MeasureAnswers, MeasureResult } from '../schemas/measures.js';
import { refuseAnswer } from './answer-error.js';
import { parseNprsAnswers, scoreNprs } from './nprs.js';
import { parsePsfsAnswers, scorePsfs } from './psfs.js';
import { parseRolandMorrisAnswers, scoreRolandMorris } from './roland-morris.js';
import { parseStartBackAnswers, scoreStartBack } from './start-back.js';

interface Scorer<K extends MeasureId> {
  parse(input: unknown): MeasureAnswers[K];
  score(answers: MeasureAnswers[K]): MeasureResult;
}

export const SCORERS: { readonly [K in MeasureId]: Scorer<K> } = {
  'start-back': { parse: parseStartBackAnswers, score: scoreStartBack },
  'roland-morris': { parse: parseRolandMorrisAnswers, score: scoreRolandMorris },
  psfs: { parse: parsePsfsAnswers, score: scorePsfs },
  nprs: { parse: parseNprsAnswers, score: scoreNprs },
};

/** Checked answers for an instrument; throws MeasureAnswerError naming the item. */
export function parseMeasureAnswers<K extends MeasureId>(instrument: K, input: unknown): MeasureAnswers[K] {
  return (SCORERS[instrument] as Scorer<K>).parse(input);
}

/** Scores answers of unknown shape (a file, a request body). Throws MeasureAnswerError naming the item. */
export function scoreMeasure(instrument: MeasureId, input: unknown): MeasureResult {
  if (!isMeasureId(instrument)) refuseAnswer('instrument', `must be one of ${MEASURE_IDS.join(', ')}`);
  const scorer = SCORERS[instrument] as Scorer<MeasureId>;
  return scorer.score(scorer.parse(input));
}
