import { describe, expect, it } from 'vitest';
import type * as fhir4 from 'fhir/r4.js';
import { assessValid } from '../engine/assess.js';
import { CaseValidationError } from '../engine/validate.js';
import { SOURCES } from '../knowledge/sources.js';
import { TRIAGE_LEVEL_INFO } from '../knowledge/triage-levels.js';
import type { Case } from '../schemas/case.js';
import { assessmentToFhir, type AssessmentBundleOptions } from './assessment-bundle.js';
import { CODE_SYSTEMS, HL7, KSNAV_FHIR_BASE } from './canonical-urls.js';
import { caseFromQuestionnaireResponse } from './case-from-questionnaire-response.js';
import { FhirMappingError } from './mapping-error.js';
import { devVignette, devVignettes } from './__fixtures__/dev-vignettes.js';
import { r4Problems } from './__fixtures__/r4-structure.js';

const AT = '2026-01-31T09:30:00Z';
const bundleOf = (c: Case, options: Partial<AssessmentBundleOptions> = {}) => assessmentToFhir(assessValid(c), c, { occurrence: AT, ...options });
const resources = (b: fhir4.Bundle) => (b.entry ?? []).map((e) => e.resource as fhir4.FhirResource);
const only = <T extends fhir4.FhirResource['resourceType']>(b: fhir4.Bundle, type: T) =>
  resources(b).filter((r): r is Extract<fhir4.FhirResource, { resourceType: T }> => r.resourceType === type);
function one<T extends fhir4.FhirResource['resourceType']>(b: fhir4.Bundle, type: T): Extract<fhir4.FhirResource, { resourceType: T }> {
  const found = only(b, type);
  expect(found).toHaveLength(1);
  return found[0] as Extract<fhir4.FhirResource, { resourceType: T }>;
}

/** Every `reference` anywhere in the bundle's resources, with where it was found. */
function references(value: unknown, path = ''): { path: string; reference: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => references(v, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) =>
    k === 'reference' && typeof v === 'string' ? [{ path, reference: v }] : references(v, `${path}.${k}`));
}

/** Bundle resolution: a relative reference resolves against the base of the entry's RESTful fullUrl. */
function resolve(b: fhir4.Bundle, reference: string): fhir4.FhirResource | undefined {
  return b.entry?.find((e) => e.fullUrl === `${KSNAV_FHIR_BASE}/${reference}`)?.resource as fhir4.FhirResource | undefined;
}

const triageObservation = (b: fhir4.Bundle) => only(b, 'Observation').find((o) => o.code.coding?.[0]?.code === 'triage-level');
const redFlagObservations = (b: fhir4.Bundle) => only(b, 'Observation').filter((o) => o.code.coding?.[0]?.system === CODE_SYSTEMS.redFlag);

describe('assessment as a FHIR collection Bundle', () => {
  describe.each(devVignettes().map((v) => [v.name, v.case] as const))('%s', (_name, c) => {
    const a = assessValid(c);
    const b = bundleOf(c);

    it('is structurally valid R4, every resource included', () => {
      expect(r4Problems(b)).toEqual([]);
      expect(b).toMatchObject({ resourceType: 'Bundle', type: 'collection', timestamp: AT });
    });

    it('holds the response, the triage and one Observation per red flag, the RiskAssessment and the ClinicalImpression', () => {
      expect(resources(b).map((r) => r.resourceType)).toEqual([
        'QuestionnaireResponse', 'Observation', ...a.redFlags.map(() => 'Observation'), 'RiskAssessment', 'ClinicalImpression',
      ]);
      const ids = resources(b).map((r) => `${r.resourceType}/${r.id}`);
      expect(new Set(ids).size).toBe(ids.length);
      for (const e of b.entry ?? []) expect(e.fullUrl).toBe(`${KSNAV_FHIR_BASE}/${e.resource?.resourceType}/${e.resource?.id}`);
    });

    it('has every reference resolve inside the bundle', () => {
      const refs = references(resources(b));
      expect(refs.length).toBeGreaterThanOrEqual(4);
      for (const { path, reference } of refs) expect(resolve(b, reference), `${path} -> ${reference}`).toBeDefined();
    });

    it('carries the case: the QuestionnaireResponse reads back as it, and everything is derived from it', () => {
      const qr = one(b, 'QuestionnaireResponse');
      expect(caseFromQuestionnaireResponse(qr)).toEqual(c);
      const qrRef = `QuestionnaireResponse/${qr.id}`;
      expect(one(b, 'RiskAssessment').basis?.map((r) => r.reference)).toEqual([qrRef]);
      for (const o of only(b, 'Observation')) expect(o.derivedFrom?.[0]?.reference).toBe(qrRef);
      expect(one(b, 'ClinicalImpression').investigation?.[0]?.item?.[0]?.reference).toBe(qrRef);
    });

    it('codes the triage level', () => {
      const o = triageObservation(b);
      expect(o?.code.text).toBe('ksnav triage level');
      expect(o?.valueCodeableConcept?.coding).toEqual([{ system: CODE_SYSTEMS.triageLevel, code: a.triage.level, display: TRIAGE_LEVEL_INFO[a.triage.level].title }]);
    });

    it('has one true Observation per red flag, citing its sources', () => {
      const flags = redFlagObservations(b);
      expect(flags.map((o) => o.code.coding?.[0]?.code)).toEqual(a.redFlags.map((r) => r.id));
      for (const [i, o] of flags.entries()) {
        expect(o.valueBoolean).toBe(true);
        const notes = (o.note ?? []).map((n) => n.text).join('\n');
        expect(notes).toContain('Sources: ');
        const sources = a.redFlags[i]?.sources ?? [];
        expect(sources.length).toBeGreaterThan(0);
        for (const s of sources) expect(notes).toContain(SOURCES[s].title);
      }
      const impression = one(b, 'ClinicalImpression');
      expect((impression.finding ?? []).map((f) => f.itemCodeableConcept?.coding?.[0]?.code)).toEqual(a.redFlags.map((r) => r.id));
    });

    it('predicts each pattern as "consistent with", at its likelihood, with the triage as mitigation and the notice', () => {
      const risk = one(b, 'RiskAssessment');
      expect((risk.prediction ?? []).map((p) => [p.outcome?.coding?.[0]?.code, p.qualitativeRisk?.coding?.[0]])).toEqual(
        a.patterns.map((p) => [p.id, expect.objectContaining({ system: HL7.riskProbability, code: p.likelihood })]),
      );
      for (const p of risk.prediction ?? []) expect(p.outcome?.text).toMatch(/^consistent with /);
      expect(risk.mitigation).toContain(a.triage.action);
      expect(risk.note?.map((n) => n.text)).toContain(a.notice);
      expect(risk.subject).toEqual({ display: expect.any(String) });
    });

    it('sums the triage up in the ClinicalImpression', () => {
      const impression = one(b, 'ClinicalImpression');
      expect(impression.status).toBe('completed');
      expect(impression.summary).toContain(a.triage.title);
      for (const reason of a.triage.because) expect(impression.summary).toContain(reason);
    });

    it('never says "you have" in what it concludes', () => {
      const conclusions = JSON.stringify(resources(b).filter((r) => r.resourceType !== 'QuestionnaireResponse'));
      expect(conclusions).not.toMatch(/\byou have\b/i);
    });
  });

  it('gives dev-02 (cauda equina) an emergency triage and the red flag with its guideline', () => {
    const b = bundleOf(devVignette('dev-02'));
    expect(triageObservation(b)?.valueCodeableConcept?.coding?.[0]?.code).toBe('emergency');
    const [flag] = redFlagObservations(b);
    expect(flag?.code.coding?.[0]?.code).toBe('cauda_equina_syndrome');
    expect(flag?.note?.map((n) => n.text).join(' ')).toContain('national suspected cauda equina syndrome (CES) pathway');
  });
});

