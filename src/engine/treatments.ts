/**
 * Treatment advice: every option of the knowledge base, in the article's order, with the
 * guideline verdict that fits this person's picture and the personal cautions that apply.
 * No option is ever dropped: one a guideline advises against is shown with that verdict.
 *
 * Speed: the knowledge is compiled once at module load (verdict rules indexed by pattern,
 * cautions shared between options evaluated once per call), so a call allocates little beyond
 * its output. Source lists in the output are the knowledge's own arrays, frozen here.
 */
import type { Case } from '../schemas/case.js';
import type { Caution, CautionSeverity, TreatmentAdvice, Suitability } from '../schemas/assessment.js';
import type { EvidenceId } from '../knowledge/evidence.js';
import type { PatternId } from '../knowledge/patterns.js';
import type { RedFlagId } from '../knowledge/red-flags.js';
import type { SourceId } from '../knowledge/sources.js';
import { PATTERN_IDS } from '../knowledge/patterns.js';
import { TREATMENT_OPTIONS, ARTICLE_TREATMENT_BY_ID, type VerdictRule } from '../knowledge/treatments.js';
import { CAUTIONS, CAUTION_IDS_BY_OPTION, type CautionInfo } from '../knowledge/cautions.js';
import { compileBatch, evidenceIndex, isYes, toView, type CaseView } from './conditions.js';
import type { Cond } from '../knowledge/conditions.js';
import { Interner } from './intern.js';

export interface TreatmentContext {
  /** Most likely first, as the pattern engine orders them. */
  readonly patterns: readonly PatternId[];
  readonly redFlags: readonly RedFlagId[];
  /** The case as the engine's conditions read it, when the caller has it already. */
  readonly view?: CaseView;
}

// ---------------------------------------------------------------------------------------------
// Compiled once

interface CompiledCaution {
  readonly info: CautionInfo;
  readonly anyOf: readonly EvidenceId[];
  readonly allOf: readonly EvidenceId[];
  readonly anyOfIdx: readonly number[];
  readonly minAge: number;
  /** 0: no red-flag test; 1: any red flag; 2: one of `redFlagList`. */
  readonly redFlagMode: 0 | 1 | 2;
  readonly redFlagList: readonly RedFlagId[];
  readonly maxDurationDays: number;
  readonly sources: SourceId[];
}

interface CompiledOption {
  readonly id: string;
  readonly articleTreatment: string;
  readonly category: TreatmentAdvice['category'];
  readonly title: string;
  readonly description: string;
  /** Indexed by pattern index: the rules naming that pattern, in the option's order. */
  readonly rulesByPattern: readonly (readonly VerdictRule[] | undefined)[];
  readonly fallback: VerdictRule;
  readonly relevantMask: number;
  readonly generalCare: boolean;
  readonly relevantOnlyIf: readonly number[];
  /** Indexes into COMPILED_CAUTIONS. */
  readonly cautions: readonly number[];
}

const PATTERN_INDEX = new Map<string, number>(PATTERN_IDS.map((p, i) => [p, i]));
if (PATTERN_IDS.length > 31) throw new Error('pattern bit masks hold at most 31 patterns');

const SEVERITY_RANK: Readonly<Record<CautionSeverity, number>> = { note: 0, ask_pharmacist: 1, ask_doctor: 1, avoid: 2 };
const SUITABILITY_BY_RANK: readonly Suitability[] = ['suitable', 'ask_first', 'avoid'];

const CAUTION_INDEX = new Map<string, number>();
const COMPILED_CAUTIONS: readonly CompiledCaution[] = CAUTIONS.map((info, i) => {
  CAUTION_INDEX.set(info.id, i);
  const rf = info.when.redFlags;
  return {
    info,
    anyOf: info.when.anyOf ?? [],
    allOf: info.when.allOf ?? [],
    anyOfIdx: (info.when.anyOf ?? []).map(evidenceIndex),
    minAge: info.when.minAge ?? -1,
    redFlagMode: rf === undefined ? 0 : rf === 'any' ? 1 : 2,
    redFlagList: rf === undefined || rf === 'any' ? [] : rf,
    maxDurationDays: info.when.maxDurationDays ?? Infinity,
    sources: Object.freeze([...info.sources]) as SourceId[],
  };
});

