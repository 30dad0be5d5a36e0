/**
 * The Learn pages: the article's knowledge as navigable sections for the web app. Sections hold
 * items with stable, URL-safe anchors (`causes#altered-biomechanics`) that patterns, red flags
 * and assessments link to. The text comes from the knowledge files themselves (mechanisms,
 * symptoms, triggers, red flags, treatments, recovery, specialists); only the anatomy, the
 * section summaries and the article's conclusion steps are written here.
 */
import type { SourceId } from './sources.js';
import { MECHANISMS, MECHANISM_IDS, type MechanismId } from './mechanisms.js';
import { SYMPTOMS } from './symptoms.js';
import { DOCTOR_TRIGGERS } from './doctor-triggers.js';
import { RED_FLAGS, RED_FLAG_IDS } from './red-flags.js';
import { TRIAGE_LEVEL_INFO, urgencyRank } from './triage-levels.js';
import { ARTICLE_TREATMENTS, OPTIONS_BY_ARTICLE_TREATMENT, TREATMENT_OPTION_BY_ID, type ArticleTreatmentId } from './treatments.js';
import { RECOVERY_PHASES_INFO, COMPLICATIONS, RECOVERY_TIPS } from './recovery.js';
import { SPECIALISTS, SPECIALIST_IDS, type SpecialistId } from './specialists.js';
import { PATTERNS, PATTERN_IDS, type PatternId } from './patterns.js';
import { plainTitle } from './plain-title.js';

export type LearnSectionId = 'anatomy' | 'causes' | 'symptoms' | 'when-to-see-a-doctor' | 'treatments' | 'recovery' | 'next-steps';

/** The knowledge item a Learn item presents, so a front end can fetch more of it. */
export type LearnRefKind =
  | 'mechanism' | 'symptom' | 'doctor_trigger' | 'red_flag' | 'article_treatment' | 'treatment_option'
  | 'recovery_phase' | 'complication' | 'recovery_tip' | 'specialist' | 'pattern';

export interface LearnRef {
  readonly kind: LearnRefKind;
  readonly id: string;
}

export interface LearnItem {
  /** `<section>#<item>`, stable and URL-safe. */
  readonly anchor: string;
  readonly title: string;
  /** Plain words. */
  readonly body: string;
  /** A sub-heading inside the section (the article's own, where it has one). */
  readonly group?: string;
  /** The article's title and words for the item, where the article has them. */
  readonly articleTitle?: string;
  readonly articleText?: string;
  /** Short further points, in plain words. */
  readonly points?: readonly string[];
  /** The knowledge item this item presents, if it presents one. */
  readonly ref?: LearnRef;
  /** Related knowledge items (patterns that look like this cause, the red flags a trigger defers to...). */
  readonly related: readonly LearnRef[];
  readonly sources: readonly SourceId[];
}

export interface LearnSection {
  readonly id: LearnSectionId;
  readonly title: string;
  readonly summary: string;
  readonly items: readonly LearnItem[];
  /** Every source the section's items cite, once each. */
  readonly sources: readonly SourceId[];
}

