/** One or more filled-in answer sets per measure, covering each answer type (test support). */
import type { MeasureId } from '../../knowledge/measures/index.js';
import type { MeasureAnswers } from '../../schemas/measures.js';

export interface MeasureExample<K extends MeasureId = MeasureId> {
  name: string;
  instrument: K;
  answers: MeasureAnswers[K];
}

export const MEASURE_EXAMPLES: readonly MeasureExample[] = [
  {
    name: 'STarT Back, high risk', instrument: 'start-back',
    answers: { q1: 'agree', q2: 'disagree', q3: 'agree', q4: 'agree', q5: 'agree', q6: 'agree', q7: 'disagree', q8: 'agree', q9: 'very_much' },
  },
  {
    name: 'STarT Back, low risk', instrument: 'start-back',
    answers: { q1: 'agree', q2: 'disagree', q3: 'disagree', q4: 'disagree', q5: 'disagree', q6: 'disagree', q7: 'disagree', q8: 'disagree', q9: 'moderately' },
  },
  { name: 'Roland-Morris, 3 ticked', instrument: 'roland-morris', answers: { ticked: [3, 9, 17] } },
  { name: 'Roland-Morris, none ticked', instrument: 'roland-morris', answers: { ticked: [] } },
  { name: 'PSFS, three activities', instrument: 'psfs', answers: { activities: [{ name: 'Climbing stairs', rating: 3 }, { name: 'Gardening', rating: 5 }, { name: 'Running for the bus', rating: 0 }] } },
  { name: 'NPRS, knee and back', instrument: 'nprs', answers: { knee: 6, back: 2 } },
  { name: 'NPRS, leg only', instrument: 'nprs', answers: { leg: 8 } },
] as MeasureExample[];