const COMPILED_OPTIONS: readonly CompiledOption[] = TREATMENT_OPTIONS.map((o) => {
  const rulesByPattern: VerdictRule[][] = PATTERN_IDS.map(() => []);
  let any: VerdictRule | undefined;
  for (const rule of o.verdicts) {
    Object.freeze(rule.sources);
    if (rule.patterns === 'any') any ??= rule;
    else for (const p of rule.patterns) rulesByPattern[PATTERN_INDEX.get(p)!]!.push(rule);
  }
  let relevantMask = 0;
  for (const p of o.relevantTo) relevantMask |= 1 << PATTERN_INDEX.get(p)!;
  const article = ARTICLE_TREATMENT_BY_ID[o.articleTreatment];
  return {
    id: o.id,
    articleTreatment: o.articleTreatment,
    category: article.category,
    title: o.title,
    description: o.description,
    rulesByPattern: rulesByPattern.map((r) => (r.length > 0 ? r : undefined)),
    fallback: any ?? o.verdicts[0]!,
    relevantMask,
    generalCare: o.generalCare,
    relevantOnlyIf: (o.relevantOnlyIf ?? []).map(evidenceIndex),
    cautions: CAUTION_IDS_BY_OPTION[o.id as keyof typeof CAUTION_IDS_BY_OPTION].map((id) => CAUTION_INDEX.get(id)!),
  };
});

// The answers and age part of every caution, as conditions tested by one generated function per
// case; red flags and duration, which conditions do not read, are checked after.
const testCautionAnswers = compileBatch(
  COMPILED_CAUTIONS.map(
    (cc): Cond => ({
      all: [
        ...cc.allOf.map((id): Cond => ({ yes: id })),
        ...(cc.anyOf.length > 0 ? [{ any: cc.anyOf.map((id): Cond => ({ yes: id })) }] : []),
        ...(cc.minAge >= 0 ? [{ ageAtLeast: cc.minAge }] : []),
      ],
    }),
  ),
);

// ---------------------------------------------------------------------------------------------
// Per call

/** The evidence ids that raise a caution whose answers and age hold, or null when it does not apply. */
function cautionBecause(cc: CompiledCaution, c: Case, view: CaseView, redFlags: readonly RedFlagId[]): EvidenceId[] | null {
  if (cc.redFlagMode === 1 && redFlags.length === 0) return null;
  if (cc.redFlagMode === 2 && !cc.redFlagList.some((r) => redFlags.includes(r))) return null;
  if (c.durationDays !== undefined && c.durationDays > cc.maxDurationDays) return null;
  const because: EvidenceId[] = [...cc.allOf];
  cc.anyOf.forEach((id, k) => {
    if (isYes(view, cc.anyOfIdx[k]!) && !because.includes(id)) because.push(id);
  });
  return because;
}

const PLAIN = new Map<CompiledOption, Map<VerdictRule, readonly [TreatmentAdvice, TreatmentAdvice]>>();
const NO_CAUTIONS: Caution[] = Object.freeze([]) as unknown as Caution[];

function plainAdvice(o: CompiledOption, rule: VerdictRule, relevant: boolean): TreatmentAdvice {
  let byRule = PLAIN.get(o);
  if (!byRule) PLAIN.set(o, (byRule = new Map()));
  let pair = byRule.get(rule);
  if (!pair) {
    const make = (rel: boolean) => Object.freeze(toAdvice(o, rule, rel, 'suitable', NO_CAUTIONS));
    byRule.set(rule, (pair = [make(false), make(true)]));
  }
  return pair[relevant ? 1 : 0];
}

function ruleHolds(rule: VerdictRule, durationDays: number | undefined, legPain: number | undefined): boolean {
  if (rule.minLegPain !== undefined && !(legPain !== undefined && legPain >= rule.minLegPain)) return false;
  return rule.minDurationDays === undefined || (durationDays !== undefined && durationDays >= rule.minDurationDays);
}

/** The verdict rule for the first pattern (most likely first) that an option has a rule for. */
function verdictFor(o: CompiledOption, patternIdx: readonly number[], durationDays: number | undefined, legPain: number | undefined): VerdictRule {
  for (const pi of patternIdx) {
    const rules = o.rulesByPattern[pi];
    if (rules === undefined) continue;
    for (const rule of rules) if (ruleHolds(rule, durationDays, legPain)) return rule;
  }
  return o.fallback;
}

/**
 * Every treatment option, in the article's order, for this case: the verdict that fits its
 * patterns, whether it fits the picture, and the personal cautions that apply.
 */