describe('determinism and ids', () => {
  const c = devVignette('dev-04');

  it('gives the same JSON for the same input, and the same ids whatever the key order of the case', () => {
    expect(JSON.stringify(bundleOf(c))).toBe(JSON.stringify(bundleOf(c)));
    const reordered = { ...Object.fromEntries(Object.entries(c).reverse()), evidence: Object.fromEntries(Object.entries(c.evidence ?? {}).reverse()) } as Case;
    expect(reordered).toEqual(c);
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(c));
    expect(bundleOf(reordered).id).toBe(bundleOf(c).id);
  });

  it('derives the ids from the case id and content, so another time or other answers give other ids', () => {
    const base = bundleOf(c).id ?? '';
    expect(base).toMatch(/^dev-04-ottawa-weight-bearing-[0-9a-f]{14}$/);
    expect(bundleOf(c, { occurrence: '2026-02-01T09:30:00Z' }).id).not.toBe(base);
    expect(bundleOf({ ...c, age: c.age + 1 }).id).not.toBe(base);
    expect(bundleOf({ age: 40 }).id).toMatch(/^ksnav-[0-9a-f]{14}$/);
    expect(bundleOf({ id: 'ünïcode & spaces', age: 40 }).id).toMatch(/^n-code-spaces-[0-9a-f]{14}$/);
  });

  it('uses idBase when given, for every resource', () => {
    const b = bundleOf(c, { idBase: 'visit-42' });
    expect(b.id).toBe('visit-42');
    for (const r of resources(b)) expect(r.id).toMatch(/^visit-42-/);
  });

  it('names the patient on every resource when a reference is given', () => {
    const b = bundleOf(c, { patientReference: 'Patient/123' });
    for (const r of resources(b)) expect((r as { subject?: fhir4.Reference }).subject).toEqual({ reference: 'Patient/123' });
  });
});

describe('refusals', () => {
  const c = devVignette('dev-03');
  it.each([
    ['a date without a time', { occurrence: '2026-01-31' }, 'occurrence'],
    ['a time without a zone', { occurrence: '2026-01-31T09:30:00' }, 'occurrence'],
    ['an impossible month', { occurrence: '2026-13-01T09:30:00Z' }, 'occurrence'],
    ['a reference to something else than a patient', { patientReference: 'Practitioner/1' }, 'patientReference'],
    ['an id base with underscores', { idBase: 'my_case' }, 'idBase'],
    ['an id base too long for the suffixes', { idBase: 'a'.repeat(51) }, 'idBase'],
  ] as const)('%s', (_what, options, field) => {
    let error: unknown;
    try {
      bundleOf(c, options);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FhirMappingError);
    expect(error).toBeInstanceOf(CaseValidationError);
    expect((error as FhirMappingError).field).toBe(field);
  });
});
