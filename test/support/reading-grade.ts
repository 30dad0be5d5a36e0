/**
 * Reading grade of patient-facing text: the Flesch-Kincaid grade level (`flesch-kincaid`, with
 * syllables counted by `syllable`, both by Titus Wormer). Each text counts as at least one
 * sentence (a list item or a title ends where it ends); inside it, a sentence ends at . ! or ?
 * before a space. Numbers count as one-syllable words ("6 weeks").
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

export interface Counts {
  sentence: number;
  word: number;
  syllable: number;
}

const WORD = /[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*/g;

export function countsOf(texts: readonly string[]): Counts {
  const total: Counts = { sentence: 0, word: 0, syllable: 0 };
  for (const text of texts) {
    const trimmed = text.trim();
    if (!trimmed) continue;
    const sentences = trimmed.split(/(?<=[.!?])\s+(?=[A-Z0-9“"(])/).filter((s) => /[A-Za-z0-9]/.test(s));
    total.sentence += Math.max(1, sentences.length);
    for (const word of trimmed.match(WORD) ?? []) {
      total.word += 1;
      total.syllable += /^\d/.test(word) ? 1 : Math.max(1, syllable(word));
    }
  }
  return total;
}

/** The Flesch-Kincaid grade of the texts taken together, to one decimal. */
export function readingGrade(texts: readonly string[]): number {
  const counts = countsOf(texts);
  if (counts.word === 0) return 0;
  return Math.round(fleschKincaid({ ...counts }) * 10) / 10;
}

/** The hardest sentences first: what to rewrite to bring a section's grade down. */
export function hardestSentences(texts: readonly string[], n = 5): { grade: number; sentence: string }[] {
  const all = texts.flatMap((t) => t.split(/(?<=[.!?])\s+(?=[A-Z0-9“"(])/)).filter((s) => s.trim());
  return all.map((sentence) => ({ grade: readingGrade([sentence]), sentence })).sort((a, b) => b.grade - a.grade).slice(0, n);
}
