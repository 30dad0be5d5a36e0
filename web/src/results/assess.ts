/**
 * Assessing the answers in the browser, with the same engine the server runs, and keeping the
 * results in this tab for the results page. Nothing is sent: the results page saves them to an
 * account only when the person asks it to.
 */
import type { Case } from '../api/types.js';
import { loadEngine } from '../engine/load-engine.js';
import type { AnsweredQuestion } from '../interview/answers.js';
import { saveResults, type StoredResults } from '../storage.js';

export async function assessAndKeep(theCase: Case, answers: AnsweredQuestion[]): Promise<StoredResults> {
  const { assess } = await loadEngine();
  const results: StoredResults = { case: theCase, assessment: assess(theCase), savedId: null, answers };
  saveResults(results);
  return results;
}
