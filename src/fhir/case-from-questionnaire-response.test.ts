import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as fhir4 from 'fhir/r4.js';
import { assess } from '../engine/assess.js';
import { CaseValidationError } from '../engine/validate.js';
import type { Case } from '../schemas/case.js';
import { arbitraryCase } from '../engine/__fixtures__/arbitrary-case.js';
import { caseFromQuestionnaireResponse } from './case-from-questionnaire-response.js';
import { FhirMappingError } from './mapping-error.js';
import { intakeQuestionnaire } from './questionnaire.js';
import { questionnaireResponseFromCase } from './questionnaire-response-from-case.js';
import { devVignettes } from './__fixtures__/dev-vignettes.js';
import { conformanceProblems } from './__fixtures__/questionnaire-conformance.js';
import { r4Problems } from './__fixtures__/r4-structure.js';

const questionnaire = intakeQuestionnaire();
const viaJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Empty pain and evidence objects and an empty id say nothing: a response has no way to carry them. */
function meaningful(c: Case): Case {
  const out: Case = { ...c };
  if (out.id === '') delete out.id;
  if (out.pain && Object.keys(out.pain).length === 0) delete out.pain;
  if (out.side && Object.keys(out.side).length === 0) delete out.side;
  if (out.evidence && Object.keys(out.evidence).length === 0) delete out.evidence;
  return out;
}

/** The error thrown by `run`, checked to be a refusal naming `field`. */
function refusal(run: () => unknown): FhirMappingError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(FhirMappingError);
    expect(error).toBeInstanceOf(CaseValidationError);
    return error as FhirMappingError;
  }
  throw new Error('expected a refusal');
}

const answer = (linkId: string, value: fhir4.QuestionnaireResponseItemAnswer): fhir4.QuestionnaireResponseItem => ({ linkId, answer: [value] });
const response = (...item: fhir4.QuestionnaireResponseItem[]): fhir4.QuestionnaireResponse => ({
  resourceType: 'QuestionnaireResponse', status: 'completed', item: [answer('age', { valueInteger: 40 }), ...item],
});

describe('case -> QuestionnaireResponse -> case', () => {
  const vignettes = devVignettes();

  it('covers the development vignettes', () => expect(vignettes.length).toBeGreaterThanOrEqual(30));

  it.each(vignettes.map((v) => [v.name, v.case] as const))('%s comes back equal, through JSON', (_name, c) => {
    const qr = viaJson(questionnaireResponseFromCase(c, { id: 'qr-1', authored: '2026-01-31T09:30:00Z' }));
    expect(r4Problems(qr)).toEqual([]);
    expect(conformanceProblems(qr, questionnaire)).toEqual([]);
    expect(caseFromQuestionnaireResponse(qr)).toEqual(c);
  });

  it('holds for any valid case, fractional durations included', () => {
    fc.assert(fc.property(arbitraryCase, (c) => {
      const qr = viaJson(questionnaireResponseFromCase(c));
      expect(r4Problems(qr)).toEqual([]);
      expect(caseFromQuestionnaireResponse(qr)).toEqual(meaningful(c));
    }), { numRuns: 300 });
  });

  it('answers whole numbers with valueInteger, as the Questionnaire asks, and keeps a fraction as valueDecimal rather than round it', () => {
    const c: Case = { age: 30, durationDays: 2.5, pain: { knee: 4 } };
    const qr = questionnaireResponseFromCase(c);
    expect(JSON.stringify(qr)).toContain('"valueDecimal":2.5');
    expect(JSON.stringify(qr)).toContain('"valueInteger":4');
    expect(caseFromQuestionnaireResponse(qr)).toEqual(c);
  });

  it('carries which side hurts both ways, as a coded answer', () => {
    const c: Case = { age: 30, side: { knee: 'left', leg: 'both' }, evidence: { knee_pain: true } };
    const qr = questionnaireResponseFromCase(c);
    expect(JSON.stringify(qr)).toContain('"code":"left"');
    expect(caseFromQuestionnaireResponse(viaJson(qr))).toEqual(c);
  });

  it('leaves unanswered questions out ("missing = not asked") and keeps false answers', () => {
    const qr = questionnaireResponseFromCase({ age: 50, evidence: { saddle_numbness: false } });
    const text = JSON.stringify(qr);
    expect(text).toContain('"linkId":"saddle_numbness"');
    expect(text).not.toContain('bladder_change');
    expect(text).not.toContain('"linkId":"pain"');
  });
});