export function adviseTreatments(c: Case, context: TreatmentContext): TreatmentAdvice[] {
  const view = context.view ?? toView(c);
  const picture = pictureOf(c, view, context.patterns);

  // Shared cautions (an NSAID caution applies to gel and tablets) are evaluated once.
  const held = new Uint8Array(COMPILED_CAUTIONS.length);
  testCautionAnswers(view, held);
  const because: (EvidenceId[] | null)[] = new Array(COMPILED_CAUTIONS.length).fill(null);
  // The answer is named by its picture and each caution that applies (-1 - its number, then
  // its evidence numbers).
  const key: number[] = [picture.number];
  for (let ci = 0; ci < COMPILED_CAUTIONS.length; ci++) {
    if (held[ci] === 0) continue;
    const b = cautionBecause(COMPILED_CAUTIONS[ci]!, c, view, context.redFlags);
    if (b === null) continue;
    because[ci] = b;
    key.push(-1 - ci);
    for (const id of b) key.push(evidenceIndex(id));
  }
  return ADVICE_LISTS.get(key, () => COMPILED_OPTIONS.map((o, k) => adviceFor(o, picture.rules[k]!, picture.relevance[k]!, because)));
}

/** Each option's verdict rule and relevance: they depend on the picture, not on the person. */
interface Picture {
  readonly number: number;
  readonly rules: readonly VerdictRule[];
  readonly relevance: readonly boolean[];
}

const PICTURES = new Interner<Picture>();
let pictures = 0;
// What besides the patterns decides a verdict or a relevance: duration thresholds and a few answers.
const THRESHOLDS = [...new Set(TREATMENT_OPTIONS.flatMap((o) => o.verdicts.flatMap((v) => (v.minDurationDays === undefined ? [] : [v.minDurationDays]))))];
const ONLY_IF = [...new Set(COMPILED_OPTIONS.flatMap((o) => o.relevantOnlyIf))];
const LEG_PAIN_THRESHOLDS = [...new Set(TREATMENT_OPTIONS.flatMap((o) => o.verdicts.flatMap((v) => (v.minLegPain === undefined ? [] : [v.minLegPain]))))];

function pictureOf(c: Case, view: CaseView, patterns: readonly PatternId[]): Picture {
  const patternIdx: number[] = [];
  let mask = 0;
  for (const p of patterns) {
    const i = PATTERN_INDEX.get(p);
    if (i === undefined || (mask & (1 << i)) !== 0) continue;
    patternIdx.push(i);
    mask |= 1 << i;
  }
  const key: number[] = [...patternIdx, -1];
  for (const days of THRESHOLDS) key.push(c.durationDays !== undefined && c.durationDays >= days ? 1 : 0);
  for (const i of ONLY_IF) key.push(isYes(view, i) ? 1 : 0);
  const legPain = c.pain?.leg;
  for (const least of LEG_PAIN_THRESHOLDS) key.push(legPain !== undefined && legPain >= least ? 1 : 0);
  return PICTURES.get(key, () => {
    const rules = COMPILED_OPTIONS.map((o) => verdictFor(o, patternIdx, c.durationDays, legPain));
    const relevance = COMPILED_OPTIONS.map((o) => {
      const relevant = patternIdx.length === 0 ? o.generalCare : (o.relevantMask & mask) !== 0;
      return relevant && o.relevantOnlyIf.every((i) => isYes(view, i));
    });
    return { number: pictures++, rules, relevance };
  });
}

const ADVICE_LISTS = new Interner<TreatmentAdvice[]>();

function adviceFor(o: CompiledOption, rule: VerdictRule, relevant: boolean, because: readonly (EvidenceId[] | null)[]): TreatmentAdvice {
  let cautions: Caution[] | null = null;
  let rank = 0;
  for (const ci of o.cautions) {
    const b = because[ci];
    if (b == null) continue;
    const cc = COMPILED_CAUTIONS[ci]!;
    (cautions ??= []).push({ id: cc.info.id, severity: cc.info.severity, text: cc.info.text, because: b.slice(), sources: cc.sources });
    const r = SEVERITY_RANK[cc.info.severity];
    if (r > rank) rank = r;
  }
  // Most options carry no caution for a given person: the prebuilt, frozen advice.
  if (cautions === null) return plainAdvice(o, rule, relevant);
  return toAdvice(o, rule, relevant, SUITABILITY_BY_RANK[rank]!, cautions);
}

function toAdvice(o: CompiledOption, rule: VerdictRule, relevant: boolean, suitability: Suitability, cautions: Caution[]): TreatmentAdvice {
  return {
    id: o.id,
    articleTreatment: o.articleTreatment,
    category: o.category,
    title: o.title,
    description: o.description,
    verdict: rule.verdict,
    verdictText: rule.text,
    sources: rule.sources as SourceId[],
    relevant,
    suitability,
    cautions,
  };
}
