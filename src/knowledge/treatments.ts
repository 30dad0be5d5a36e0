/**
 * The article's eleven treatments, grouped as the article groups them, and the treatment
 * OPTIONS behind them: one option per piece of evidence, split where guidelines split (a gel
 * against tablets, a worn knee against an injured one), each with its guideline verdict.
 *
 * Where a guideline advises against a treatment the article lists, the option stays, with the
 * guideline's verdict beside it (CONTRACT.md). A verdict can differ by picture (NICE NG226 for
 * knee osteoarthritis, NG59 for back pain and sciatica): each option lists verdict rules by
 * pattern, and `engine/treatments.ts` picks the one that fits the person's patterns. Personal
 * cautions live in `cautions.ts`.
 */
import type { TreatmentCategory, Verdict } from '../schemas/assessment.js';
import type { EvidenceId } from './evidence.js';
import type { PatternId } from './patterns.js';
import type { SourceId } from './sources.js';
import { indexById } from './index-by-id.js';

// ---------------------------------------------------------------------------------------------
// Types

export interface ArticleTreatment {
  readonly id: string;
  readonly category: TreatmentCategory;
  /** The article's heading the treatment sits under, word for word. */
  readonly articleHeading: string;
  /** The article's numbering under that heading. */
  readonly articleNumber: number;
  /** The article's title for the treatment, word for word. */
  readonly articleTitle: string;
  /** The article's text for the treatment, word for word. */
  readonly articleText: string;
  /** What guidelines make of it overall, in plain words (the options say it in detail). */
  readonly explanation: string;
}

/**
 * What a guideline says of an option for some pictures. `patterns: 'any'` is the fallback for
 * pictures no other rule names. A rule with `minDurationDays` (chronic pain) holds only when the
 * duration is known and long enough, so the unbounded rule after it covers an unknown duration.
 */
export interface VerdictRule {
  readonly patterns: readonly PatternId[] | 'any';
  readonly minDurationDays?: number;
  /** Holds only when the leg pain is known and at least this (0-10): "severe" sciatica. */
  readonly minLegPain?: number;
  readonly verdict: Verdict;
  /** What the guideline says, in plain words. */
  readonly text: string;
  readonly sources: readonly SourceId[];
}

export interface TreatmentOption {
  readonly id: string;
  readonly articleTreatment: ArticleTreatmentId;
  readonly title: string;
  /** What it is, in plain words. */
  readonly description: string;
  /** In order: for a pattern, the first rule naming it (and whose duration bounds hold) applies. */
  readonly verdicts: readonly VerdictRule[];
  /** Patterns this option is aimed at. */
  readonly relevantTo: readonly PatternId[];
  /** Everyday care that fits any knee or back picture: relevant even when no pattern is found. */
  readonly generalCare: boolean;
  /** Relevant only when all of these are answered yes (weight loss: only when overweight). */
  readonly relevantOnlyIf?: readonly EvidenceId[];
}

// ---------------------------------------------------------------------------------------------
// Groups of patterns that guidelines treat alike

/** Osteoarthritis pictures (NICE NG226 covers the knee and the hip). */
const OA = ['knee_osteoarthritis', 'hip_referred_pain'] as const satisfies readonly PatternId[];
const KNEE_OTHER = ['knee_meniscus_or_ligament', 'patellofemoral_pain', 'inflammatory_or_crystal_arthritis'] as const satisfies readonly PatternId[];
/** Low back pain without a trapped nerve root (NICE NG59 "low back pain"). */
const BACK = ['nonspecific_low_back_pain', 'knee_driven_back_strain'] as const satisfies readonly PatternId[];
/** Nerve pain down the leg from the lower back (NICE NG59 "sciatica"). */
const SCIATICA = ['lumbar_radiculopathy', 'lumbar_spinal_stenosis'] as const satisfies readonly PatternId[];
const BUTTOCK = ['deep_gluteal_syndrome'] as const satisfies readonly PatternId[];
/** Every pattern the treatments address: all but narrowed leg arteries, which need other care. */
const MUSCULOSKELETAL = [...OA, ...KNEE_OTHER, ...BACK, ...SCIATICA, ...BUTTOCK] as const;
/**
 * Chronic from 12 weeks: ACP 2017 calls low back pain of more than 12 weeks chronic. NICE NG59
 * separates acute from chronic low back pain and sciatica without a number in its
 * recommendations, so its "acute" is taken as under 12 weeks here.
 */
const CHRONIC_FROM_DAYS = 84;

// ---------------------------------------------------------------------------------------------
// The article's eleven treatments

const CONVENTIONAL = 'Conventional Treatments';
const ALTERNATIVE = 'Alternative Therapies';
const HOME = 'Home Remedies';