describe('the example QuestionnaireResponse an EHR might send', () => {
  const example = JSON.parse(readFileSync(join(import.meta.dirname, '__fixtures__/questionnaire-response.example.json'), 'utf8')) as fhir4.QuestionnaireResponse;

  it('is valid R4 and conforms to the Questionnaire', () => {
    expect(r4Problems(example)).toEqual([]);
    expect(conformanceProblems(example, questionnaire)).toEqual([]);
  });

  it('reads as the case it answers, groups walked', () => {
    const c = caseFromQuestionnaireResponse(example);
    expect(c).toMatchObject({ id: 'example-sciatica', age: 52, sex: 'male', durationDays: 12, course: 'stable', pain: { leg: 7, back: 4 } });
    expect(c.evidence).toMatchObject({ leg_pain_below_knee: true, saddle_numbness: false, straight_leg_raise_positive: true });
    expect(assess(c).patterns[0]?.id).toBe('lumbar_radiculopathy');
  });
});

describe('refusals name the linkId or field', () => {
  it.each([
    ['an unknown linkId', response(answer('knee_pian', { valueBoolean: true })), 'knee_pian', /not a linkId/],
    ['a yes/no item answered with a string', response(answer('saddle_numbness', { valueString: 'yes' })), 'saddle_numbness', /valueBoolean/],
    ['a yes/no item answered with a number', response(answer('fever', { valueInteger: 1 })), 'fever', /valueBoolean/],
    ['a fractional age', { resourceType: 'QuestionnaireResponse', status: 'completed', item: [answer('age', { valueDecimal: 40.5 })] }, 'age', /whole number/],
    ['a pain score as a string', response(answer('pain.knee', { valueString: '7' })), 'pain.knee', /valueInteger/],
    ['an unknown sex code', response(answer('sex', { valueCoding: { system: 'http://hl7.org/fhir/administrative-gender', code: 'unknown' } })), 'sex', /female, male, other/],
    ['a course from another code system', response(answer('course', { valueCoding: { system: 'http://snomed.info/sct', code: 'stable' } })), 'course', /system/],
    ['two values in one answer', response(answer('fever', { valueBoolean: true, valueString: 'yes' } as fhir4.QuestionnaireResponseItemAnswer)), 'fever', /exactly one/],
    ['two answers', response({ linkId: 'fever', answer: [{ valueBoolean: true }, { valueBoolean: false }] }), 'fever', /one answer/],
    ['the same item twice', response(answer('fever', { valueBoolean: true }), answer('fever', { valueBoolean: true })), 'fever', /twice/],
    ['an answer on a group', response({ linkId: 'evidence.nerves', answer: [{ valueBoolean: true }] }), 'evidence.nerves', /takes no answer/],
    ['an unknown linkId inside a group', response({ linkId: 'evidence.nerves', item: [answer('tingles', { valueBoolean: true })] }), 'tingles', /not a linkId/],
    ['an item under an answer', response({ linkId: 'fever', answer: [{ valueBoolean: true, item: [{ linkId: 'x' }] }] }), 'fever', /follow-up/],
    ['an age out of range', { resourceType: 'QuestionnaireResponse', status: 'completed', item: [answer('age', { valueInteger: 130 })] }, 'age', /0 to 120/],
    ['a pain score above 10', response(answer('pain.back', { valueInteger: 11 })), 'pain.back', /0 to 10/],
    ['no age', { resourceType: 'QuestionnaireResponse', status: 'completed', item: [answer('fever', { valueBoolean: true })] }, 'age', /required/],
    ['another resource', { resourceType: 'Observation', status: 'final' }, 'resourceType', /QuestionnaireResponse/],
    ['an entered-in-error response', { resourceType: 'QuestionnaireResponse', status: 'entered-in-error' }, 'status', /only a completed/],
    ['a made-up status', { resourceType: 'QuestionnaireResponse', status: 'done' }, 'status', /one of/],
    ['another Questionnaire', { ...response(), questionnaire: 'http://example.org/Questionnaire/phq9' }, 'questionnaire', /own intake/],
    ['items that are not an array', { resourceType: 'QuestionnaireResponse', status: 'completed', item: { linkId: 'age' } }, 'item', /array/],
    ['an item without a linkId', { resourceType: 'QuestionnaireResponse', status: 'completed', item: [{ answer: [] }] }, 'item[0]', /linkId/],
    ['not an object', 'QuestionnaireResponse', 'QuestionnaireResponse', /object/],
  ] as const)('%s', (_what, input, field, message) => {
    const error = refusal(() => caseFromQuestionnaireResponse(input));
    expect(error.field).toBe(field);
    expect(error.errors[0]?.message).toMatch(message);
    expect(error.message).toContain(field);
  });

});

