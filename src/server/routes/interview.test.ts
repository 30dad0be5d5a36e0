import { expect, it } from 'vitest';
import { nextQuestions } from '../../engine/interview.js';
import { describeApi } from '../__fixtures__/test-app.js';

describeApi('interview API', (t) => {
  const post = (payload: unknown) => t.app.inject({ method: 'POST', url: '/api/v1/interview', payload: payload as object });

  it('answers the engine\'s next step, as many questions as asked for', async () => {
    const res = await post({ case: { age: 40 } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(JSON.parse(JSON.stringify(nextQuestions({ age: 40 }))));
    const three = await post({ case: { age: 40, evidence: { low_back_pain: true } }, max: 3, skipped: ['sex'] });
    expect(three.json().questions).toHaveLength(3);
    expect(three.json()).toEqual(JSON.parse(JSON.stringify(nextQuestions({ age: 40, evidence: { low_back_pain: true } }, { max: 3, skipped: ['sex'] }))));
  });

  it('reports an emergency the moment the answers make one', async () => {
    const res = await post({ case: { age: 50, evidence: { low_back_pain: true, saddle_numbness: true } } });
    expect(res.statusCode).toBe(200);
    expect(res.json().emergency).toMatchObject({ level: 'emergency' });
  });

  it('names the field of a malformed request', async () => {
    expect((await post({ case: { age: 'forty' } })).json().error).toMatchObject({ code: 'invalid', field: 'case.age' });
    expect((await post({ case: {}, max: 0 })).json().error).toMatchObject({ field: 'max', message: 'max must be at least 1.' });
    expect((await post({ case: {}, extra: 1 })).json().error.field).toBe('extra');
    expect((await post({})).json().error).toMatchObject({ field: 'case', message: 'case is required.' });
  });
});