const articleList = [
  {
    id: 'physical_therapy', category: 'conventional', articleHeading: CONVENTIONAL, articleNumber: 1, articleTitle: 'Physical Therapy',
    articleText: 'A physical therapist can design a personalized exercise program to strengthen the muscles around the knee and improve flexibility. This can alleviate pressure on the sciatic nerve and reduce pain.',
    explanation: 'Exercises chosen for you and built up over weeks: the first treatment guidelines offer for knee osteoarthritis, and an option they suggest for back pain and sciatica.',
  },
  {
    id: 'medications', category: 'conventional', articleHeading: CONVENTIONAL, articleNumber: 2, articleTitle: 'Medications',
    articleText: 'Over-the-counter pain relievers such as ibuprofen or acetaminophen can help manage pain and inflammation. In some cases, a doctor may prescribe stronger medications or muscle relaxants.',
    explanation: 'Pain relief can help you keep moving, but guidelines favour some medicines over others: a gel first for knee osteoarthritis, tablets at the lowest dose for the shortest time, and several medicines not at all for sciatica.',
  },
  {
    id: 'corticosteroid_injections', category: 'conventional', articleHeading: CONVENTIONAL, articleNumber: 3, articleTitle: 'Corticosteroid Injections',
    articleText: 'For severe pain, corticosteroid injections can provide temporary relief by reducing inflammation around the knee joint and the sciatic nerve.',
    explanation: 'Injections give short-term relief: into the knee for osteoarthritis, or next to the nerve root for recent, severe sciatica. They are not for back pain alone.',
  },
  {
    id: 'surgery', category: 'conventional', articleHeading: CONVENTIONAL, articleNumber: 4, articleTitle: 'Surgery',
    articleText: 'If conservative treatments fail, surgical options may be considered. Procedures such as arthroscopy or knee replacement can address underlying knee issues that contribute to sciatica.',
    explanation: 'For a few people, when non-surgical care has not helped. Keyhole surgery for a worn knee is advised against; a referral for a knee replacement, or surgery to free a trapped nerve, can be considered.',
  },
  {
    id: 'chiropractic_care', category: 'alternative', articleHeading: ALTERNATIVE, articleNumber: 1, articleTitle: 'Chiropractic Care',
    articleText: 'Chiropractors can perform spinal adjustments to relieve pressure on the sciatic nerve and improve overall spinal alignment, which may help alleviate knee pain.',
    explanation: 'Spinal manipulation can be considered for back pain and sciatica, but only alongside exercise; guidelines give it no verdict for the knee itself.',
  },
  {
    id: 'acupuncture', category: 'alternative', articleHeading: ALTERNATIVE, articleNumber: 2, articleTitle: 'Acupuncture',
    articleText: 'This traditional Chinese medicine technique involves inserting thin needles into specific points on the body to relieve pain and promote healing. Many patients find relief from both knee pain and sciatica through acupuncture.',
    explanation: 'Many people try it, but NICE advises against acupuncture for back pain, sciatica and osteoarthritis; an American guideline lists it as an option for back pain.',
  },
  {
    id: 'massage_therapy', category: 'alternative', articleHeading: ALTERNATIVE, articleNumber: 3, articleTitle: 'Massage Therapy',
    articleText: 'Therapeutic massage can help reduce muscle tension in the lower back and legs, improving circulation and alleviating pain associated with sciatica.',
    explanation: 'Massage can ease tight muscles; guidelines suggest it only alongside exercise.',
  },
  {
    id: 'rest_and_ice', category: 'home', articleHeading: HOME, articleNumber: 1, articleTitle: 'Rest and Ice',
    articleText: 'Resting the affected knee and applying ice packs can help reduce inflammation and pain. Aim for 15-20 minutes of ice application several times a day.',
    explanation: 'A few days of easing off, and ice, can calm a painful knee. For back pain and sciatica, staying active helps more than bed rest.',
  },
  {
    id: 'heat_therapy', category: 'home', articleHeading: HOME, articleNumber: 2, articleTitle: 'Heat Therapy',
    articleText: 'After the initial inflammation has subsided, applying heat can help relax tight muscles and improve blood flow to the area.',
    explanation: 'Once the first swelling has settled, warmth can relax tight muscles; there is moderate evidence for it in short-lived back pain.',
  },
  {
    id: 'stretching_and_strengthening', category: 'home', articleHeading: HOME, articleNumber: 3, articleTitle: 'Stretching and Strengthening Exercises',
    articleText: 'Gentle stretching and strengthening exercises can help improve flexibility and support the knee joint. Focus on exercises that target the hamstrings, quadriceps, and hip muscles.',
    explanation: 'Regular exercise at home is core treatment for the knee and for the back.',
  },
  {
    id: 'weight_management', category: 'home', articleHeading: HOME, articleNumber: 4, articleTitle: 'Weight Management',
    articleText: 'Maintaining a healthy weight can reduce stress on the knees and lower back, potentially alleviating sciatica symptoms.',
    explanation: 'For knee osteoarthritis with extra weight, losing some weight is a core treatment.',
  },
] as const satisfies readonly ArticleTreatment[];

