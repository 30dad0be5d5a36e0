/**
 * Every FHIR resource ksnav emits, through a full R4 validator (Medplum's validateResource over
 * the R4 StructureDefinitions, __fixtures__/r4-validator.ts), beside the hand-written checks of
 * r4-structure.ts: the intake Questionnaire; a QuestionnaireResponse and an assessment Bundle for
 * every development vignette; the searchset Bundle a CDS Hooks prefetch carries; each measure's
 * Questionnaire, QuestionnaireResponse and score Observation.
 */
import { describe, expect, it } from 'vitest';
import { assessValid } from '../engine/assess.js';
import { MEASURE_IDS } from '../knowledge/measures/index.js';
import { assessmentToFhir } from './assessment-bundle.js';
import { intakeQuestionnaire } from './questionnaire.js';
import { questionnaireResponseFromCase } from './questionnaire-response-from-case.js';
import { measureQuestionnaire } from './measure-questionnaire.js';
import { measureBundleEntries, measureToFhir } from './measure-observation.js';
import { measureResultsBundle } from './measure-bundle.js';
import { devVignette, devVignettes } from './__fixtures__/dev-vignettes.js';
import { r4Problems } from './__fixtures__/r4-structure.js';
import { r4ValidationIssues } from './__fixtures__/r4-validator.js';
import { MEASURE_EXAMPLES } from './__fixtures__/measure-examples.js';

const AT = '2026-01-31T09:30:00Z';

