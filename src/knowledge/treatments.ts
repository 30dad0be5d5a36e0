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
    explanation: 'Exercises chosen for you and built up over weeks. Guidelines offer them first for knee arthritis, and suggest them for back pain and sciatica.',
  },
  {
    id: 'medications', category: 'conventional', articleHeading: CONVENTIONAL, articleNumber: 2, articleTitle: 'Medications',
    articleText: 'Over-the-counter pain relievers such as ibuprofen or acetaminophen can help manage pain and inflammation. In some cases, a doctor may prescribe stronger medications or muscle relaxants.',
    explanation: 'Pain relief can help you keep moving. But guidelines prefer some medicines to others. For knee arthritis, try a gel first. Take tablets at the lowest dose, for the shortest time. Some medicines are not advised for sciatica at all.',
  },
  {
    id: 'corticosteroid_injections', category: 'conventional', articleHeading: CONVENTIONAL, articleNumber: 3, articleTitle: 'Corticosteroid Injections',
    articleText: 'For severe pain, corticosteroid injections can provide temporary relief by reducing inflammation around the knee joint and the sciatic nerve.',
    explanation: 'Injections give relief for a short time: into the knee for arthritis, or next to the nerve root for new, severe sciatica. They are not for back pain alone.',
  },
  {
    id: 'surgery', category: 'conventional', articleHeading: CONVENTIONAL, articleNumber: 4, articleTitle: 'Surgery',
    articleText: 'If conservative treatments fail, surgical options may be considered. Procedures such as arthroscopy or knee replacement can address underlying knee issues that contribute to sciatica.',
    explanation: 'Only for a few people, when other care has not helped. Keyhole surgery for a worn knee is advised against. A referral for a knee replacement, or surgery to free a trapped nerve, can be an option.',
  },
  {
    id: 'chiropractic_care', category: 'alternative', articleHeading: ALTERNATIVE, articleNumber: 1, articleTitle: 'Chiropractic Care',
    articleText: 'Chiropractors can perform spinal adjustments to relieve pressure on the sciatic nerve and improve overall spinal alignment, which may help alleviate knee pain.',
    explanation: 'Spinal manipulation can be tried for back pain and sciatica, but only together with exercise. Guidelines give no view on it for the knee.',
  },
  {
    id: 'acupuncture', category: 'alternative', articleHeading: ALTERNATIVE, articleNumber: 2, articleTitle: 'Acupuncture',
    articleText: 'This traditional Chinese medicine technique involves inserting thin needles into specific points on the body to relieve pain and promote healing. Many patients find relief from both knee pain and sciatica through acupuncture.',
    explanation: 'Many people try it. But the UK guideline (NICE) advises against it for back pain, sciatica and arthritis. A US guideline lists it as an option for back pain.',
  },
  {
    id: 'massage_therapy', category: 'alternative', articleHeading: ALTERNATIVE, articleNumber: 3, articleTitle: 'Massage Therapy',
    articleText: 'Therapeutic massage can help reduce muscle tension in the lower back and legs, improving circulation and alleviating pain associated with sciatica.',
    explanation: 'Massage can ease tight muscles. Guidelines suggest it only together with exercise.',
  },
  {
    id: 'rest_and_ice', category: 'home', articleHeading: HOME, articleNumber: 1, articleTitle: 'Rest and Ice',
    articleText: 'Resting the affected knee and applying ice packs can help reduce inflammation and pain. Aim for 15-20 minutes of ice application several times a day.',
    explanation: 'A few days of doing less, and ice, can calm a painful knee. For back pain and sciatica, staying active helps more than bed rest.',
  },
  {
    id: 'heat_therapy', category: 'home', articleHeading: HOME, articleNumber: 2, articleTitle: 'Heat Therapy',
    articleText: 'After the initial inflammation has subsided, applying heat can help relax tight muscles and improve blood flow to the area.',
    explanation: 'Once the first swelling has settled, warmth can relax tight muscles. It can help new back pain.',
  },
  {
    id: 'stretching_and_strengthening', category: 'home', articleHeading: HOME, articleNumber: 3, articleTitle: 'Stretching and Strengthening Exercises',
    articleText: 'Gentle stretching and strengthening exercises can help improve flexibility and support the knee joint. Focus on exercises that target the hamstrings, quadriceps, and hip muscles.',
    explanation: 'Regular exercise at home is a main treatment for the knee and for the back.',
  },
  {
    id: 'weight_management', category: 'home', articleHeading: HOME, articleNumber: 4, articleTitle: 'Weight Management',
    articleText: 'Maintaining a healthy weight can reduce stress on the knees and lower back, potentially alleviating sciatica symptoms.',
    explanation: 'For knee arthritis, if you carry extra weight, losing some is a main treatment.',
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
    title: 'Physiotherapy: exercises made for you',
    description: 'A physiotherapist watches how you move. Then they give you exercises to make the muscles of the knee, hip and back stronger and more supple. They change the exercises as you get better.',
    verdicts: [
      {
        patterns: KNEE_OTHER, verdict: 'recommended',
        text: 'Exercise, often with a physiotherapist, is the main treatment for pain behind the kneecap. It is also the main way back after most knee injuries.',
        sources: ['cks_pfp', 'crossley_pfp_2016', 'cks_knee_pain'],
      },
      {
        patterns: OA, verdict: 'recommended',
        text: 'A main treatment for arthritis. The UK guideline (NICE) offers exercises made for you to everyone with arthritis: to build strength and fitness. A US guideline also advises exercise for knee arthritis, with help or at home.',
        sources: ['nice_ng226', 'aaos_oa_2021'],
      },
      {
        patterns: [...BACK, ...SCIATICA], verdict: 'consider',
        text: 'For a bout of low back pain, with or without sciatica, the UK guideline (NICE) says a group exercise class can help. Keep up your normal life as far as you can.',
        sources: ['nice_ng59'],
      },
      {
        patterns: 'any', verdict: 'no_verdict',
        text: 'Guidelines give no view for this. They offer exercise first for knee arthritis, and suggest it for back pain and sciatica.',
        sources: ['nice_ng226', 'nice_ng59'],
      },
    ],
    relevantTo: MUSCULOSKELETAL, generalCare: true,
  },

  // 2. Medications
  {
    id: 'nsaid_topical', articleTreatment: 'medications',
    title: 'Anti-inflammatory gel or cream',
    description: 'A gel with an anti-inflammatory medicine, such as ibuprofen, that you rub on the sore knee. Much less of it gets into the blood than from a tablet.',
    verdicts: [
      {
        patterns: ['knee_osteoarthritis'], verdict: 'recommended',
        text: 'For knee arthritis, the UK guideline (NICE) says to try a gel first, before any tablet.',
        sources: ['nice_ng226'],
      },
      {
        patterns: 'any', verdict: 'no_verdict',
        text: 'Guidelines only give a view on gels for knee arthritis. A gel works near the skin, so it suits a knee better than the back or a nerve.',
        sources: ['nice_ng226', 'nice_ng59'],
      },
    ],
    relevantTo: ['knee_osteoarthritis', 'knee_meniscus_or_ligament', 'patellofemoral_pain'], generalCare: false,
  },
  {
    id: 'nsaid_oral', articleTreatment: 'medications',
    title: 'Anti-inflammatory tablets (such as ibuprofen or naproxen)',
    description: 'Tablets that ease pain and swelling. They can upset the stomach and strain the kidneys and the heart. So take the lowest dose that works, for as short a time as you can.',
    verdicts: [
      {
        patterns: BACK, verdict: 'consider',
        text: 'For low back pain, the UK guideline (NICE) says they can be tried. Take the lowest dose that works, for the shortest time, once a doctor or pharmacist has checked the risks.',
        sources: ['nice_ng59'],
      },
      {
        patterns: [...SCIATICA, ...BUTTOCK], verdict: 'no_verdict',
        text: 'The UK guideline (NICE) gives no view for or against these tablets for sciatica: its advice on them is for back pain. NHS advice says it is not clear how much they help sciatica. If you take them, take the lowest dose that works, for the shortest time.',
        sources: ['nice_ng59', 'nhs_sciatica'],
      },
      {
        patterns: OA, verdict: 'recommended',
        text: 'For arthritis, the UK guideline (NICE) offers a tablet when a gel has not helped enough or does not suit you. For the knee, try a gel first. Take the lowest dose that works, for the shortest time, with a medicine to protect the stomach (a proton pump inhibitor). A doctor first weighs the risks to the stomach, liver, kidneys and heart.',
        sources: ['nice_ng226'],
      },
      {
        patterns: ['inflammatory_or_crystal_arthritis'], verdict: 'consider',
        text: 'For a flare of gout, an anti-inflammatory is a first choice. But a doctor must first rule out an infection in a hot, swollen knee.',
        sources: ['cks_gout', 'bsr_hot_joint_2006'],
      },
      {
        patterns: 'any', verdict: 'no_verdict',
        text: 'Guidelines give no view for this. If you take them: the lowest dose that works, for the shortest time, and check the cautions first.',
        sources: ['bnf_nsaids'],
      },
    ],
    relevantTo: MUSCULOSKELETAL, generalCare: true,
  },
  {
    id: 'paracetamol', articleTreatment: 'medications',
    title: 'Paracetamol on its own',
    description: 'A common pain killer. It has few side effects at the usual dose. But on its own it does little for back pain or arthritis.',
    verdicts: [
      {
        patterns: BACK, verdict: 'not_recommended',
        text: 'For low back pain, the UK guideline (NICE) says not to give paracetamol on its own.',
        sources: ['nice_ng59'],
      },
      {
        patterns: [...SCIATICA, ...BUTTOCK], verdict: 'no_verdict',
        text: 'Guidelines give no view for sciatica itself. For the back pain that often comes with it, they advise against paracetamol on its own.',
        sources: ['nice_ng59'],
      },
      {
        patterns: OA, verdict: 'not_recommended',
        text: 'For arthritis, the UK guideline (NICE) says not to use it as a matter of course. At most, use it now and then, for a short time, when nothing else suits you.',
        sources: ['nice_ng226'],
      },
      {
        patterns: 'any', verdict: 'no_verdict',
        text: 'Guidelines give no view for this. If you take it, keep to the dose on the pack.',
        sources: ['bnf_paracetamol'],
      },
    ],
    relevantTo: MUSCULOSKELETAL, generalCare: true,
  },
  {
    id: 'muscle_relaxant', articleTreatment: 'medications',
    title: 'Muscle relaxants (on prescription)',
    description: 'Medicines from a doctor that ease muscle spasm for a few days. They often make you sleepy or dizzy.',
    verdicts: [
      {
        patterns: BACK, minDurationDays: CHRONIC_FROM_DAYS, verdict: 'no_verdict',
        text: 'A US guideline lists a muscle relaxant only for back pain of up to 12 weeks, not for back pain that lasts longer. The UK guideline gives no view.',
        sources: ['acp_2017'],
      },
      {
        patterns: BACK, verdict: 'consider',
        text: 'A US guideline lists a muscle relaxant as an option for back pain of up to 12 weeks. The UK guideline gives no view.',
        sources: ['acp_2017'],
      },
      {
        patterns: SCIATICA, verdict: 'not_recommended',
        text: 'The UK guideline (NICE) says not to give diazepam or medicines like it for sciatica. Diazepam is often given as a muscle relaxant.',
        sources: ['nice_ng59'],
      },
      {
        patterns: 'any', verdict: 'no_verdict',
        text: 'Guidelines only give a view on muscle relaxants for back pain, not for knee pain.',
        sources: ['acp_2017', 'nice_ng226'],
      },
    ],
    relevantTo: BACK, generalCare: false,
  },
  {
    id: 'opioid_weak_short_term', articleTreatment: 'medications',
    title: 'A weak opioid for a short time (such as codeine)',
    description: 'Pain killers related to morphine. They make you sleepy and constipated. You can come to depend on them quickly.',
    verdicts: [
      {
        patterns: [...BACK, ...SCIATICA], minDurationDays: CHRONIC_FROM_DAYS, verdict: 'not_recommended',
        text: 'The UK guideline (NICE) says not to give opioids for back pain or sciatica that has lasted more than 3 months.',
        sources: ['nice_ng59'],
      },
      {
        patterns: BACK, verdict: 'consider',
        text: 'For new low back pain, the UK guideline (NICE) says a weak opioid can be tried only if an anti-inflammatory cannot be used or has not worked. Never for back pain that has lasted more than 3 months.',
        sources: ['nice_ng59'],
      },
      {
        patterns: SCIATICA, verdict: 'no_verdict',
        text: 'Guidelines give no view for a short spell of sciatica. They advise against opioids once sciatica has lasted more than 3 months.',
        sources: ['nice_ng59'],
      },
      {
        patterns: OA, verdict: 'not_recommended',
        text: 'For arthritis, the UK guideline (NICE) says not to use weak opioids as a matter of course. At most, use them now and then, for a short time, when nothing else suits you.',
        sources: ['nice_ng226'],
      },
      {
        patterns: 'any', verdict: 'no_verdict',
        text: 'Guidelines give no view for this. Only a doctor can prescribe it and decide.',
        sources: ['nice_ng59', 'nice_ng226'],
      },
    ],
    relevantTo: [...BACK, ...SCIATICA, 'knee_osteoarthritis'], generalCare: false,
  },
  {
    id: 'opioid_strong_or_long_term', articleTreatment: 'medications',
    title: 'Strong or long-term opioids (such as morphine or oxycodone)',
    description: 'Strong pain killers related to morphine, or any opioid taken for months. The risks grow with the dose and the time: you can come to depend on them, fall, get constipated or feel sleepy.',
    verdicts: [
      {
        patterns: [...BACK, ...SCIATICA], verdict: 'not_recommended',
        text: 'The UK guideline (NICE) says not to give opioids for back pain or sciatica that has lasted more than 3 months. For new back pain, they are not given as a matter of course: at most a weak one, when an anti-inflammatory cannot be used or has not worked.',
        sources: ['nice_ng59'],
      },
      {
        patterns: OA, verdict: 'not_recommended',
        text: 'For arthritis, the UK guideline (NICE) says not to give strong opioids.',
        sources: ['nice_ng226'],
      },
      {
        patterns: 'any', verdict: 'no_verdict',
        text: 'Guidelines give no view for this. Only a specialist or a GP can prescribe them and decide.',
        sources: ['nice_ng59', 'nice_ng226'],
      },
    ],
    relevantTo: [...BACK, ...SCIATICA, 'knee_osteoarthritis'], generalCare: false,
  },
  {
    id: 'sciatica_nerve_drugs', articleTreatment: 'medications',
    title: 'Nerve pain medicines, steroid tablets or diazepam for sciatica',
    description: 'Some medicines have been tried for sciatica: nerve pain medicines such as gabapentin and pregabalin, steroid tablets such as prednisolone, and diazepam.',
    verdicts: [
      {
        patterns: 'any', verdict: 'not_recommended',
        text: 'The UK guideline (NICE) says not to give these for sciatica. On the whole there is no proof that they help, and they can do harm.',
        sources: ['nice_ng59'],
      },
    ],
    relevantTo: [...SCIATICA, ...BUTTOCK], generalCare: false,
  },

  // 3. Corticosteroid injections
  {
    id: 'epidural_steroid_injection', articleTreatment: 'corticosteroid_injections',
    title: 'Steroid injection in the back (for sciatica)',
    description: 'A specialist injects a numbing medicine and a steroid next to the sore nerve root in the lower back. They use a scan to guide the needle.',
    verdicts: [
      {
        patterns: ['lumbar_radiculopathy'], minDurationDays: CHRONIC_FROM_DAYS, verdict: 'no_verdict',
        text: 'The UK guideline (NICE) only suggests this injection for sciatica that is new and severe. For sciatica that has lasted 12 weeks or more, it gives no view.',
        sources: ['nice_ng59'],
      },
      {
        // NG59 does not define "severe"; leg pain of 7 or more out of 10 is the usual cut-off for severe pain.
        patterns: ['lumbar_radiculopathy'], minLegPain: 7, verdict: 'consider',
        text: 'For sciatica that is both new and severe, as yours is, the UK guideline (NICE) says this injection can be tried. A specialist decides if it suits you.',
        sources: ['nice_ng59'],
      },
      {
        patterns: ['lumbar_radiculopathy'], verdict: 'no_verdict',
        text: 'The UK guideline (NICE) only suggests this injection for sciatica that is both new and severe (leg pain of 7 or more out of 10). For milder sciatica, it gives no view.',
        sources: ['nice_ng59'],
      },
      {
        patterns: ['lumbar_spinal_stenosis'], verdict: 'not_recommended',
        text: 'The UK guideline (NICE) says not to give it for leg pain on walking that comes from a narrow space for the nerves in the spine.',
        sources: ['nice_ng59'],
      },
      {
        patterns: BACK, verdict: 'not_recommended',
        text: 'The UK guideline (NICE) says not to give spine injections for low back pain without sciatica.',
        sources: ['nice_ng59'],
      },
      {
        patterns: 'any', verdict: 'no_verdict',
        text: 'An injection for sciatica from a nerve root in the back. It does not treat the knee.',
        sources: ['nice_ng59'],
      },
    ],
    relevantTo: SCIATICA, generalCare: false,
  },
  {
    id: 'knee_steroid_injection', articleTreatment: 'corticosteroid_injections',
    title: 'Steroid injection into the knee',
    description: 'A doctor injects a steroid into the knee to calm the swelling. The relief often lasts a few weeks.',
    verdicts: [
      {
        patterns: ['knee_osteoarthritis'], verdict: 'consider',
        text: 'For knee arthritis, the UK guideline (NICE) says it can be tried when other pain relief has not worked or does not suit you, or to help you exercise. The relief is short.',
        sources: ['nice_ng226'],
      },
      {
        patterns: ['inflammatory_or_crystal_arthritis'], verdict: 'no_verdict',
        text: 'A specialist may inject a knee swollen by arthritis or gout. But first they must rule out an infection.',
        sources: ['nice_ng100', 'bsr_hot_joint_2006'],
      },
      {
        patterns: 'any', verdict: 'no_verdict',
        text: 'Guidelines give a view on knee injections for knee arthritis. For other knee problems, a doctor decides.',
        sources: ['nice_ng226'],
      },
    ],
    relevantTo: ['knee_osteoarthritis', 'inflammatory_or_crystal_arthritis'], generalCare: false,
  },

  // 4. Surgery
  {
    id: 'knee_arthroscopy_degenerative', articleTreatment: 'surgery',
    title: 'Keyhole surgery for a worn knee',
    description: 'Washing out or trimming a worn knee, or a worn meniscus, through small cuts.',
    verdicts: [
      {
        patterns: 'any', verdict: 'not_recommended',
        text: 'Guidelines advise strongly against keyhole surgery for a worn knee, even if it locks, clicks or catches. It does no better than exercise, and it has the risks of an operation. A US guideline also advises against washing out or trimming a knee with arthritis.',
        sources: ['bmj_rapid_rec_2017', 'aaos_oa_2021', 'nice_ipg230', 'nice_cg177'],
      },
    ],
    relevantTo: ['knee_osteoarthritis', 'knee_meniscus_or_ligament'], generalCare: false,
  },
  {
    id: 'knee_arthroscopy_injury', articleTreatment: 'surgery',
    title: 'Keyhole surgery after an injury, or for a locked knee',
    description: 'Repairing or removing a torn piece of cartilage, or rebuilding a torn ligament, after a clear injury. Or freeing a knee that is locked.',
    verdicts: [
      {
        patterns: 'any', verdict: 'no_verdict',
        text: 'Guidelines give no view on surgery after a clear knee injury, such as a torn ligament or meniscus: a bone and joint surgeon decides. The advice against keyhole surgery for a worn knee holds even when it locks. A knee stuck so it cannot be straightened needs to be seen today.',
        sources: ['bmj_rapid_rec_2017'],
      },
    ],
    relevantTo: ['knee_meniscus_or_ligament'], generalCare: false,
  },
  {
    id: 'knee_replacement', articleTreatment: 'surgery',
    title: 'Knee replacement',
    description: 'The worn surfaces of the joint are replaced with an artificial joint. It is a big operation, and it takes months to recover.',
    verdicts: [
      {
        patterns: ['knee_osteoarthritis'], verdict: 'refer',
        text: 'For knee arthritis, the UK guideline (NICE) says to think about a referral for a new knee when the pain, stiffness or loss of movement badly affects your life, and other care (exercise, weight loss if needed, pain relief) has not worked or does not suit you. Age, sex, weight, smoking or other illnesses are not reasons to be left out, though they can change the risks.',
        sources: ['nice_ng226'],
      },
      {
        patterns: 'any', verdict: 'no_verdict',
        text: 'An operation for severe knee arthritis. It does not treat sciatica or back pain.',
        sources: ['nice_ng226'],
      },
    ],
    relevantTo: ['knee_osteoarthritis'], generalCare: false,
  },
  {
    id: 'spinal_decompression', articleTreatment: 'surgery',
    title: 'Back surgery to free a trapped nerve',
    description: 'The surgeon removes the part of a disc or bone that presses on a nerve root in the lower back.',
    verdicts: [
      {
        patterns: ['lumbar_radiculopathy'], verdict: 'consider',
        text: 'The UK guideline (NICE) says it can be tried when other treatment has not eased the pain and a scan matches the symptoms. Sciatica is usually treated without surgery for 6 to 8 weeks first. Early surgery eases leg pain sooner, but after a year the results are about the same.',
        sources: ['nice_ng59', 'koes_2007', 'peul_2007'],
      },
      {
        patterns: ['lumbar_spinal_stenosis'], verdict: 'consider',
        text: 'For leg pain on walking from a narrow space for the nerves in the spine, surgery can be tried when other care has not helped.',
        sources: ['nass_stenosis_2011', 'nice_ng59'],
      },
      {
        patterns: 'any', verdict: 'no_verdict',
        text: 'An operation for a trapped nerve root in the back. It does not treat knee pain.',
        sources: ['nice_ng59'],
      },
    ],
    relevantTo: SCIATICA, generalCare: false,
  },

  // 5. Chiropractic care
  {
    id: 'spinal_manipulation', articleTreatment: 'chiropractic_care',
    title: 'Spinal manipulation (by a chiropractor or osteopath)',
    description: 'A chiropractor, an osteopath or a physiotherapist moves the joints of the spine by hand, sometimes with a quick push.',
    verdicts: [
      {
        patterns: [...BACK, ...SCIATICA], verdict: 'consider',
        text: 'For low back pain, with or without sciatica, the UK guideline (NICE) says it can be tried, but only together with exercise.',
        sources: ['nice_ng59'],
      },
      {
        patterns: 'any', verdict: 'no_verdict',
        text: 'Guidelines give no view for knee pain. For back pain and sciatica, it is an option only together with exercise.',
        sources: ['nice_ng59'],
      },
    ],
    relevantTo: [...BACK, ...SCIATICA], generalCare: false,
  },

  // 6. Acupuncture
  {
    id: 'acupuncture', articleTreatment: 'acupuncture',
    title: 'Acupuncture',
    description: 'Thin needles put into the skin at chosen points by a trained person.',
    verdicts: [
      {
        patterns: [...BACK, ...SCIATICA, ...BUTTOCK], verdict: 'not_recommended',
        text: 'The UK guideline (NICE) says not to offer acupuncture for low back pain, with or without sciatica. A US guideline lists it as an option for back pain. The guidelines do not agree; the UK one is more careful.',
        sources: ['nice_ng59', 'acp_2017'],
      },
      {
        patterns: OA, verdict: 'not_recommended',
        text: 'For arthritis, the UK guideline (NICE) says not to offer acupuncture.',
        sources: ['nice_ng226'],
      },
      {
        patterns: 'any', verdict: 'no_verdict',
        text: 'Guidelines give no view for this. The UK guideline advises against it for back pain and for arthritis.',
        sources: ['nice_ng59', 'nice_ng226'],
      },
    ],
    relevantTo: [...BACK, ...SCIATICA, ...BUTTOCK, ...OA], generalCare: false,
  },

  // 7. Massage therapy
  {
    id: 'massage', articleTreatment: 'massage_therapy',
    title: 'Massage',
    description: 'Hands-on therapy that eases tight muscles in the back, buttock and legs.',
    verdicts: [
      {
        patterns: [...BACK, ...SCIATICA], verdict: 'consider',
        text: 'The UK guideline (NICE) says massage can be tried, but only together with exercise. A US guideline lists it as an option for new back pain.',
        sources: ['nice_ng59', 'acp_2017'],
      },
      {
        patterns: BUTTOCK, verdict: 'no_verdict',
        text: 'Guidelines give no view on massage when the sciatic nerve is squeezed in the buttock.',
        sources: ['hicks_deep_gluteal'],
      },
      {
        patterns: 'any', verdict: 'no_verdict',
        text: 'Guidelines give no view for knee pain on its own. It may ease tight muscles together with exercise.',
        sources: ['article', 'nice_ng59'],
      },
    ],
    relevantTo: [...BACK, ...SCIATICA, ...BUTTOCK], generalCare: false,
  },

  // 8. Rest and ice
  {
    id: 'rest_knee', articleTreatment: 'rest_and_ice',
    title: 'Resting a painful knee for a few days',
    description: 'Doing less of what hurts the knee for a few days, while you still move it gently.',
    verdicts: [
      {
        patterns: 'any', verdict: 'no_verdict',
        text: 'Guidelines give no view. NHS advice for a painful knee: rest it when you can for the first few days, stop what hurts, and build back up as it settles.',
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
        text: 'Guidelines advise you to stay as active as you can and get back to normal life early. Bed rest is not advised for back pain or sciatica.',
        sources: ['nice_ng59', 'cks_back_pain', 'cks_sciatica'],
      },
    ],
    relevantTo: [...BACK, ...SCIATICA, ...BUTTOCK], generalCare: false,
  },
  {
    id: 'ice', articleTreatment: 'rest_and_ice',
    title: 'Ice packs (15 to 20 minutes, a few times a day)',
    description: 'An ice pack, or a bag of frozen peas, wrapped in a towel. Hold it on the sore area for 15 to 20 minutes, a few times a day.',
    verdicts: [
      {
        patterns: 'any', verdict: 'no_verdict',
        text: 'Guidelines give no view on ice. NHS advice: hold an ice pack wrapped in a towel on a painful knee for up to 20 minutes, every 2 to 3 hours, in the first few days.',
        sources: ['nhs_knee_pain'],
      },
    ],
    relevantTo: MUSCULOSKELETAL, generalCare: true,
  },

  // 9. Heat therapy
  {
    id: 'heat', articleTreatment: 'heat_therapy',
    title: 'Heat (a heat pack or a warm bath)',
    description: 'Warmth on tight muscles, once any new swelling has settled.',
    verdicts: [
      {
        patterns: BACK, minDurationDays: CHRONIC_FROM_DAYS, verdict: 'no_verdict',
        text: 'A US guideline lists heat for back pain of up to 12 weeks, not for back pain that lasts longer. Warmth can still ease stiff muscles.',
        sources: ['acp_2017'],
      },
      {
        patterns: BACK, verdict: 'consider',
        text: 'A US guideline lists heat for back pain of up to 12 weeks. There is fair proof that it helps.',
        sources: ['acp_2017'],
      },
      {
        patterns: 'any', verdict: 'no_verdict',
        text: 'Guidelines give no view for the knee or for sciatica itself. Once any swelling has settled, warmth can ease stiff, tight muscles.',
        sources: ['article', 'acp_2017'],
      },
    ],
    relevantTo: MUSCULOSKELETAL, generalCare: true,
  },

  // 10. Stretching and strengthening exercises
  {
    id: 'home_exercise', articleTreatment: 'stretching_and_strengthening',
    title: 'Stretching and strengthening exercises at home',
    description: 'Gentle exercises, done often, for the back of the thigh, the front of the thigh and the hip. Build them up step by step.',
    verdicts: [
      {
        patterns: OA, verdict: 'recommended',
        text: 'A main treatment for arthritis. The UK guideline (NICE) offers exercises made for you, and a US guideline advises exercise, with help or at home, for knee arthritis. Start gently and build up.',
        sources: ['nice_ng226', 'aaos_oa_2021'],
      },
      {
        patterns: [...BACK, ...SCIATICA], verdict: 'consider',
        text: 'The UK guideline (NICE) suggests an exercise programme for back pain and sciatica, and keeping up your normal life. NHS advice is to start gentle exercise as soon as you can. Start gently and build up.',
        sources: ['nice_ng59', 'nhs_sciatica'],
      },
      {
        patterns: 'any', verdict: 'no_verdict',
        text: 'Guidelines give no view for this. Gentle exercise, done often, is the base of caring for the knee and the back yourself. Start gently and build up.',
        sources: ['nice_ng226', 'nice_ng59'],
      },
    ],
    relevantTo: MUSCULOSKELETAL, generalCare: true,
  },

  // 11. Weight management
  {
    id: 'weight_loss', articleTreatment: 'weight_management',
    title: 'Losing weight, if you are overweight',
    description: 'Losing some weight takes load off the knees and the lower back. Even a little helps.',
    verdicts: [
      {
        patterns: OA, verdict: 'recommended',
        text: 'A main treatment for knee arthritis when you are overweight. UK and US guidelines both advise it.',
        sources: ['nice_ng226', 'aaos_oa_2021'],
      },
      {
        patterns: 'any', verdict: 'no_verdict',
        text: 'Guidelines give no view outside arthritis. A healthy weight takes strain off the knees and the lower back.',
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
