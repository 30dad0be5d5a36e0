/**
 * Plain words in everything a person reads: each section of the app at a reading grade of 8 or
 * less (Flesch-Kincaid, see support/reading-grade.ts), UK English, titles in sentence case, the
 * medical words that cannot be avoided explained by the glossary, words that can be avoided
 * avoided, and nothing about "the article" or a "seed" the person has never seen.
 */
import { describe, expect, it } from 'vitest';
import { GLOSSARY, glossaryMatcher } from '../src/knowledge/glossary.js';
import { LEARN_SECTIONS } from '../src/knowledge/learn.js';
import { PATTERNS, PATTERN_IDS } from '../src/knowledge/patterns.js';
import { RED_FLAGS, RED_FLAG_IDS } from '../src/knowledge/red-flags.js';
import { TREATMENT_OPTIONS } from '../src/knowledge/treatments.js';
import { assess } from '../src/engine/assess.js';
import { patientTextSections, VIGNETTE_CASES } from './support/patient-texts.js';
import { readingGrade } from './support/reading-grade.js';

const MAX_GRADE = 8;
const sections = patientTextSections();
const ours = sections.filter((s) => !s.owner);
const allTexts = ours.flatMap((s) => s.texts.map((text) => ({ section: s.name, text })));

describe('plain words', () => {
  it(`reads at grade ${MAX_GRADE} or below in every section (Flesch-Kincaid)`, () => {
    const grades = sections.map((s) => ({ section: s.name, grade: readingGrade(s.texts), owner: s.owner }));
    // The figures for the record: `npx vitest run test/plain-words.test.ts` prints them.
    console.log(grades.map((g) => `${g.grade.toFixed(1).padStart(5)}  ${g.section}${g.owner ? `  (${g.owner})` : ''}`).join('\n'));
    expect(grades.filter((g) => !g.owner && g.grade > MAX_GRADE)).toEqual([]);
    expect(readingGrade(GLOSSARY.map((g) => g.definition))).toBeLessThanOrEqual(MAX_GRADE);
  });

  it('is UK English', () => {
    const US = /\b(color|colors|center|centers|behavior\w*|favorite|pediatric\w*|orthopedic\w*|anesthe\w*|edema|esophag\w*|diarrhea|tumor\w*|fiber|fibers|liters?|gray|program|programs|\w+iz(?:e|es|ed|ing|ation)|analyz\w*|practicing|traveled|traveling|canceled|counselor|acetaminophen|ischemia|hemorrhag\w*|physical therapy|physical therapist|percent|defense)\b/gi;
    const PLAIN = new Set(['size', 'sizes', 'seize', 'prize', 'citizen', 'citizens']);
    const found = allTexts.flatMap(({ section, text }) => [...text.matchAll(US)].filter((m) => !PLAIN.has(m[0].toLowerCase())).map((m) => `${m[0]} in ${section}: ${text.slice(0, 80)}`));
    expect(found).toEqual([]);
    // "Practise" is the verb in UK English.
    expect(allTexts.filter(({ text }) => /\bpractice (good|gentle|the|it|them|this)\b/i.test(text)).map((t) => t.text)).toEqual([]);
  });

  it('never speaks of "the article" or a "seed"', () => {
    expect(allTexts.filter(({ text }) => /\b(article|articles|seed)\b/i.test(text)).map((t) => `${t.section}: ${t.text.slice(0, 80)}`)).toEqual([]);
  });

  it('writes titles in sentence case', () => {
    const PROPER = new Set(['Ottawa', 'NHS', 'GP', 'A&E', 'NICE', 'Perthes', 'UK', 'US', 'I']);
    const titles = [
      ...LEARN_SECTIONS.flatMap((s) => [s.title, ...s.items.map((i) => i.title), ...s.items.flatMap((i) => (i.group ? [i.group] : []))]),
      ...PATTERN_IDS.map((id) => PATTERNS[id].title),
      ...RED_FLAG_IDS.map((id) => RED_FLAGS[id].title),
      ...TREATMENT_OPTIONS.map((o) => o.title),
      ...VIGNETTE_CASES.flatMap((c) => assess(c).recoveryPlan.tips.map((t) => t.title)),
    ];
    const titleCase = (title: string) => title.split(/\s+/).slice(1).filter((w) => /^[A-Z][a-z]/.test(w.replace(/^\(/, '')) && !PROPER.has(w.replace(/[(),:]/g, '')));
    expect([...new Set(titles)].filter((t) => titleCase(t).length > 0)).toEqual([]);
  });

  it('explains every medical word it uses, and uses none of those it can do without', () => {
    const find = glossaryMatcher();
    const JARGON = /\b(sciatica|sciatic nerve|cauda equina|menisc(?:us|i)|ligaments?|cartilage|osteoarthritis|arthritis|piriformis|NICE|GP|A&E|inflammation|anti-inflammator(?:y|ies)|steroids?|opioids?|epidural|ischaemia|thrombosis|embolism|atrophy|rehabilitation|acute|chronic|discs?|vertebra|vertebrae|stenosis|osteoporosis|dislocat(?:ed|ion)|gout)\b/g;
    const unexplained: string[] = [];
    for (const { section, text } of allTexts) {
      const explained = find(text).map((m) => [m.index, m.index + m.text.length] as const);
      for (const m of text.matchAll(JARGON)) {
        const at = m.index ?? 0;
        if (!explained.some(([from, to]) => at >= from && at < to)) unexplained.push(`${m[0]} in ${section}`);
      }
    }
    expect([...new Set(unexplained)]).toEqual([]);
    const AVOIDABLE = /\b(subacute|radiculopathy|NG\d+|lumbar|gabapentinoids?|benzodiazepines?|neurogenic|claudication|haemarthrosis|cruciate|patellofemoral|degenerative|first-line|conservative treatment)\b/gi;
    expect(allTexts.flatMap(({ section, text }) => [...text.matchAll(AVOIDABLE)].map((m) => `${m[0]} in ${section}`))).toEqual([]);
  });
});
