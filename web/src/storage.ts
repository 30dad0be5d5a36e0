/**
 * What survives a reload: the interview's answers and the latest results, in sessionStorage (the
 * tab's own storage, gone when the tab closes: health answers do not linger on a shared phone).
 */
import type { Assessment, Case } from './api/types.js';
import type { AnsweredQuestion } from './interview/answers.js';

const INTERVIEW_KEY = 'ksnav.interview.v2';
const RESULTS_KEY = 'ksnav.results.v1';

export interface StoredInterview {
  /** The answers, a list per screen, in the order the screens were answered. */
  screens: AnsweredQuestion[][];
  /** Screens undone with Back, ready for Forward (cleared by a new answer). */
  redo: AnsweredQuestion[][];
  /** The progress shown after each screen: it never goes backwards while answering. */
  shown: number[];
  /** Levels of same-day warnings the person has seen and chosen to go on after. */
  acknowledged: string[];
}

export const EMPTY_INTERVIEW: StoredInterview = { screens: [], redo: [], shown: [], acknowledged: [] };

export interface StoredResults {
  case: Case;
  assessment: Assessment;
  /** The id of the saved copy when the person saved it while signed in. */
  savedId: string | null;
  /** The answers in words, so the results can show which answers led where. */
  answers: AnsweredQuestion[];
}

function read<T>(key: string, valid: (value: unknown) => value is T): T | null {
  try {
    const raw = sessionStorage.getItem(key);
    if (!raw) return null;
    const value: unknown = JSON.parse(raw);
    return valid(value) ? value : null;
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): void {
  try {
    if (value === null) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, JSON.stringify(value));
  } catch {
    // storage full or disabled: the app still works, a reload just starts over
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

const isAnswered = (v: unknown): boolean =>
  isObject(v) && isObject(v.question) && typeof v.question.id === 'string' && isObject(v.question.target) && 'value' in v;

const isScreenList = (v: unknown): boolean => Array.isArray(v) && v.every((screen) => Array.isArray(screen) && screen.every(isAnswered));

export function loadInterview(): StoredInterview {
  return (
    read(INTERVIEW_KEY, (v): v is StoredInterview =>
      isObject(v) && isScreenList(v.screens) && isScreenList(v.redo) && Array.isArray(v.shown) && Array.isArray(v.acknowledged),
    ) ?? EMPTY_INTERVIEW
  );
}

export function saveInterview(state: StoredInterview | null): void {
  write(INTERVIEW_KEY, state);
}

export function loadResults(): StoredResults | null {
  return read(RESULTS_KEY, (v): v is StoredResults => isObject(v) && isObject(v.case) && isObject(v.assessment) && Array.isArray(v.answers));
}

export function saveResults(results: StoredResults | null): void {
  write(RESULTS_KEY, results);
}