/** "Sciatic Nerve Entrapment" -> "sciatic-nerve-entrapment". */
export function toAnchor(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

function section(id: LearnSectionId, title: string, summary: string, items: readonly LearnItem[]): LearnSection {
  return { id, title, summary, items, sources: unique(items.flatMap((i) => i.sources)) };
}

/** Patterns whose Learn link points at this anchor: "what this cause can look like". */
function patternsLinkedTo(anchor: string): LearnRef[] {
  return PATTERN_IDS.filter((p: PatternId) => PATTERNS[p].learn === anchor).map((id) => ({ kind: 'pattern', id }));
}

// ---------------------------------------------------------------------------------------------
// Anatomy

const anatomy: readonly LearnItem[] = [
  {
    anchor: 'anatomy#the-sciatic-nerve', title: 'The sciatic nerve',
    body: 'The sciatic nerve is the largest nerve in the body. It forms in the lower back and pelvis from five nerve roots (L4, L5, S1, S2 and S3), leaves the pelvis through the buttock, usually just beneath the piriformis muscle, and runs down the back of the thigh. It carries feeling from most of the lower leg and the foot, and works the muscles at the back of the thigh, the calf and the foot.',
    articleText: 'The sciatic nerve, the largest nerve in the body, runs from the lower back down through the legs, and any disruption in the body’s biomechanics can lead to nerve irritation or compression.',
    related: [], sources: ['article', 'statpearls_sciatic_nerve'],
  },
  {
    anchor: 'anatomy#where-the-nerve-meets-the-knee', title: 'Where the nerve meets the knee',
    body: 'Just above the knee, in the hollow at its back, the sciatic nerve divides in two. The tibial nerve runs on down the calf to the sole of the foot. The common fibular (peroneal) nerve winds around the bony bump just below the outside of the knee, close under the skin, and lifts the foot and toes: pressure or an injury there can cause a foot that drops or catches. Branches of the sciatic nerve also carry feeling from the back of the knee joint.',
    related: [{ kind: 'symptom', id: 'weakness_in_the_leg' }], sources: ['statpearls_sciatic_nerve'],
  },
  {
    anchor: 'anatomy#the-knee-joint', title: 'The knee joint',
    body: 'The knee is a hinge between the thigh bone and the shin bone, with the kneecap at the front. Two rubbery pads of cartilage (the menisci) cushion it and four main ligaments hold it steady. Arthritis, torn ligaments and torn menisci are the common knee problems.',
    articleText: 'Knee pain can arise from various conditions, including arthritis, ligament injuries, or meniscus tears, and while it may seem localized, the impact can extend far beyond the joint itself.',
    related: [{ kind: 'pattern', id: 'knee_osteoarthritis' }, { kind: 'pattern', id: 'knee_meniscus_or_ligament' }, { kind: 'pattern', id: 'patellofemoral_pain' }],
    sources: ['article', 'cks_knee_pain'],
  },
  {
    anchor: 'anatomy#back-pain-felt-in-the-knee', title: 'How a back or hip problem can be felt in the knee',
    body: 'Each nerve root in the lower back serves its own strip of the leg. The higher roots (L3 and L4), which join the femoral nerve rather than the sciatic nerve, reach the front of the thigh and the knee; the lower roots (L5 and S1), the usual sciatica, reach below the knee into the shin, calf and foot. So knee pain can be consistent with a back problem, and a hip problem can be felt only in the knee.',
    related: [{ kind: 'pattern', id: 'lumbar_radiculopathy' }, { kind: 'pattern', id: 'hip_referred_pain' }, { kind: 'mechanism', id: 'referred_pain' }],
    sources: ['cks_sciatica', 'cks_hip_oa', 'statpearls_sciatic_nerve'],
  },
  {
    anchor: 'anatomy#how-knee-and-nerve-interact', title: 'How the knee and the nerve affect each other',
    body: 'The link runs both ways. A painful knee changes how you walk and stand, which loads the lower back, pelvis and buttock and can irritate the sciatic nerve: the seven causes explain how. And an irritated nerve can bring pain, numbness or weakness around the knee that feels like a knee problem. That is why a good assessment looks at the knee, the hip and the back together.',
    articleText: 'While knee pain itself does not directly cause sciatica, the interconnectedness of the musculoskeletal system means that issues in the knee can lead to compensatory changes in posture and movement, potentially aggravating sciatic nerve pain.',
    related: [{ kind: 'pattern', id: 'knee_driven_back_strain' }, { kind: 'mechanism', id: 'altered_biomechanics' }],
    sources: ['article'],
  },
];

// ---------------------------------------------------------------------------------------------
// Causes: the article's seven, from mechanisms.ts

/** The article's own title of each cause; anchors are built from it (patterns.ts links to them). */
export const CAUSE_ARTICLE_TITLES: Readonly<Record<MechanismId, string>> = {
  altered_biomechanics: 'Altered Biomechanics',
  muscle_imbalance: 'Muscle Imbalances',
  nerve_compression: 'Nerve Compression',
  inflammation: 'Inflammation',
  referred_pain: 'Referred Pain',
  sciatic_nerve_entrapment: 'Sciatic Nerve Entrapment',
  previous_injury: 'Previous Injuries',
};

const causes: readonly LearnItem[] = [...MECHANISM_IDS]
  .sort((a, b) => MECHANISMS[a].articleNumber - MECHANISMS[b].articleNumber)
  .map((id) => {
    const m = MECHANISMS[id];
    const anchor = `causes#${toAnchor(CAUSE_ARTICLE_TITLES[id])}`;
    return {
      anchor, title: m.title, body: m.explanation,
      articleTitle: CAUSE_ARTICLE_TITLES[id], articleText: m.articleText,
      points: [`What helps: ${m.whatHelps}`],
      ref: { kind: 'mechanism', id }, related: patternsLinkedTo(anchor),
      sources: m.sources,
    };
  });

// ---------------------------------------------------------------------------------------------
// Symptoms

const symptoms: readonly LearnItem[] = SYMPTOMS.map((s) => ({
  anchor: s.anchor, title: plainTitle(s.articleTitle), body: s.explanation,
  group: s.frequency === 'common' ? 'Common symptoms' : 'Less common symptoms',
  articleTitle: s.articleTitle, articleText: s.articleText,
  ref: { kind: 'symptom', id: s.id }, related: [],
  sources: s.sources,
}));

// ---------------------------------------------------------------------------------------------
// When to see a doctor: the warning signs that cannot wait first (most urgent first), then the
// article's reasons to book an appointment

const TRIGGER_GROUPS = { symptom: 'See a doctor if you notice', history: 'Your history', product: 'Also' } as const;

const triggers: readonly LearnItem[] = DOCTOR_TRIGGERS.map((t) => ({
  anchor: t.anchor,
  title: t.kind === 'history' ? `A history of ${t.articleTitle}` : plainTitle(t.articleTitle),
  body: t.explanation,
  group: TRIGGER_GROUPS[t.kind],
  ...(t.articleText ? { articleTitle: t.articleTitle, articleText: t.articleText } : {}),
  points: t.policies.map((p) => `${p.when} ${TRIAGE_LEVEL_INFO[p.level].title}.`),
  ref: { kind: 'doctor_trigger', id: t.id },
  related: unique(t.policies.flatMap((p) => p.redFlags)).map((id) => ({ kind: 'red_flag' as const, id })),
  sources: t.sources,
}));

const redFlags: readonly LearnItem[] = [...RED_FLAG_IDS].sort((a, b) => urgencyRank(RED_FLAGS[a].minimumLevel) - urgencyRank(RED_FLAGS[b].minimumLevel)).map((id) => {
  const r = RED_FLAGS[id];
  return {
    anchor: `when-to-see-a-doctor#${toAnchor(id)}`, title: r.title, body: r.explanation,
    group: 'Warning signs that cannot wait',
    points: [`${TRIAGE_LEVEL_INFO[r.minimumLevel].title}. ${r.whatToDo}`],
    ref: { kind: 'red_flag', id }, related: [],
    sources: r.sources,
  };
});

// ---------------------------------------------------------------------------------------------
// Treatments: the article's eleven, each with its options

const treatments: readonly LearnItem[] = ARTICLE_TREATMENTS.map((t) => {
  const options = OPTIONS_BY_ARTICLE_TREATMENT[t.id as ArticleTreatmentId];
  return {
    anchor: `treatments#${toAnchor(t.articleTitle)}`, title: plainTitle(t.articleTitle), body: t.explanation,
    group: plainTitle(t.articleHeading),
    articleTitle: t.articleTitle, articleText: t.articleText,
    points: options.map((o) => TREATMENT_OPTION_BY_ID[o].title),
    ref: { kind: 'article_treatment', id: t.id },
    related: options.map((id) => ({ kind: 'treatment_option' as const, id })),
    sources: unique(['article', ...options.flatMap((o) => TREATMENT_OPTION_BY_ID[o].verdicts.flatMap((v) => v.sources))]),
  };
});

// ---------------------------------------------------------------------------------------------
// Recovery: from recovery.ts

const recovery: readonly LearnItem[] = [
  ...RECOVERY_PHASES_INFO.map((p) => ({
    anchor: `recovery#${toAnchor(p.articleTitle)}`, title: p.title, body: p.focus,
    group: 'Timelines', articleTitle: `${p.articleTitle} (${p.articleTimeline})`, articleText: p.articleText,
    points: [p.timeline, ...p.goals],
    ref: { kind: 'recovery_phase' as const, id: p.id }, related: [], sources: p.sources,
  })),
  ...COMPLICATIONS.map((c) => ({
    anchor: `recovery#${toAnchor(c.id)}`, title: plainTitle(c.articleTitle), body: c.text,
    group: 'Problems to watch for', articleTitle: c.articleTitle,
    points: [c.whatToDo],
    ref: { kind: 'complication' as const, id: c.id }, related: [], sources: c.sources,
  })),
  ...RECOVERY_TIPS.map((t) => ({
    anchor: `recovery#${toAnchor(t.articleTitle)}`, title: plainTitle(t.articleTitle), body: t.text,
    group: 'Tips for a smooth recovery', articleTitle: t.articleTitle, articleText: t.articleText,
    ref: { kind: 'recovery_tip' as const, id: t.id }, related: [], sources: t.sources,
  })),
];

// ---------------------------------------------------------------------------------------------
// Next steps: the article's conclusion and the specialists it names

/** The article's conclusion steps, word for word. */
export const CONCLUSION_STEPS: readonly string[] = [
  'Consult a healthcare professional for a comprehensive evaluation.',
  'Explore physical therapy options to strengthen supporting muscles.',
  'Stay informed about exercises and lifestyle changes that can alleviate symptoms.',
];

const STEP_BODIES: readonly string[] = [
  'A doctor or physiotherapist can check the knee, the hip and the back together, and tell which fits best.',
  'Exercise with a physiotherapist is the first treatment guidelines advise for the knee, the back and sciatica.',
  'Keep up the exercises, stay active, and learn what eases your pain and what makes it worse.',
];

/** The three steps in plain words, for the titles people read. */
const STEP_TITLES: readonly string[] = [
  'See a doctor or physiotherapist for a full check',
  'Try physiotherapy to make the muscles stronger',
  'Learn the exercises and changes that help',
];

/** The article's own words for the specialists it names. */
export const SPECIALIST_ARTICLE_TITLES: Readonly<Partial<Record<SpecialistId, string>>> = {
  primary_care_physician: 'primary care physician',
  orthopaedic_surgeon: 'orthopedic surgeon',
  neurologist: 'neurologist',
  physiotherapist: 'physical therapist',
};

const nextSteps: readonly LearnItem[] = [
  ...CONCLUSION_STEPS.map((step, i) => ({
    anchor: `next-steps#${toAnchor(step.split(' ').slice(0, 4).join(' '))}`, title: STEP_TITLES[i]!, body: STEP_BODIES[i]!,
    group: 'Steps to take', articleText: step,
    related: [], sources: i === 1 ? (['article', 'nice_ng59', 'nice_ng226'] as const) : (['article'] as const),
  })),
  ...SPECIALIST_IDS.filter((id) => SPECIALISTS[id].namedInArticle).map((id) => {
    const s = SPECIALISTS[id];
    return {
      anchor: `next-steps#${toAnchor(SPECIALIST_ARTICLE_TITLES[id] ?? s.title)}`, title: s.title, body: s.role,
      group: 'Whom to see', articleTitle: SPECIALIST_ARTICLE_TITLES[id],
      ref: { kind: 'specialist' as const, id }, related: [], sources: s.sources,
    };
  }),
];

// ---------------------------------------------------------------------------------------------

/** In reading order. */
export const LEARN_SECTIONS: readonly LearnSection[] = [
  section('anatomy', 'The knee and the sciatic nerve',
    'How the knee, the hip, the lower back and the sciatic nerve are linked, with pictures, and why a problem in one can be felt in another.', anatomy),
  section('causes', 'Seven ways knee pain and sciatica are linked',
    'Seven ways a knee problem and the sciatic nerve can be linked. Your results show which of them fit your answers.', causes),
  section('symptoms', 'Symptoms that point to the nerve',
    'Knee pain can come from the knee itself or from a nerve. These signs help tell them apart. None of them tells you what is wrong on its own.', symptoms),
  section('when-to-see-a-doctor', 'When to see a doctor',
    'Warning signs that cannot wait come first, the most urgent at the top. Then the signs that mean you should book an appointment.', [...redFlags, ...triggers]),
  section('treatments', 'Treatment options',
    'The common treatments, and what health guidelines say about each. Guidelines advise against some of them: we say so.', treatments),
  section('recovery', 'Recovery',
    'A plan in three stages, from the first days to three months. What to watch for on the way, and tips to help you get better.', recovery),
  section('next-steps', 'Next steps',
    'Three steps to take next, and who can help.', nextSteps),
];

export const LEARN_SECTION_BY_ID: Readonly<Record<LearnSectionId, LearnSection>> = Object.fromEntries(
  LEARN_SECTIONS.map((s) => [s.id, s]),
) as Record<LearnSectionId, LearnSection>;

/** Every link target: section ids and item anchors. */
export const LEARN_ANCHORS: ReadonlySet<string> = new Set([...LEARN_SECTIONS.map((s) => s.id), ...LEARN_SECTIONS.flatMap((s) => s.items.map((i) => i.anchor))]);
