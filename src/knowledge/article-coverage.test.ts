/**
 * Walks the source article and fails when any of its items is missing from the knowledge base:
 * the seven causes, the symptoms, the six "when to see a doctor" triggers and the history they
 * name, the specialists, the eleven treatments, the recovery phases, complications and tips, and
 * the conclusion's steps. Items are parsed from the article text, not listed here, so a dropped
 * or reworded item fails.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MECHANISMS, MECHANISM_IDS } from './mechanisms.js';
import { SYMPTOMS } from './symptoms.js';
import { DOCTOR_TRIGGERS } from './doctor-triggers.js';
import { SPECIALISTS, SPECIALIST_IDS } from './specialists.js';
import { ARTICLE_TREATMENTS, OPTIONS_BY_ARTICLE_TREATMENT, type ArticleTreatmentId } from './treatments.js';
import { RECOVERY_PHASES_INFO, COMPLICATIONS, RECOVERY_TIPS } from './recovery.js';
import { LEARN_SECTION_BY_ID, CONCLUSION_STEPS, SPECIALIST_ARTICLE_TITLES } from './learn.js';

const ARTICLE = readFileSync(new URL('../../test/fixtures/knee-pain-and-sciatica.txt', import.meta.url), 'utf8');
const LINES = ARTICLE.split(/\r?\n/).map((l) => l.trim());
const HEADINGS = ['Introduction', 'Causes', 'Symptoms', 'When to see a doctor', 'Treatment Options', 'Recovery', 'Conclusion'];

/** The lines of one of the article's sections, up to the next section heading. */
function sectionLines(heading: string): string[] {
  const start = LINES.indexOf(heading);
  expect(start, `article section "${heading}"`).toBeGreaterThanOrEqual(0);
  const next = LINES.findIndex((l, i) => i > start && HEADINGS.includes(l));
  return LINES.slice(start + 1, next < 0 ? undefined : next);
}

/** Lines after the first line starting with `from`, up to the first line starting with `to`. */
function between(lines: readonly string[], from: string, to?: string): string[] {
  const a = lines.findIndex((l) => l.startsWith(from));
  expect(a, `"${from}"`).toBeGreaterThanOrEqual(0);
  const b = to === undefined ? -1 : lines.findIndex((l, i) => i > a && l.startsWith(to));
  return lines.slice(a + 1, b < 0 ? undefined : b);
}

const bullets = (lines: readonly string[]) => lines.filter((l) => l.startsWith('- ')).map((l) => l.slice(2));
const titled = (line: string) => {
  const m = /^([^:]+): (.+)$/.exec(line);
  expect(m, line).not.toBeNull();
  return { title: m![1]!.trim(), text: m![2]!.trim() };
};
const same = (a: string, b: string) => norm(a) === norm(b);
/** Case, spacing, a final full stop and British or American spelling do not matter in titles. */
function norm(s: string): string {
  return s.toLowerCase().replace(/paed/g, 'ped').replace(/\s+/g, ' ').replace(/\.$/, '').trim();
}

