/**
 * PSFS scoring: "Total score = sum of the activity scores/number of activities" (Stratford 1995),
 * kept to two decimals. Every named activity needs its 0-10 rating; one to five activities.
 */
import { PSFS } from '../knowledge/measures/index.js';
import type { MeasureResult, PsfsActivity, PsfsAnswers } from '../schemas/measures.js';
import { answersObject, isPlainObject, isWhole, onlyKeys, refuseAnswer } from './answer-error.js';

const { minActivities, maxActivities, maxNameLength } = PSFS;

export function parsePsfsAnswers(input: unknown): PsfsAnswers {
  const answers = answersObject(input, `{"activities": [{"name": ..., "rating": 0-10}, ...]} with ${minActivities} to ${maxActivities} activities`);
  onlyKeys(answers, ['activities'], 'the PSFS answers ({"activities": [...]})');
  const { activities } = answers;
  if (!Array.isArray(activities)) refuseAnswer('activities', 'must be a list of activities, each {"name": ..., "rating": 0-10}');
  if (activities.length < minActivities) refuseAnswer('activities', `must name at least ${minActivities} activity you have difficulty with`);
  if (activities.length > maxActivities) refuseAnswer('activities', `may hold at most ${maxActivities} activities (the form has ${maxActivities} rows)`);
  const parsed: PsfsActivity[] = activities.map((a: unknown, i) => {
    const at = `activities[${i}]`;
    if (!isPlainObject(a)) refuseAnswer(at, 'must be {"name": ..., "rating": 0-10}');
    onlyKeys(a, ['name', 'rating'], 'a PSFS activity ({"name", "rating"})');
    if (typeof a.name !== 'string' || a.name.trim().length === 0) refuseAnswer(`${at}.name`, 'must name the activity');
    if (a.name.length > maxNameLength) refuseAnswer(`${at}.name`, `must be at most ${maxNameLength} characters`);
    if (a.rating === undefined || a.rating === null) refuseAnswer(`${at}.rating`, 'is not rated: every activity needs a rating from 0 to 10 to be scored');
    if (!isWhole(a.rating, 0, 10)) refuseAnswer(`${at}.rating`, `must be a whole number from 0 (${PSFS.ratingAnchors[0].toLowerCase()}) to 10`);
    return { name: a.name, rating: a.rating };
  });
  return { activities: parsed };
}

export function scorePsfs(answers: PsfsAnswers): MeasureResult {
  const scale = PSFS.scales[0];
  if (!scale) throw new Error('PSFS data is incomplete');
  const sum = answers.activities.reduce((s, a) => s + a.rating, 0);
  const average = Math.round((sum / answers.activities.length) * 100) / 100;
  return {
    instrument: 'psfs',
    scores: [{ scale: scale.id, title: scale.title, value: average, min: scale.min, max: scale.max, higherIsBetter: scale.higherIsBetter }],
    primaryScale: PSFS.primaryScale,
    itemsAnswered: answers.activities.length,
  };
}

/** The PSFS instructions with the form's blank ("your ____ problem") filled in, such as "knee". */
export function psfsInstructions(problem: string): string {
  const words = problem.trim();
  if (words.length === 0 || words.length > 60) refuseAnswer('problem', 'must name the problem in 1 to 60 characters, such as "knee" or "back"');
  return PSFS.instructions.split(PSFS.problemBlank).join(words);
}