describe('the validator itself', () => {
  it('finds the problems it is there to find', () => {
    expect(r4ValidationIssues({ resourceType: 'Observation', status: 'final', code: { text: 'pain' }, valueInteger: 3 })).toEqual([]);
    expect(r4ValidationIssues({ resourceType: 'Observation', status: 'final', valueInteger: 3 }).join()).toContain('Observation.code');
    expect(r4ValidationIssues({ resourceType: 'Observation', status: 'final', code: { text: 'x' }, valueQuantity: { value: 'a' } }).join()).toContain('value');
    expect(r4ValidationIssues({ resourceType: 'Questionnaire', status: 'active', item: [{ linkId: 'a', type: 'group' }] }).join()).toContain('que-1');
    expect(r4ValidationIssues({ resourceType: 'QuestionnaireResponse', status: 'completed', item: [{ linkId: 'a', answer: [{ valueBoolean: true, valueString: 'x' }] }] })).not.toEqual([]);
    const item = (extension: unknown[]) => ({ resourceType: 'Questionnaire', status: 'active', item: [{ linkId: 'a', text: 'a', type: 'integer', extension }] });
    expect(r4ValidationIssues(item([{ url: 'http://hl7.org/fhir/StructureDefinition/minValue', valueInteger: 0 }]))).toEqual([]);
    expect(r4ValidationIssues(item([{ url: 'http://hl7.org/fhir/StructureDefinition/minValue', valueBoolean: true }])).join()).toContain('cannot have valueBoolean');
    expect(r4ValidationIssues(item([{ url: 'http://hl7.org/fhir/StructureDefinition/minValu', valueInteger: 0 }])).join()).toContain('not an R4 extension');
    expect(r4ValidationIssues({ resourceType: 'Observation', status: 'final', code: { text: 'x' }, extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/minValue', valueInteger: 0 }] }).join())
      .toContain('not allowed here');
  });
});

describe('intake, assessments and CDS Hooks prefetch', () => {
  it('the intake Questionnaire is valid R4', () => {
    expect(r4ValidationIssues(intakeQuestionnaire())).toEqual([]);
  });

  describe.each(devVignettes().map((v) => [v.name, v.case] as const))('%s', (_name, c) => {
    it('its QuestionnaireResponse, alone and in a CDS Hooks searchset prefetch, is valid R4', () => {
      const qr = questionnaireResponseFromCase(c, { authored: AT, subject: { reference: 'Patient/example' } });
      expect(r4ValidationIssues(qr)).toEqual([]);
      const prefetch = { resourceType: 'Bundle', type: 'searchset', total: 1, entry: [{ fullUrl: 'http://ehr.example/fhir/QuestionnaireResponse/1', resource: { ...qr, id: '1' }, search: { mode: 'match' } }] };
      expect(r4ValidationIssues(prefetch)).toEqual([]);
    });

    it('its assessment Bundle is valid R4, and so is every resource in it', () => {
      const b = assessmentToFhir(assessValid(c), c, { occurrence: AT, patientReference: 'Patient/example' });
      expect(r4ValidationIssues(b)).toEqual([]);
      for (const e of b.entry ?? []) expect(r4ValidationIssues(e.resource), e.fullUrl).toEqual([]);
    });
  });
});

describe('an assessment with the STarT Back answers', () => {
  const startBack = { q1: 'agree', q2: 'agree', q3: 'disagree', q4: 'agree', q5: 'agree', q6: 'agree', q7: 'agree', q8: 'disagree', q9: 'very_much' } as const;
  it.each(['dev-01', 'dev-02', 'dev-15', 'dev-16'])('%s: its response and Bundle, with the risk group Observation, are valid R4', (prefix) => {
    const c = { ...devVignette(prefix), startBack };
    const qr = questionnaireResponseFromCase(c, { authored: AT });
    expect(r4ValidationIssues(qr)).toEqual([]);
    for (const patientReference of ['Patient/example', undefined]) {
      const b = assessmentToFhir(assessValid(c), c, { occurrence: AT, ...(patientReference ? { patientReference } : {}) });
      expect(r4ValidationIssues(b)).toEqual([]);
      const risk = (b.entry ?? []).map((e) => e.resource).find((r) => r?.resourceType === 'Observation' && (r as { code?: { coding?: { code?: string }[] } }).code?.coding?.[0]?.code === '91352-5');
      expect(risk).toMatchObject({ valueCodeableConcept: { text: 'High risk' }, derivedFrom: [{ reference: expect.stringMatching(/^QuestionnaireResponse\//) }] });
    }
  });
});

describe('validated measures', () => {
  it.each(MEASURE_IDS)('%s: the Questionnaire is valid R4', (id) => {
    const q = measureQuestionnaire(id);
    expect(r4ValidationIssues(q)).toEqual([]);
    expect(r4Problems(q)).toEqual([]);
  });

  it.each(MEASURE_EXAMPLES.map((e) => [e.name, e] as const))('%s: the response and the score Observation are valid R4', (_name, e) => {
    const { response, observation } = measureToFhir(e.instrument, e.answers as never, { occurrence: AT, patientReference: 'Patient/example' });
    for (const r of [response, observation]) {
      expect(r4ValidationIssues(r)).toEqual([]);
      expect(r4Problems(r)).toEqual([]);
    }
  });

  it('all of them together in a collection Bundle, beside an assessment, are valid R4', () => {
    const c = devVignettes()[0]?.case;
    if (!c) throw new Error('no vignette');
    const b = assessmentToFhir(assessValid(c), c, { occurrence: AT, patientReference: 'Patient/example' });
    const measures = MEASURE_EXAMPLES.flatMap((e) => measureBundleEntries(measureToFhir(e.instrument, e.answers as never, { occurrence: AT, patientReference: 'Patient/example' })));
    const all = { ...b, entry: [...(b.entry ?? []), ...measures] };
    expect(r4ValidationIssues(all)).toEqual([]);
    expect(r4Problems(all)).toEqual([]);
    const urls = all.entry.map((e) => e.fullUrl);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('stored results as the account export\'s Bundle: the day answered as authored and effective, the storing time as issued; valid R4', () => {
    const stored = MEASURE_EXAMPLES.map((e, i) => ({ id: `0000000${i}-aaaa-4aaa-8aaa-00000000000${i}`, instrument: e.instrument, date: '2026-01-30', answers: e.answers, createdAt: AT }));
    const b = measureResultsBundle(stored, { id: 'ksnav-export-2026-01-31', timestamp: AT });
    expect(r4ValidationIssues(b)).toEqual([]);
    expect(b.entry).toHaveLength(2 * stored.length);
    const first = b.entry?.[1]?.resource as { effectiveDateTime?: string; issued?: string; derivedFrom?: { reference: string }[] };
    expect(first).toMatchObject({ effectiveDateTime: '2026-01-30', issued: AT, derivedFrom: [{ reference: `QuestionnaireResponse/${stored[0]!.id}-qr` }] });
    expect(() => measureResultsBundle(stored, { id: 'not an id', timestamp: AT })).toThrow(/id/);
  });
});
