/**
 * Does a QuestionnaireResponse answer its Questionnaire as the specification says: every item at
 * the same place in the tree as in the Questionnaire, answers of the item's type (boolean ->
 * valueBoolean, integer -> valueInteger, choice -> one of its answerOption codings), nothing
 * answered twice. Returns the problems; none means it conforms.
 */
import type * as fhir4 from 'fhir/r4.js';

const VALUE_FOR_TYPE: Record<string, string> = { boolean: 'valueBoolean', integer: 'valueInteger', decimal: 'valueDecimal', choice: 'valueCoding' };

export function conformanceProblems(qr: fhir4.QuestionnaireResponse, q: fhir4.Questionnaire): string[] {
  const problems: string[] = [];
  check(qr.item ?? [], q.item ?? [], 'item', problems);
  return problems;
}

function check(answered: readonly fhir4.QuestionnaireResponseItem[], asked: readonly fhir4.QuestionnaireItem[], path: string, problems: string[]): void {
  const seen = new Set<string>();
  for (const item of answered) {
    const at = `${path}[${item.linkId}]`;
    const q = asked.find((a) => a.linkId === item.linkId);
    if (!q) {
      problems.push(`${at}: not an item here in the Questionnaire`);
      continue;
    }
    if (seen.has(item.linkId)) problems.push(`${at}: answered twice`);
    seen.add(item.linkId);
    if (q.type === 'group') check(item.item ?? [], q.item ?? [], `${at}.item`, problems);
    for (const answer of item.answer ?? []) {
      const key = VALUE_FOR_TYPE[q.type];
      const value = key ? (answer as Record<string, unknown>)[key] : undefined;
      if (value === undefined) problems.push(`${at}: a ${q.type} item needs ${key ?? 'no answer'}`);
      if (q.type === 'choice') {
        const coding = answer.valueCoding;
        if (!q.answerOption?.some((o) => o.valueCoding?.system === coding?.system && o.valueCoding?.code === coding?.code)) {
          problems.push(`${at}: ${coding?.code} is not one of its answer options`);
        }
      }
    }
    if ((item.answer?.length ?? 0) > 1 && !q.repeats) problems.push(`${at}: several answers to a non-repeating item`);
  }
}
