/**
 * Says an evidence id in words for "the answers that led there": from the questions the person
 * actually answered when we have them, else from the id itself (a saved assessment keeps the
 * case, not the wording of the questions; fetching the whole knowledge base for it would slow
 * the page down).
 */
import type { AnsweredQuestion } from '../interview/answers.js';

export type EvidenceWords = (id: string) => string;

export function evidenceWords(answers: readonly AnsweredQuestion[]): EvidenceWords {
  const known = new Map<string, string>();
  for (const { question, value } of answers) {
    const target = question.target;
    if (target.kind === 'evidence' && typeof value === 'boolean') {
      known.set(target.id, `${question.text} ${value ? 'Yes' : 'No'}`);
    } else if (target.kind === 'body_map' && Array.isArray(value)) {
      for (const option of question.options ?? []) {
        if (option.evidence) known.set(option.evidence, `Pain in the ${option.label.toLowerCase()}: ${value.includes(option.value) ? 'yes' : 'no'}`);
      }
    }
  }
  return (id) => known.get(id) ?? humanise(id);
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function humanise(id: string): string {
  return capitalise(id.replace(/_/g, ' '));
}
