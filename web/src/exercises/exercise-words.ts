/** An exercise's dose and stop signs in words, from the knowledge base's structured data. */
import type { Knowledge } from '../api/knowledge.js';

export type ExerciseInfo = Knowledge['exercises'][number];

export function doseWords(d: ExerciseInfo['dose']): string {
  const parts: string[] = [];
  if (d.sets !== undefined && d.reps !== undefined) parts.push(`${d.sets} ${d.sets === 1 ? 'set' : 'sets'} of ${d.reps}`);
  else if (d.reps !== undefined) parts.push(`${d.reps} times`);
  if (d.holdSeconds !== undefined) parts.push(`hold ${d.holdSeconds} seconds`);
  if (d.minutes !== undefined) parts.push(`${d.minutes} minutes`);
  parts.push(d.frequency);
  return parts.join(', ');
}

export function stopSigns(e: ExerciseInfo, common: readonly string[]): string[] {
  return [...e.stopIf, ...common];
}
