import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessValid } from '../engine/assess.js';
import { CaseValidationError } from '../engine/validate.js';
import { SOURCES } from '../knowledge/sources.js';
import type { Case } from '../schemas/case.js';
import { INTAKE_QUESTIONNAIRE_URL } from './canonical-urls.js';
import { consistentWith } from './clinical-text.js';
import { cdsCards, discovery, fitSummary, indicatorFor, SUMMARY_MAX, type CdsCard } from './cds-hooks.js';
import { FhirMappingError } from './mapping-error.js';
import { questionnaireResponseFromCase } from './questionnaire-response-from-case.js';
import { devVignette, devVignettes } from './__fixtures__/dev-vignettes.js';

const hookInstance = 'd1577c69-dfbe-44ad-ba6d-3e05e953b2ea';
const withCase = (c: unknown) => ({ hook: 'patient-view', hookInstance, context: { userId: 'Practitioner/1', patientId: '123', ksnavCase: c } });
const withIntake = (intake: unknown) => ({ hook: 'patient-view', hookInstance, context: { userId: 'Practitioner/1', patientId: '123' }, prefetch: { intake } });
const searchset = (...resources: unknown[]) => ({ resourceType: 'Bundle', type: 'searchset', entry: resources.map((resource) => ({ resource })) });

function onlyCard(response: { cards: CdsCard[] }): CdsCard {
  expect(response.cards).toHaveLength(1);
  return response.cards[0] as CdsCard;
}

describe('discovery', () => {
  it('lists the patient-view service with a prefetch of the latest intake', () => {
    const { services } = discovery();
    expect(services).toHaveLength(1);
    expect(services[0]).toMatchObject({ hook: 'patient-view', id: 'ksnav-triage', title: expect.any(String), description: expect.stringContaining('Not a diagnosis') });
    const template = services[0]?.prefetch?.intake ?? '';
    expect(template).toMatch(/^QuestionnaireResponse\?/);
    expect(template).toContain('{{context.patientId}}');
    expect(template).toContain(INTAKE_QUESTIONNAIRE_URL);
  });
});

describe('cards', () => {
  it.each([
    ['dev-02', 'critical'],
    ['dev-04', 'warning'],
    ['dev-03', 'info'],
  ] as const)('%s gets a %s card, from a case or from a QuestionnaireResponse alike', (prefix, indicator) => {
    const c = devVignette(prefix);
    const fromCase = onlyCard(cdsCards(withCase(c)));
    expect(fromCase.indicator).toBe(indicator);
    expect(cdsCards(withIntake(questionnaireResponseFromCase(c)))).toEqual({ cards: [fromCase] });
    expect(cdsCards(withIntake(searchset(questionnaireResponseFromCase(c))))).toEqual({ cards: [fromCase] });
  });

  it('maps every level to its indicator', () => {
    expect(['emergency_ambulance', 'emergency', 'consultation_24', 'consultation', 'self_care'].map((l) => indicatorFor(l as never)))
      .toEqual(['critical', 'critical', 'warning', 'info', 'info']);
  });

  describe.each(devVignettes().map((v) => [v.name, v.case] as const))('%s', (_name, c: Case) => {
    const a = assessValid(c);
    const card = onlyCard(cdsCards(withCase(c)));

    it('has a summary within 140 characters naming the triage and the top red flag', () => {
      expect(card.summary.length).toBeLessThanOrEqual(SUMMARY_MAX);
      const top = a.redFlags[0];
      expect(card.summary).toBe(top ? `${a.triage.title}: ${top.title}` : a.triage.title);
      expect(card.indicator).toBe(indicatorFor(a.triage.level));
      expect(card.source.label).toBe('Knee–Sciatica Navigator');
    });

    it('details the reasons, red flags with their sources, patterns as "consistent with", and the notice', () => {
      for (const reason of a.triage.because) expect(card.detail).toContain(reason);
      for (const r of a.redFlags) {
        expect(card.detail).toContain(r.title);
        for (const s of r.sources) expect(card.detail).toContain(SOURCES[s].publisher);
      }
      for (const p of a.patterns) expect(card.detail).toContain(`${consistentWith(p.title)}: ${p.likelihood} likelihood`);
      expect(card.detail).toContain('This is not a diagnosis');
      expect(card.detail).not.toMatch(/\byou have\b/i);
    });
  });

  it('links to the app when it knows where the app is, and to the Learn page of the top pattern', () => {
    const card = onlyCard(cdsCards(withCase(devVignette('dev-03')), { appUrl: 'https://ksnav.clinic.example/' }));
    expect(card.source.url).toBe('https://ksnav.clinic.example/');
    expect(card.links?.[0]).toEqual({ label: 'Open Knee–Sciatica Navigator', url: 'https://ksnav.clinic.example/', type: 'absolute' });
    expect(card.links?.[1]?.url).toMatch(/^https:\/\/ksnav\.clinic\.example\/learn\/\w/);
    expect(onlyCard(cdsCards(withCase(devVignette('dev-03')))).links).toBeUndefined();
  });

  it('answers no card when the record has no intake (an empty prefetch)', () => {
    expect(cdsCards(withIntake(null))).toEqual({ cards: [] });
    expect(cdsCards(withIntake({ resourceType: 'Bundle', type: 'searchset', total: 0 }))).toEqual({ cards: [] });
    expect(cdsCards(withIntake(searchset({ resourceType: 'OperationOutcome' })))).toEqual({ cards: [] });
  });

  it('is deterministic', () => {
    const request = withCase(devVignette('dev-09'));
    expect(JSON.stringify(cdsCards(request))).toBe(JSON.stringify(cdsCards(request)));
  });
});

