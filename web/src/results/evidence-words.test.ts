import { describe, expect, it } from 'vitest';
import type { Question } from '../api/types.js';
import { evidenceWords, humanise } from './evidence-words.js';

const saddle: Question = { id: 'saddle_numbness', kind: 'yes_no', text: 'Is the saddle area numb?', help: '', group: 'Nerves', redFlag: true, target: { kind: 'evidence', id: 'saddle_numbness' } };
const where: Question = {
  id: 'where', kind: 'body_map', text: 'Where?', help: '', group: 'Your pain', redFlag: false, target: { kind: 'body_map' },
  options: [{ value: 'back', label: 'Lower back', evidence: 'low_back_pain' }, { value: 'knee', label: 'Knee', evidence: 'knee_pain' }],
};

describe('evidenceWords', () => {
  it('uses the question the person answered, with their answer', () => {
    const words = evidenceWords([{ question: saddle, value: true }, { question: where, value: ['knee'] }]);
    expect(words('saddle_numbness')).toBe('Is the saddle area numb? Yes');
    expect(words('knee_pain')).toBe('Pain in the knee: yes');
    expect(words('low_back_pain')).toBe('Pain in the lower back: no');
  });

  it('falls back to the id in words', () => {
    expect(evidenceWords([])('leg_pain_below_knee')).toBe('Leg pain below knee');
    expect(humanise('fever')).toBe('Fever');
  });
});
