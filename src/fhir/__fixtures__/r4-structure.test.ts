/** The structural checker must catch what it claims to, or the tests that lean on it prove nothing. */
import { describe, expect, it } from 'vitest';
import { r4Problems } from './r4-structure.js';
import { conformanceProblems } from './questionnaire-conformance.js';
import { intakeQuestionnaire } from '../questionnaire.js';

const observation = { resourceType: 'Observation', id: 'o1', status: 'final', code: { text: 'x' }, valueBoolean: true };

describe('r4Problems', () => {
  it('passes a minimal valid Observation', () => expect(r4Problems(observation)).toEqual([]));

  it.each([
    ['no resourceType', { status: 'final' }, /resourceType/],
    ['a bad id', { ...observation, id: 'has_underscore' }, /not a FHIR id/],
    ['a missing status', { ...observation, status: undefined }, /status/],
    ['an unknown status', { ...observation, status: 'done' }, /status/],
    ['no code', { ...observation, code: undefined }, /code/],
    ['two values', { ...observation, valueString: 'x' }, /more than one value/],
    ['an empty array', { ...observation, note: [] }, /ele-1/],
    ['an empty string', { ...observation, code: { text: '' } }, /ele-1/],
    ['an annotation without text', { ...observation, note: [{ authorString: 'a' }] }, /Annotation/],
    ['a coding without a system', { ...observation, code: { coding: [{ code: 'x' }] } }, /absolute system/],
    ['an extension with a value and extensions', { ...observation, extension: [{ url: 'http://x.example/e', valueBoolean: true, extension: [{ url: 'http://x.example/f', valueBoolean: true }] }] }, /ext-1/],
    ['a reference with nothing in it', { ...observation, subject: { type: 'Patient' } }, /ref-1/],
    ['a date without a zone', { ...observation, effectiveDateTime: '2026-01-31T09:30:00' }, /dateTime/],
    ['a RiskAssessment without a subject', { resourceType: 'RiskAssessment', status: 'final' }, /subject: is required/],
    ['a ClinicalImpression with a made-up status', { resourceType: 'ClinicalImpression', status: 'final', subject: { display: 'x' } }, /status/],
    ['a group without items', { resourceType: 'Questionnaire', url: 'http://x.example/q', status: 'active', item: [{ linkId: 'g', type: 'group', text: 'g' }] }, /que-1/],
    ['duplicate linkIds', { resourceType: 'Questionnaire', url: 'http://x.example/q', status: 'active', item: [{ linkId: 'a', type: 'boolean' }, { linkId: 'a', type: 'boolean' }] }, /not unique/],
    ['answerOption on a boolean', { resourceType: 'Questionnaire', url: 'http://x.example/q', status: 'active', item: [{ linkId: 'a', type: 'boolean', answerOption: [{ valueString: 'x' }] }] }, /que-5/],
    ['an answer with two values', { resourceType: 'QuestionnaireResponse', status: 'completed', item: [{ linkId: 'a', answer: [{ valueBoolean: true, valueString: 'x' }] }] }, /exactly one/],
    ['a duplicate fullUrl', { resourceType: 'Bundle', type: 'collection', entry: [{ fullUrl: 'http://x.example/O/1', resource: observation }, { fullUrl: 'http://x.example/O/1', resource: observation }] }, /bdl-7/],
    ['a broken resource inside a bundle', { resourceType: 'Bundle', type: 'collection', entry: [{ fullUrl: 'http://x.example/O/1', resource: { ...observation, status: 'x' } }] }, /entry\[0\].*status/],
  ])('finds %s', (_what, resource, problem) => {
    expect(r4Problems(resource).join('\n')).toMatch(problem);
  });
});

describe('conformanceProblems', () => {
  const q = intakeQuestionnaire();
  it.each([
    ['an item outside its group', { linkId: 'fever', answer: [{ valueBoolean: true }] }, /not an item here/],
    ['a boolean answered with an integer', { linkId: 'evidence.whole_body', item: [{ linkId: 'fever', answer: [{ valueInteger: 1 }] }] }, /needs valueBoolean/],
    ['a choice outside its options', { linkId: 'about', item: [{ linkId: 'sex', answer: [{ valueCoding: { system: 'http://hl7.org/fhir/administrative-gender', code: 'unknown' } }] }] }, /not one of its answer options/],
  ])('finds %s', (_what, item, problem) => {
    expect(conformanceProblems({ resourceType: 'QuestionnaireResponse', status: 'completed', item: [item] }, q).join('\n')).toMatch(problem);
  });
});