describe('fitSummary', () => {
  it('keeps short text and cuts long text on a word within the limit', () => {
    expect(fitSummary('See a doctor today')).toBe('See a doctor today');
    const cut = fitSummary('word '.repeat(60));
    expect(cut.length).toBeLessThanOrEqual(SUMMARY_MAX);
    expect(cut).toMatch(/word…$/);
  });

  it('never exceeds the limit', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (s) => fitSummary(s).length <= SUMMARY_MAX));
  });
});

describe('refusals name the field', () => {
  const qrWithTypo = { resourceType: 'QuestionnaireResponse', status: 'completed', item: [{ linkId: 'age', answer: [{ valueInteger: 40 }] }, { linkId: 'saddle_numbnes', answer: [{ valueBoolean: true }] }] };
  it.each([
    ['not an object', [], 'request'],
    ['another hook', { ...withCase({ age: 40 }), hook: 'order-select' }, 'hook'],
    ['no hookInstance', { hook: 'patient-view', context: { ksnavCase: { age: 40 } } }, 'hookInstance'],
    ['no context', { hook: 'patient-view', hookInstance }, 'context'],
    ['a patientId that is not a string', { hook: 'patient-view', hookInstance, context: { patientId: 123, ksnavCase: { age: 40 } } }, 'context.patientId'],
    ['a case with an age out of range', withCase({ age: 200 }), 'context.ksnavCase.age'],
    ['a case with an unknown evidence id', withCase({ age: 40, evidence: { saddle: true } }), 'context.ksnavCase.evidence.saddle'],
    ['a response with an unknown linkId', withIntake(qrWithTypo), 'prefetch.intake.saddle_numbnes'],
    ['a prefetch that is not a resource', withIntake('yes'), 'prefetch.intake'],
    ['neither a case nor an intake', { hook: 'patient-view', hookInstance, context: { patientId: '123' } }, 'prefetch.intake'],
  ] as const)('%s', (_what, request, field) => {
    let error: unknown;
    try {
      cdsCards(request);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FhirMappingError);
    expect(error).toBeInstanceOf(CaseValidationError);
    expect((error as FhirMappingError).field).toBe(field);
  });
});