describe('the article is fully covered by the knowledge base', () => {
  it('parses the article as expected (the parser itself is checked)', () => {
    expect(HEADINGS.every((h) => LINES.includes(h))).toBe(true);
  });

  describe('causes', () => {
    const causes = sectionLines('Causes').map((l) => /^(\d+)\. ([^:]+): (.+)$/.exec(l)).filter((m) => m !== null)
      .map((m) => ({ n: Number(m[1]), title: m[2]!, text: m[3]! }));
    const learn = LEARN_SECTION_BY_ID.causes.items;

    it('numbers seven', () => expect(causes.map((c) => c.n)).toEqual([1, 2, 3, 4, 5, 6, 7]));
    it.each(causes)('cause $n $title is a mechanism with the article text and a Learn item', ({ n, title, text }) => {
      const m = MECHANISM_IDS.map((id) => MECHANISMS[id]).find((x) => x.articleNumber === n);
      expect(m?.articleText).toBe(text);
      const item = learn.find((i) => i.articleTitle !== undefined && same(i.articleTitle, title));
      expect(item, title).toBeDefined();
      expect(item!.ref).toEqual({ kind: 'mechanism', id: m!.id });
    });
  });

  describe('symptoms', () => {
    const lines = sectionLines('Symptoms');
    const common = bullets(between(lines, 'Common symptoms', 'Less common symptoms')).map(titled);
    const lessCommon = bullets(between(lines, 'Less common symptoms', 'It is essential')).map(titled);

    it('lists three common and three less common', () => {
      expect(common).toHaveLength(3);
      expect(lessCommon).toHaveLength(3);
    });
    it.each([...common.map((s) => ({ ...s, frequency: 'common' })), ...lessCommon.map((s) => ({ ...s, frequency: 'less_common' }))])(
      '$title ($frequency)', ({ title, text, frequency }) => {
        const s = SYMPTOMS.find((x) => same(x.articleTitle, title));
        expect(s, title).toBeDefined();
        expect(s!.frequency).toBe(frequency);
        expect(s!.articleText).toBe(text);
        expect(LEARN_SECTION_BY_ID.symptoms.items.some((i) => i.ref?.id === s!.id)).toBe(true);
      },
    );
  });

  describe('when to see a doctor', () => {
    const lines = sectionLines('When to see a doctor');
    const triggers = lines.map((l) => /^- \*\*(.+?)\*\*: (.+)$/.exec(l)).filter((m) => m !== null).map((m) => ({ title: m[1]!, text: m[2]! }));
    const historyLine = lines.find((l) => l.includes('history of conditions such as'))!;
    const history = /history of conditions such as (.+?), it/.exec(historyLine)![1]!.split(/,\s*(?:or\s+)?|\s+or\s+/).map((s) => s.trim());

    it('names six bolded triggers and three history conditions', () => {
      expect(triggers).toHaveLength(6);
      expect(history).toHaveLength(3);
    });
    it.each(triggers)('$title', ({ title, text }) => {
      const t = DOCTOR_TRIGGERS.find((x) => x.kind === 'symptom' && same(x.articleTitle, title));
      expect(t, title).toBeDefined();
      expect(t!.articleText).toBe(text);
      expect(t!.policies.length).toBeGreaterThan(0);
    });
    it.each(history)('a history of %s', (condition) => {
      const t = DOCTOR_TRIGGERS.find((x) => x.kind === 'history' && same(x.articleTitle, condition));
      expect(t, condition).toBeDefined();
      expect(t!.articleText).toContain(historyLine);
    });

    const named = /appointment with an? (.+?) or a specialist, such as an? (.+?) or an? (.+?)\./.exec(lines.join(' '))!.slice(1, 4);
    const therapist = /A (physical therapist) can design/.exec(ARTICLE)![1]!;
    it('names the specialists, each in the knowledge base and on the Learn page', () => {
      expect(named).toHaveLength(3);
      for (const name of [...named, therapist]) {
        const id = SPECIALIST_IDS.find((s) => SPECIALISTS[s].namedInArticle && norm(SPECIALIST_ARTICLE_TITLES[s] ?? SPECIALISTS[s].title) === norm(name));
        expect(id, name).toBeDefined();
        expect(SPECIALIST_ARTICLE_TITLES[id!], name).toBe(name);
        expect(LEARN_SECTION_BY_ID['next-steps'].items.some((i) => i.ref?.kind === 'specialist' && i.ref.id === id), name).toBe(true);
      }
    });
  });

  describe('treatments', () => {
    const groups = ['Conventional Treatments', 'Alternative Therapies', 'Home Remedies'];
    const parsed: { heading: string; n: number; title: string; text: string }[] = [];
    let heading = '';
    for (const l of sectionLines('Treatment Options')) {
      if (groups.includes(l)) heading = l;
      const m = /^(\d+)\. ([^:]+): (.+)$/.exec(l);
      if (m && heading) parsed.push({ heading, n: Number(m[1]), title: m[2]!, text: m[3]! });
    }

    it('numbers eleven under three headings', () => {
      expect(groups.map((g) => parsed.filter((t) => t.heading === g).length)).toEqual([4, 3, 4]);
    });
    it.each(parsed)('$heading: $n $title', ({ heading: h, n, title, text }) => {
      const t = ARTICLE_TREATMENTS.find((x) => x.articleHeading === h && x.articleNumber === n);
      expect(t, title).toBeDefined();
      expect(same(t!.articleTitle, title)).toBe(true);
      expect(t!.articleText).toBe(text);
      expect(OPTIONS_BY_ARTICLE_TREATMENT[t!.id as ArticleTreatmentId].length).toBeGreaterThan(0);
      expect(LEARN_SECTION_BY_ID.treatments.items.some((i) => i.ref?.id === t!.id)).toBe(true);
    });
  });

  describe('recovery', () => {
    const lines = sectionLines('Recovery');
    const phases = bullets(between(lines, 'Timelines:', 'Potential Complications:')).map((l) => {
      const m = /^(.+?) \((.+?)\): (.+)$/.exec(l);
      expect(m, l).not.toBeNull();
      return { title: m![1]!, timeline: m![2]!, text: m![3]! };
    });
    const complications = bullets(between(lines, 'Potential Complications:', 'Tips for a Smooth Recovery:'));
    const tips = bullets(between(lines, 'Tips for a Smooth Recovery:')).map(titled);

    it('has three phases, three potential complications and five tips', () => {
      expect(phases).toHaveLength(3);
      expect(complications).toHaveLength(3);
      expect(tips).toHaveLength(5);
    });
    it.each(phases)('phase $title ($timeline)', ({ title, timeline, text }) => {
      const p = RECOVERY_PHASES_INFO.find((x) => same(x.articleTitle, title));
      expect(p, title).toBeDefined();
      expect(p!.articleTimeline).toBe(timeline);
      expect(p!.articleText).toBe(text);
      expect(LEARN_SECTION_BY_ID.recovery.items.some((i) => i.ref?.kind === 'recovery_phase' && i.ref.id === p!.id)).toBe(true);
    });
    it.each(complications)('complication: %s', (text) => {
      const c = COMPLICATIONS.find((x) => same(x.articleTitle, text));
      expect(c, text).toBeDefined();
      expect(LEARN_SECTION_BY_ID.recovery.items.some((i) => i.ref?.kind === 'complication' && i.ref.id === c!.id)).toBe(true);
    });
    it.each(tips)('tip: $title', ({ title, text }) => {
      const t = RECOVERY_TIPS.find((x) => same(x.articleTitle, title));
      expect(t, title).toBeDefined();
      expect(t!.articleText).toBe(text);
      expect(LEARN_SECTION_BY_ID.recovery.items.some((i) => i.ref?.kind === 'recovery_tip' && i.ref.id === t!.id)).toBe(true);
    });
  });

  describe('conclusion', () => {
    const steps = bullets(sectionLines('Conclusion'));
    it('has three steps, each on the Learn page', () => {
      expect(steps).toHaveLength(3);
      for (const s of steps) {
        expect(CONCLUSION_STEPS).toContain(s);
        expect(LEARN_SECTION_BY_ID['next-steps'].items.some((i) => i.articleText === s), s).toBe(true);
      }
    });
  });
});