export type ArticleTreatmentId = (typeof articleList)[number]['id'];
/** In the article's order. */
export const ARTICLE_TREATMENTS: readonly ArticleTreatment[] = articleList;
export const ARTICLE_TREATMENT_BY_ID = indexById<(typeof articleList)[number], ArticleTreatment>(articleList);
export const ARTICLE_TREATMENT_IDS: readonly ArticleTreatmentId[] = articleList.map((t) => t.id);

// ---------------------------------------------------------------------------------------------
// The options, in the article's order

const optionList = [
  // 1. Physical therapy
  {
    id: 'physiotherapy_exercise', articleTreatment: 'physical_therapy',
    title: 'Physiotherapy: an exercise programme made for you',
    description: 'A physiotherapist (physical therapist) looks at how you move, then designs exercises that strengthen the muscles around the knee, hip and back and improve flexibility, and adjusts them as you progress.',
    verdicts: [
      {
        patterns: KNEE_OTHER, verdict: 'recommended',
        text: 'Exercise therapy, usually guided by a physiotherapist, is the main treatment for pain behind the kneecap and for recovery after most knee injuries.',
        sources: ['cks_pfp', 'crossley_pfp_2016', 'cks_knee_pain'],
      },
      {
        patterns: OA, verdict: 'recommended',
        text: 'First-line care: NICE NG226 offers exercise tailored to you (muscle strengthening and general fitness) to everyone with osteoarthritis; the AAOS (2021) recommends supervised or home exercise for knee osteoarthritis.',
        sources: ['nice_ng226', 'aaos_oa_2021'],
      },
      {
        patterns: [...BACK, ...SCIATICA], verdict: 'consider',
        text: 'NICE NG59: consider a group exercise programme for an episode or flare-up of low back pain, with or without sciatica, and keep up your normal activities as far as you can.',
        sources: ['nice_ng59'],
      },
      {
        patterns: 'any', verdict: 'no_verdict',
        text: 'No guideline verdict for this picture. Guidelines offer exercise first for knee osteoarthritis (NICE NG226) and suggest an exercise programme for back pain and sciatica (NICE NG59).',
        sources: ['nice_ng226', 'nice_ng59'],
      },
    ],
    relevantTo: MUSCULOSKELETAL, generalCare: true,
  },

  // 2. Medications
  {
    id: 'nsaid_topical', articleTreatment: 'medications',
    title: 'Anti-inflammatory gel or cream (topical NSAID)',
    description: 'An anti-inflammatory such as ibuprofen or diclofenac, rubbed into the skin over the painful knee. Far less of it reaches the blood than from a tablet.',
    verdicts: [
      {
        patterns: ['knee_osteoarthritis'], verdict: 'recommended',
        text: 'For knee osteoarthritis, NICE advises an anti-inflammatory gel first, before any tablet (NG226).',
        sources: ['nice_ng226'],
      },
      {
        patterns: 'any', verdict: 'no_verdict',
        text: 'Guidelines give gels a verdict only for knee osteoarthritis. A gel works near the skin, so it suits a knee better than the back or a nerve.',
        sources: ['nice_ng226', 'nice_ng59'],
      },
    ],
    relevantTo: ['knee_osteoarthritis', 'knee_meniscus_or_ligament', 'patellofemoral_pain'], generalCare: false,
  },
  {
    id: 'nsaid_oral', articleTreatment: 'medications',
    title: 'Anti-inflammatory tablets (oral NSAIDs such as ibuprofen or naproxen)',
    description: 'Tablets that ease pain and inflammation. They can irritate the stomach and strain the kidneys and the heart, so the rule is the lowest dose that works, for the shortest time.',
    verdicts: [
      {
        patterns: BACK, verdict: 'consider',
        text: 'NICE NG59: consider an anti-inflammatory for low back pain, at the lowest effective dose for the shortest possible time, after weighing the risks to the stomach, kidneys and heart.',
        sources: ['nice_ng59'],
      },
      {
        patterns: [...SCIATICA, ...BUTTOCK], verdict: 'no_verdict',
        text: 'NICE NG59 makes no recommendation for or against anti-inflammatory tablets for sciatica: its advice on them is for low back pain. NHS advice says it is not clear how much they help sciatica. If used, the lowest effective dose for the shortest time.',
        sources: ['nice_ng59', 'nhs_sciatica'],
      },
      {
        patterns: OA, verdict: 'recommended',
        text: 'NICE NG226: for osteoarthritis, an anti-inflammatory tablet is offered when a gel has not helped enough or does not suit you (for the knee, a gel comes first). It is taken at the lowest effective dose for the shortest time, with a medicine to protect the stomach (a proton pump inhibitor), after the risks to the stomach, liver, kidneys and heart are weighed.',
        sources: ['nice_ng226'],
      },
      {
        patterns: ['inflammatory_or_crystal_arthritis'], verdict: 'consider',
        text: 'For a flare of gout an anti-inflammatory is a first choice, but only once a doctor has ruled out infection in a hot, swollen knee.',
        sources: ['cks_gout', 'bsr_hot_joint_2006'],
      },
      {
        patterns: 'any', verdict: 'no_verdict',
        text: 'No guideline verdict for this picture. If used: the lowest effective dose for the shortest time, after checking the cautions.',
        sources: ['bnf_nsaids'],
      },
    ],
    relevantTo: MUSCULOSKELETAL, generalCare: true,
  },
  {
    id: 'paracetamol', articleTreatment: 'medications',
    title: 'Paracetamol (acetaminophen) on its own',
    description: 'A common pain killer with few side effects at the usual dose, but on its own it does little for back pain or osteoarthritis.',
    verdicts: [
      {
        patterns: BACK, verdict: 'not_recommended',
        text: 'NICE NG59: do not offer paracetamol on its own for low back pain.',
        sources: ['nice_ng59'],
      },
      {
        patterns: [...SCIATICA, ...BUTTOCK], verdict: 'no_verdict',
        text: 'No guideline verdict for sciatica itself. For the back pain that often comes with it, NICE advises against paracetamol on its own (NG59).',
        sources: ['nice_ng59'],
      },
      {
        patterns: OA, verdict: 'not_recommended',
        text: 'NICE NG226: do not routinely offer paracetamol for osteoarthritis; at most for occasional, short-term use when other options are unsuitable.',
        sources: ['nice_ng226'],
      },
      {
        patterns: 'any', verdict: 'no_verdict',
        text: 'No guideline verdict for this picture. If you use it, keep to the dose on the pack.',
        sources: ['bnf_paracetamol'],
      },
    ],
    relevantTo: MUSCULOSKELETAL, generalCare: true,
  },
  {
    id: 'muscle_relaxant', articleTreatment: 'medications',
    title: 'Muscle relaxants (on prescription)',
    description: 'Prescription medicines that ease muscle spasm for a few days. They often cause drowsiness and dizziness.',
    verdicts: [
      {
        patterns: BACK, minDurationDays: CHRONIC_FROM_DAYS, verdict: 'no_verdict',
        text: 'The American College of Physicians (2017) lists a muscle relaxant only for back pain of up to 12 weeks, not for long-lasting (chronic) back pain. NICE gives no verdict on them.',
        sources: ['acp_2017'],
      },
      {
        patterns: BACK, verdict: 'consider',
        text: 'The American College of Physicians (2017) lists a muscle relaxant as an option for back pain of up to 12 weeks (acute or subacute). NICE gives no verdict on them.',
        sources: ['acp_2017'],
      },
      {
        patterns: SCIATICA, verdict: 'not_recommended',
        text: 'NICE NG59: do not offer benzodiazepines, such as diazepam (often prescribed as a muscle relaxant), for sciatica.',
        sources: ['nice_ng59'],
      },
      {
        patterns: 'any', verdict: 'no_verdict',
        text: 'Guidelines give muscle relaxants a verdict only for back pain; none for knee pain.',
        sources: ['acp_2017', 'nice_ng226'],
      },
    ],
    relevantTo: BACK, generalCare: false,
  },
  {
    id: 'opioid_weak_short_term', articleTreatment: 'medications',
    title: 'A weak opioid for a short time (such as codeine)',
    description: 'Pain killers related to morphine. They cause drowsiness and constipation, and dependence can build quickly.',
    verdicts: [
      {
        patterns: [...BACK, ...SCIATICA], minDurationDays: CHRONIC_FROM_DAYS, verdict: 'not_recommended',
        text: 'NICE NG59: do not offer opioids for long-lasting (chronic) low back pain or sciatica.',
        sources: ['nice_ng59'],
      },
      {
        patterns: BACK, verdict: 'consider',
        text: 'NICE NG59: for short-lived (acute) low back pain, consider a weak opioid only if an anti-inflammatory cannot be used or has not worked; never for back pain lasting more than 12 weeks.',
        sources: ['nice_ng59'],
      },
      {
        patterns: SCIATICA, verdict: 'no_verdict',
        text: 'NICE NG59 gives no verdict for a short spell of sciatica, and advises against opioids once sciatica is long-lasting (chronic).',
        sources: ['nice_ng59'],
      },
      {
        patterns: OA, verdict: 'not_recommended',
        text: 'NICE NG226: do not routinely offer weak opioids for osteoarthritis; at most for occasional, short-term use when everything else is unsuitable.',
        sources: ['nice_ng226'],
      },
      {
        patterns: 'any', verdict: 'no_verdict',
        text: 'No guideline verdict for this picture; only a doctor can prescribe it and decide.',
        sources: ['nice_ng59', 'nice_ng226'],
      },
    ],
    relevantTo: [...BACK, ...SCIATICA, 'knee_osteoarthritis'], generalCare: false,
  },
  {
    id: 'opioid_strong_or_long_term', articleTreatment: 'medications',
    title: 'Strong or long-term opioids (such as morphine or oxycodone)',
    description: 'Stronger morphine-like pain killers, or any opioid taken for months. The risks (dependence, falls, constipation, drowsiness) grow with the dose and the time.',
    verdicts: [
      {
        patterns: [...BACK, ...SCIATICA], verdict: 'not_recommended',
        text: 'NICE NG59: do not offer opioids for long-lasting (chronic) low back pain or chronic sciatica, and do not routinely offer them for short-lived (acute) low back pain; at most a weak opioid, when an anti-inflammatory cannot be used or has not worked.',
        sources: ['nice_ng59'],
      },
      {
        patterns: OA, verdict: 'not_recommended',
        text: 'NICE NG226: do not offer strong opioids for osteoarthritis.',
        sources: ['nice_ng226'],
      },
      {
        patterns: 'any', verdict: 'no_verdict',
        text: 'No guideline verdict for this picture; only a specialist or GP can prescribe them and decide.',
        sources: ['nice_ng59', 'nice_ng226'],
      },
    ],
    relevantTo: [...BACK, ...SCIATICA, 'knee_osteoarthritis'], generalCare: false,
  },
  {
    id: 'sciatica_nerve_drugs', articleTreatment: 'medications',
    title: 'Nerve pain medicines, steroid tablets or benzodiazepines for sciatica',
    description: 'Gabapentin, pregabalin and other epilepsy medicines, steroid tablets such as prednisolone, and benzodiazepines such as diazepam have all been tried for sciatica.',
    verdicts: [
      {
        patterns: 'any', verdict: 'not_recommended',
        text: 'NICE NG59 (2020): do not offer gabapentinoids, other anti-epilepsy medicines, steroid tablets or benzodiazepines for sciatica: there is no overall evidence that they help, and they can cause harm.',
        sources: ['nice_ng59'],
      },
    ],
    relevantTo: [...SCIATICA, ...BUTTOCK], generalCare: false,
  },

  // 3. Corticosteroid injections
  {
    id: 'epidural_steroid_injection', articleTreatment: 'corticosteroid_injections',
    title: 'Epidural steroid injection in the back (for sciatica)',
    description: 'A specialist injects a local anaesthetic and a steroid next to the irritated nerve root in the lower back, guided by imaging.',
    verdicts: [
      {
        patterns: ['lumbar_radiculopathy'], minDurationDays: CHRONIC_FROM_DAYS, verdict: 'no_verdict',
        text: 'NICE NG59 considers an epidural injection only for sciatica that is recent (acute) and severe. For sciatica that has lasted 12 weeks or more it makes no recommendation for one.',
        sources: ['nice_ng59'],
      },
      {
        // NG59 does not define "severe"; leg pain of 7 or more out of 10 is the usual cut-off for severe pain.
        patterns: ['lumbar_radiculopathy'], minLegPain: 7, verdict: 'consider',
        text: 'NICE NG59: consider an epidural injection of local anaesthetic and steroid for sciatica that is both recent (acute) and severe, as yours is. A specialist decides whether it fits you.',
        sources: ['nice_ng59'],
      },
      {
        patterns: ['lumbar_radiculopathy'], verdict: 'no_verdict',
        text: 'NICE NG59 considers an epidural injection only for sciatica that is both recent and severe (leg pain of 7 or more out of 10). For milder sciatica it makes no recommendation for one.',
        sources: ['nice_ng59'],
      },
      {
        patterns: ['lumbar_spinal_stenosis'], verdict: 'not_recommended',
        text: 'NICE NG59: do not offer epidural injections for leg pain on walking caused by a narrowed spinal canal (neurogenic claudication with central spinal stenosis).',
        sources: ['nice_ng59'],
      },
      {
        patterns: BACK, verdict: 'not_recommended',
        text: 'NICE NG59: do not offer spinal injections for low back pain without sciatica.',
        sources: ['nice_ng59'],
      },
      {
        patterns: 'any', verdict: 'no_verdict',
        text: 'An injection for sciatica from a nerve root in the back; it does not treat the knee itself.',
        sources: ['nice_ng59'],
      },
    ],
    relevantTo: SCIATICA, generalCare: false,
  },
  {
    id: 'knee_steroid_injection', articleTreatment: 'corticosteroid_injections',
    title: 'Steroid injection into the knee',
    description: 'A doctor injects a steroid into the knee joint to calm inflammation. The relief usually lasts a few weeks.',
    verdicts: [
      {
        patterns: ['knee_osteoarthritis'], verdict: 'consider',
        text: 'NICE NG226: consider a steroid injection into the knee when other pain relief has not worked or is unsuitable, or to help you exercise; explain that the relief is short-term.',
        sources: ['nice_ng226'],
      },
      {
        patterns: ['inflammatory_or_crystal_arthritis'], verdict: 'no_verdict',
        text: 'A specialist may inject a knee inflamed by arthritis or gout, but only once infection has been ruled out.',
        sources: ['nice_ng100', 'bsr_hot_joint_2006'],
      },
      {
        patterns: 'any', verdict: 'no_verdict',
        text: 'Guidelines give knee injections a verdict for knee osteoarthritis; for other knee problems a doctor decides.',
        sources: ['nice_ng226'],
      },
    ],
    relevantTo: ['knee_osteoarthritis', 'inflammatory_or_crystal_arthritis'], generalCare: false,
  },

  // 4. Surgery
  {
    id: 'knee_arthroscopy_degenerative', articleTreatment: 'surgery',
    title: 'Keyhole surgery (arthroscopy) for a worn knee',
    description: 'Washing out or trimming, through small cuts, a knee with wear and tear or a worn (degenerative) meniscus.',
    verdicts: [
      {
        patterns: 'any', verdict: 'not_recommended',
        text: 'A strong recommendation against keyhole surgery for a knee with wear and tear or a worn meniscus, whether or not it locks, clicks or catches: it does no better than exercise and carries the risks of an operation (BMJ Rapid Recommendations 2017). The AAOS (2021) also advises against washing out or trimming a knee with osteoarthritis. NICE\'s older advice (IPG230, 2007; CG177, now replaced by NG226) made an exception for a clear history of the knee locking.',
        sources: ['bmj_rapid_rec_2017', 'aaos_oa_2021', 'nice_ipg230', 'nice_cg177'],
      },
    ],
    relevantTo: ['knee_osteoarthritis', 'knee_meniscus_or_ligament'], generalCare: false,
  },
  {
    id: 'knee_arthroscopy_injury', articleTreatment: 'surgery',
    title: 'Keyhole surgery (arthroscopy) after an injury or for a locked knee',
    description: 'Repairing or removing a torn piece of cartilage, or rebuilding a torn ligament, after a clear injury, or freeing a knee that is locked.',
    verdicts: [
      {
        patterns: 'any', verdict: 'no_verdict',
        text: 'No guideline verdict found for surgery after a clear knee injury (a torn ligament or meniscus): an orthopaedic surgeon decides. The advice against keyhole surgery for a worn knee holds even when it locks, clicks or catches (BMJ Rapid Recommendations 2017); a knee stuck so that it cannot be straightened needs to be seen today.',
        sources: ['bmj_rapid_rec_2017'],
      },
    ],
    relevantTo: ['knee_meniscus_or_ligament'], generalCare: false,
  },
  {
    id: 'knee_replacement', articleTreatment: 'surgery',
    title: 'Knee replacement',
    description: 'Replacing the worn joint surfaces with an artificial joint: a major operation followed by months of rehabilitation.',
    verdicts: [
      {
        patterns: ['knee_osteoarthritis'], verdict: 'refer',
        text: 'NICE NG226: consider a referral for joint replacement when the pain, stiffness or loss of function substantially affects your quality of life and non-surgical care (exercise, weight loss if needed, pain relief) has not worked or does not suit you. Age, sex, smoking, other conditions and weight are not reasons to be left out of a referral, though they can change the risks of the operation.',
        sources: ['nice_ng226'],
      },
      {
        patterns: 'any', verdict: 'no_verdict',
        text: 'An operation for severe knee osteoarthritis; it is not a treatment for sciatica or back pain.',
        sources: ['nice_ng226'],
      },
    ],
    relevantTo: ['knee_osteoarthritis'], generalCare: false,
  },
  {
    id: 'spinal_decompression', articleTreatment: 'surgery',
    title: 'Spinal surgery to free a trapped nerve (such as discectomy)',
    description: 'Removing the part of a disc or bone that presses on a nerve root in the lower back.',
    verdicts: [
      {
        patterns: ['lumbar_radiculopathy'], verdict: 'consider',
        text: 'NICE NG59: consider surgery to free the nerve when non-surgical treatment has not improved pain or function and a scan matches the symptoms. Sciatica is usually treated without surgery for 6 to 8 weeks first; early surgery eases the leg pain sooner, but results are alike after a year.',
        sources: ['nice_ng59', 'koes_2007', 'peul_2007'],
      },
      {
        patterns: ['lumbar_spinal_stenosis'], verdict: 'consider',
        text: 'For leg pain on walking from a narrowed spinal canal that has not improved with non-surgical care, decompression surgery can be considered (NASS 2011; NICE NG59).',
        sources: ['nass_stenosis_2011', 'nice_ng59'],
      },
      {
        patterns: 'any', verdict: 'no_verdict',
        text: 'An operation for a trapped nerve root in the back; it does not treat knee pain.',
        sources: ['nice_ng59'],
      },
    ],
    relevantTo: SCIATICA, generalCare: false,
  },

  // 5. Chiropractic care
  {
    id: 'spinal_manipulation', articleTreatment: 'chiropractic_care',
    title: 'Spinal manipulation (chiropractic or osteopathic adjustment)',
    description: 'A chiropractor, osteopath or physiotherapist moves the joints of the spine by hand, sometimes with a quick thrust.',
    verdicts: [
      {
        patterns: [...BACK, ...SCIATICA], verdict: 'consider',
        text: 'NICE NG59: consider manual therapy such as spinal manipulation for low back pain with or without sciatica, but only as part of a package that includes exercise.',
        sources: ['nice_ng59'],
      },
      {
        patterns: 'any', verdict: 'no_verdict',
        text: 'No guideline verdict for knee pain. For back pain and sciatica it is an option only alongside exercise (NICE NG59).',
        sources: ['nice_ng59'],
      },
    ],
    relevantTo: [...BACK, ...SCIATICA], generalCare: false,
  },

  // 6. Acupuncture
  {
    id: 'acupuncture', articleTreatment: 'acupuncture',
    title: 'Acupuncture',
    description: 'Fine needles placed at chosen points of the body by a trained practitioner.',
    verdicts: [
      {
        patterns: [...BACK, ...SCIATICA, ...BUTTOCK], verdict: 'not_recommended',
        text: 'NICE NG59: do not offer acupuncture for low back pain, with or without sciatica. The American College of Physicians (2017) lists it as an option for back pain; the guidelines disagree, and NICE is the more cautious.',
        sources: ['nice_ng59', 'acp_2017'],
      },
      {
        patterns: OA, verdict: 'not_recommended',
        text: 'NICE NG226: do not offer acupuncture or dry needling for osteoarthritis.',
        sources: ['nice_ng226'],
      },
      {
        patterns: 'any', verdict: 'no_verdict',
        text: 'No guideline verdict for this picture. NICE advises against it for back pain and for osteoarthritis.',
        sources: ['nice_ng59', 'nice_ng226'],
      },
    ],
    relevantTo: [...BACK, ...SCIATICA, ...BUTTOCK, ...OA], generalCare: false,
  },

  // 7. Massage therapy
  {
    id: 'massage', articleTreatment: 'massage_therapy',
    title: 'Massage',
    description: 'Hands-on soft tissue therapy that eases muscle tension in the back, buttock and legs.',
    verdicts: [
      {
        patterns: [...BACK, ...SCIATICA], verdict: 'consider',
        text: 'NICE NG59: consider soft tissue techniques such as massage only as part of a package that includes exercise. The American College of Physicians (2017) lists massage as an option for short-lived back pain.',
        sources: ['nice_ng59', 'acp_2017'],
      },
      {
        patterns: BUTTOCK, verdict: 'no_verdict',
        text: 'No guideline verdict for massage when the sciatic nerve is squeezed in the buttock (deep gluteal syndrome).',
        sources: ['hicks_deep_gluteal'],
      },
      {
        patterns: 'any', verdict: 'no_verdict',
        text: 'No guideline verdict for knee pain on its own; it may ease tight muscles alongside exercise.',
        sources: ['article', 'nice_ng59'],
      },
    ],
    relevantTo: [...BACK, ...SCIATICA, ...BUTTOCK], generalCare: false,
  },

  // 8. Rest and ice
  {
    id: 'rest_knee', articleTreatment: 'rest_and_ice',
    title: 'Resting a painful knee for a few days',
    description: 'Easing off the activities that hurt the knee for a few days, while still moving it gently.',
    verdicts: [
      {
        patterns: 'any', verdict: 'no_verdict',
        text: 'No guideline verdict. NHS self-care advice for a painful knee: rest it when you can for the first few days, stop activities that hurt, and build back up as it settles.',
        sources: ['nhs_knee_pain'],
      },
    ],
    relevantTo: [...OA, ...KNEE_OTHER], generalCare: true,
  },
  {
    id: 'bed_rest_back', articleTreatment: 'rest_and_ice',
    title: 'Bed rest for back pain or sciatica',
    description: 'Lying down for most of the day until the back or leg pain settles.',
    verdicts: [
      {
        patterns: 'any', verdict: 'not_recommended',
        text: 'Guidelines advise staying as active as you can and going back to normal activities early; bed rest is not advised for back pain or sciatica.',
        sources: ['nice_ng59', 'cks_back_pain', 'cks_sciatica'],
      },
    ],
    relevantTo: [...BACK, ...SCIATICA, ...BUTTOCK], generalCare: false,
  },
  {
    id: 'ice', articleTreatment: 'rest_and_ice',
    title: 'Ice packs (15 to 20 minutes, several times a day)',
    description: 'An ice pack or a bag of frozen peas wrapped in a towel, on the sore area for 15 to 20 minutes, several times a day.',
    verdicts: [
      {
        patterns: 'any', verdict: 'no_verdict',
        text: 'No guideline gives ice a verdict either way. NHS self-care advice suggests an ice pack wrapped in a towel on a painful knee for up to 20 minutes every 2 to 3 hours in the first days.',
        sources: ['nhs_knee_pain'],
      },
    ],
    relevantTo: MUSCULOSKELETAL, generalCare: true,
  },

  // 9. Heat therapy
  {
    id: 'heat', articleTreatment: 'heat_therapy',
    title: 'Heat (a heat pack or a warm bath)',
    description: 'Warmth on tight muscles, once any new swelling or inflammation has settled.',
    verdicts: [
      {
        patterns: BACK, minDurationDays: CHRONIC_FROM_DAYS, verdict: 'no_verdict',
        text: 'The American College of Physicians (2017) lists superficial heat for back pain of up to 12 weeks, not for long-lasting (chronic) back pain. Warmth can still ease stiff muscles.',
        sources: ['acp_2017'],
      },
      {
        patterns: BACK, verdict: 'consider',
        text: 'The American College of Physicians (2017): superficial heat for back pain of up to 12 weeks (acute or subacute), with moderate-quality evidence that it helps.',
        sources: ['acp_2017'],
      },
      {
        patterns: 'any', verdict: 'no_verdict',
        text: 'No guideline verdict for the knee or for sciatica itself. Once any swelling has settled, warmth can ease stiff, tight muscles.',
        sources: ['article', 'acp_2017'],
      },
    ],
    relevantTo: MUSCULOSKELETAL, generalCare: true,
  },

  // 10. Stretching and strengthening exercises
  {
    id: 'home_exercise', articleTreatment: 'stretching_and_strengthening',
    title: 'Stretching and strengthening exercises at home',
    description: 'Gentle, regular exercises for the back of the thigh (hamstrings), the front of the thigh (quadriceps) and the hip muscles, built up step by step.',
    verdicts: [
      {
        patterns: OA, verdict: 'recommended',
        text: 'A core treatment for osteoarthritis: NICE NG226 offers exercise tailored to you, and the AAOS (2021) recommends exercise, supervised or at home, for knee osteoarthritis. Start gently and build up.',
        sources: ['nice_ng226', 'aaos_oa_2021'],
      },
      {
        patterns: [...BACK, ...SCIATICA], verdict: 'consider',
        text: 'NICE NG59 suggests an exercise programme for back pain and sciatica, and keeping up normal activities; NHS advice is to start gentle exercise as soon as you can. Start gently and build up.',
        sources: ['nice_ng59', 'nhs_sciatica'],
      },
      {
        patterns: 'any', verdict: 'no_verdict',
        text: 'No guideline verdict for this picture. Gentle, regular exercise is the base of self-care for the knee and the back; start gently and build up.',
        sources: ['nice_ng226', 'nice_ng59'],
      },
    ],
    relevantTo: MUSCULOSKELETAL, generalCare: true,
  },

  // 11. Weight management
  {
    id: 'weight_loss', articleTreatment: 'weight_management',
    title: 'Losing weight, if you are overweight',
    description: 'Losing some weight lowers the load through the knees and the lower back; even a small loss helps.',
    verdicts: [
      {
        patterns: OA, verdict: 'recommended',
        text: 'A core treatment for knee osteoarthritis when you are overweight: NICE NG226 and the AAOS (2021) both recommend it.',
        sources: ['nice_ng226', 'aaos_oa_2021'],
      },
      {
        patterns: 'any', verdict: 'no_verdict',
        text: 'No guideline verdict outside osteoarthritis; a healthy weight lowers the strain on the knees and the lower back.',
        sources: ['article'],
      },
    ],
    relevantTo: MUSCULOSKELETAL, generalCare: true, relevantOnlyIf: ['overweight'],
  },
] as const satisfies readonly TreatmentOption[];

export type TreatmentOptionId = (typeof optionList)[number]['id'];
/** Every option, in the article's order. */
export const TREATMENT_OPTIONS: readonly TreatmentOption[] = optionList;
export const TREATMENT_OPTION_BY_ID = indexById<(typeof optionList)[number], TreatmentOption>(optionList);
export const TREATMENT_OPTION_IDS: readonly TreatmentOptionId[] = optionList.map((o) => o.id);

/** The options behind each of the article's treatments. */
export const OPTIONS_BY_ARTICLE_TREATMENT: Readonly<Record<ArticleTreatmentId, readonly TreatmentOptionId[]>> = (() => {
  const out = {} as Record<ArticleTreatmentId, TreatmentOptionId[]>;
  for (const a of ARTICLE_TREATMENT_IDS) out[a] = [];
  for (const o of optionList) out[o.articleTreatment].push(o.id);
  return out;
})();
