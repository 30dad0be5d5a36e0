/**
 * STarT Back scoring (Keele): each agreement and a "very much" or "extremely" bothersome back
 * pain scores 1; overall = all nine (0-9), distress = items 5-9 (0-5). Overall 3 or less is low
 * risk; otherwise distress 3 or less is medium, 4 or more high. Every item must be answered.
 */
import { START_BACK, type StartBackRisk } from '../knowledge/measures/index.js';
import { START_BACK_ITEM_IDS, type MeasureResult, type StartBackAnswers } from '../schemas/measures.js';
import { answersObject, onlyKeys, refuseAnswer } from './answer-error.js';

const WHAT = 'the STarT Back tool (items q1 to q9)';

/** Checks an answers object; returns it typed, or throws MeasureAnswerError naming the item. */
export function parseStartBackAnswers(input: unknown): StartBackAnswers {
  const answers = answersObject(input, 'one answer for each of q1 to q9');
  onlyKeys(answers, START_BACK_ITEM_IDS, WHAT);
  for (const item of START_BACK.items) {
    const value = answers[item.id];
    const codes = item.options.map((o) => o.code);
    if (value === undefined || value === null) {
      refuseAnswer(item.id, `is not answered: the STarT Back risk groups need all nine answers (item ${item.number}: "${item.text}")`);
    }
    if (typeof value !== 'string' || !codes.includes(value)) refuseAnswer(item.id, `must be one of ${codes.join(', ')}`);
  }
  return answers as StartBackAnswers;
}

/** The item's score (0 or 1) for an answer code. */
function itemScore(itemId: string, code: string): number {
  const item = START_BACK.items.find((i) => i.id === itemId);
  const option = item?.options.find((o) => o.code === code);
  if (!option) throw new Error(`no STarT Back answer ${code} for ${itemId}`);
  return option.score;
}

export function startBackRisk(total: number, distress: number): StartBackRisk {
  const { lowMaxTotal, highMinDistress } = START_BACK.cutOffs;
  if (total <= lowMaxTotal) return 'low';
  return distress >= highMinDistress ? 'high' : 'medium';
}

export function scoreStartBack(answers: StartBackAnswers): MeasureResult {
  let total = 0;
  let distress = 0;
  for (const id of START_BACK_ITEM_IDS) {
    const score = itemScore(id, answers[id]);
    total += score;
    if (START_BACK.distressItems.includes(id)) distress += score;
  }
  const risk = startBackRisk(total, distress);
  const group = START_BACK.riskGroups.find((g) => g.code === risk);
  const [totalScale, distressScale] = START_BACK.scales;
  if (!group || !totalScale || !distressScale) throw new Error('STarT Back data is incomplete');
  return {
    instrument: 'start-back',
    scores: [
      { scale: totalScale.id, title: totalScale.title, value: total, min: totalScale.min, max: totalScale.max, higherIsBetter: totalScale.higherIsBetter },
      { scale: distressScale.id, title: distressScale.title, value: distress, min: distressScale.min, max: distressScale.max, higherIsBetter: distressScale.higherIsBetter },
    ],
    primaryScale: START_BACK.primaryScale,
    risk: { code: risk, display: group.display },
    itemsAnswered: START_BACK_ITEM_IDS.length,
  };
}