describe('what a sender may leave out', () => {
  it('reads an item without an answer as not asked', () => {
    const qr = response({ linkId: 'evidence.knee', item: [{ linkId: 'knee_swelling' }, answer('knee_locked', { valueBoolean: false })] });
    expect(caseFromQuestionnaireResponse(qr)).toEqual({ age: 40, evidence: { knee_locked: false } });
  });

  it('accepts the Questionnaire url with any version, and a response still in progress', () => {
    const qr = { ...response(), status: 'in-progress', questionnaire: 'http://ksnav.example/fhir/Questionnaire/ksnav-intake' } as const;
    expect(caseFromQuestionnaireResponse(qr)).toEqual({ age: 40 });
  });
});

describe('the optional STarT Back group of the intake', () => {
  const MEASURE_ANSWER = 'http://ksnav.example/fhir/CodeSystem/measure-answer';
  const coded = (linkId: string, code: string) => answer(linkId, { valueCoding: { system: MEASURE_ANSWER, code } });
  const eight = ['q1', 'q2', 'q3', 'q5', 'q6', 'q7', 'q8'].map((q) => coded(`start-back.${q}`, 'agree'));

  it('all nine answers become the case\'s startBack, and the assessment matches the care to them', () => {
    const qr = response(answer('low_back_pain', { valueBoolean: true }), { linkId: 'start-back', item: [...eight, coded('start-back.q4', 'disagree'), coded('start-back.q9', 'very_much')] });
    const c = caseFromQuestionnaireResponse(qr);
    expect(c.startBack).toEqual({ q1: 'agree', q2: 'agree', q3: 'agree', q4: 'disagree', q5: 'agree', q6: 'agree', q7: 'agree', q8: 'agree', q9: 'very_much' });
    expect(assess(c).stratifiedCare).toMatchObject({ risk: 'high', status: 'matched' });
  });

  it('a group with an item missing is refused naming that item\'s linkId; an answer it does not have names its linkId too', () => {
    const missing = refusal(() => caseFromQuestionnaireResponse(response({ linkId: 'start-back', item: [...eight, coded('start-back.q9', 'slightly')] })));
    expect(missing.field).toBe('start-back.q4');
    expect(missing.message).toContain('need all nine answers');
    const wrong = refusal(() => caseFromQuestionnaireResponse(response({ linkId: 'start-back', item: [...eight, coded('start-back.q4', 'agree'), coded('start-back.q9', 'agree')] })));
    expect(wrong.field).toBe('start-back.q9');
  });
});
