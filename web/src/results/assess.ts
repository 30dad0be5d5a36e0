/** Asking the server for an assessment of the answers, and keeping it for the results page. */
import { api } from '../api/client.js';
import type { Assessment, Case } from '../api/types.js';
import type { AnsweredQuestion } from '../interview/answers.js';
import { saveResults, type StoredResults } from '../storage.js';

export interface AssessmentResponse {
  assessment: Assessment;
  saved: { id: string } | null;
}

/** POST /api/v1/assessments: stored on the server only when the person is signed in. */
export async function assessAndKeep(theCase: Case, answers: AnsweredQuestion[]): Promise<StoredResults> {
  const response = await api<AssessmentResponse>('POST', '/api/v1/assessments', theCase);
  const results: StoredResults = { case: theCase, assessment: response.assessment, savedId: response.saved?.id ?? null, answers };
  saveResults(results);
  return results;
}
