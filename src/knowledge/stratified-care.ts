/**
 * Stratified care for back pain, with or without sciatica: the STarT Back risk group matches the
 * care (Hill 2011, the STarT Back trial; NICE NG59 1.1.2 and 1.1.3). Low risk: advice,
 * reassurance and self-management; medium: exercise led by a physiotherapist; high:
 * physiotherapy with a psychologically informed approach. Data only: the engine decides when it
 * applies (never above the triage: at the levels where a person must be seen now or today it
 * changes nothing).
 */
import type { StartBackRisk } from './measures/instrument.js';
import type { PatternId } from './patterns.js';
import type { SourceId } from './sources.js';

/** A source's own words, quoted exactly, and where in it they stand. */
export interface SourceWords {
  readonly source: SourceId;
  readonly where: string;
  readonly words: string;
}

export interface MatchedCare {
  readonly risk: StartBackRisk;
  /** What the care is, in a few words (sentence case). */
  readonly title: string;
  /** What the risk group means for this person, in plain words. */
  readonly summary: string;
  /** What to do, in order. */
  readonly steps: readonly string[];
  /** Why to see a physiotherapist, in the words of this group (whom to see). */
  readonly physiotherapist: string;
  /** Whether a physiotherapist is part of the first care (medium, high), or only if it does not settle (low). */
  readonly physiotherapistFirst: boolean;
  /** Treatment options shown first in the list, in this order (the rest keep theirs). */
  readonly treatmentsFirst: readonly string[];
  /** The sources' own words for this group's care. */
  readonly sourceWords: readonly SourceWords[];
  readonly sources: readonly SourceId[];
}

/** NG59 1.1.2, for all three groups: why the questions are asked at all. */
export const NG59_RISK_STRATIFICATION: SourceWords = {
  source: 'nice_ng59',
  where: 'recommendation 1.1.2',
  words:
    'Consider using risk stratification (for example, the STarT Back risk assessment tool) at first point of contact with a healthcare professional '
    + 'for each new episode of low back pain with or without sciatica to inform shared decision-making about stratified management.',
};

/** Hill 2011, the trial that tested the matched care: its own summary of what it showed. */
export const HILL_2011_MATCHED_PATHWAYS: SourceWords = {
  source: 'hill_2011',
  where: 'Summary, interpretation',
  words:
    'The results show that a stratified approach, by use of prognostic screening with matched pathways, will have important implications for the '
    + 'future management of back pain in primary care.',
};

/** The trial protocol's care for every group (Table 1, "Low, medium and high risk groups"). */
const ADVICE_FOR_ALL: SourceWords = {
  source: 'start_back_protocol_2008',
  where: 'Table 1, low, medium and high risk groups',
  words: 'Advice on back care emphasising positive messages about activity, pain relief and work.',
};

export const MATCHED_CARE: Readonly<Record<StartBackRisk, MatchedCare>> = {
  low: {
    risk: 'low',
    title: 'Advice and looking after it yourself',
    summary:
      'Your answers suggest a good chance that your back will get better on its own. Most people like you do well with advice, '
      + 'reassurance and looking after the back themselves.',
    steps: [
      'Keep as active as you can, and go on with your normal day, work too.',
      'Use the exercises and the home care in your plan.',
      'Pain relief from a pharmacist can help you keep moving.',
      'Back pain is rarely a sign of something serious, and it often gets much better within a few weeks.',
      'If it is not getting better after a few weeks, see a GP or a physiotherapist.',
    ],
    physiotherapist: 'If it is not getting better in a few weeks, a physiotherapist can help. Most people with answers like yours get better with advice and self-care.',
    physiotherapistFirst: false,
    treatmentsFirst: ['home_exercise', 'heat'],
    sourceWords: [
      {
        source: 'nice_ng59',
        where: 'recommendation 1.1.3',
        words:
          'simpler and less intensive support for people with low back pain with or without sciatica likely to improve quickly and have a good outcome '
          + '(for example, reassurance, advice to keep active and guidance on self-management)',
      },
      ADVICE_FOR_ALL,
    ],
    sources: ['nice_ng59', 'hill_2011', 'start_back_protocol_2008'],
  },
  medium: {
    risk: 'medium',
    title: 'Exercise led by a physiotherapist',
    summary:
      'Your answers suggest your back may take longer to settle. People like you do better with a course of exercise that a physiotherapist '
      + 'plans and checks.',
    steps: [
      'See a physiotherapist for a course of exercise. In many places you can book one yourself.',
      'Until then, keep as active as you can and use the home care in your plan.',
      'The physiotherapist may add hands-on treatment, such as massage, but only together with exercise.',
    ],
    physiotherapist: 'Your answers suggest your back may take longer to settle. A physiotherapist can plan a course of exercise and check how you get on.',
    physiotherapistFirst: true,
    treatmentsFirst: ['physiotherapy_exercise', 'home_exercise'],
    sourceWords: [
      {
        source: 'nice_ng59',
        where: 'recommendation 1.1.3',
        words:
          'more complex and intensive support for people with low back pain with or without sciatica at higher risk of a poor outcome (for example, '
          + 'exercise programmes with or without manual therapy or using a psychological approach)',
      },
      {
        source: 'start_back_protocol_2008',
        where: 'Table 1, medium and high risk groups',
        words:
          'Evidence-based physiotherapy techniques addressing \'signs and symptoms\' in non-specific LBP presentations, according to current '
          + 'recommendations from guidelines and high quality clinical trials.',
      },
    ],
    sources: ['nice_ng59', 'hill_2011', 'start_back_protocol_2008'],
  },
  high: {
    risk: 'high',
    title: 'A physiotherapist who also helps with worry and low mood',
    summary:
      'Your answers suggest the pain is weighing on you: on your mood, and on how safe moving feels. The pain may last longer. People like you do '
      + 'better with a physiotherapist who helps with both the body and the worries that can hold recovery back.',
    steps: [
      'See a physiotherapist. Ask for one who works in a "psychologically informed" way, or for a programme that mixes exercise with help for worry and coping.',
      'Worry and low mood are common with back pain. They do not mean the pain is in your head, and help with them is part of getting better.',
      'Keep gently active. Moving is safe, even when it hurts a little.',
      'If your mood is very low, or you feel you cannot cope, talk to your GP soon.',
    ],
    physiotherapist:
      'Your answers suggest the pain is weighing on your mood and on how safe moving feels. A physiotherapist who works in a "psychologically '
      + 'informed" way can help with both.',
    physiotherapistFirst: true,
    treatmentsFirst: ['physiotherapy_exercise', 'home_exercise'],
    sourceWords: [
      {
        source: 'start_back_protocol_2008',
        where: 'Table 1, high risk group',
        words: 'Assessing and addressing biopsychosocial risk factors by adopting cognitive behavioural principles to address unhelpful beliefs and behaviours.',
      },
      {
        source: 'main_2012',
        where: 'Abstract',
        words:
          'It offers a systematic approach, termed \'psychologically informed practice\', to the integration of physical and psychological approaches '
          + 'to treatment for the management of people with low back pain by physiotherapists.',
      },
    ],
    sources: ['nice_ng59', 'hill_2011', 'start_back_protocol_2008', 'main_2012'],
  },
};

/** The patterns that are back pain or sciatica from the back: STarT Back fits them (Keele: back pain, with or without leg pain). */
export const BACK_PATTERNS: readonly PatternId[] = ['lumbar_radiculopathy', 'lumbar_spinal_stenosis', 'nonspecific_low_back_pain'];

/** What the result says when the level is to be seen now or today: nothing changes. */
export const SEEN_FIRST_CARE = {
  title: 'Be seen first',
  summary:
    'Your answers to the back questions do not change what to do now: be seen first, as the advice at the top says. Show the answers to the '
    + 'clinician: they can use them to plan your care afterwards.',
} as const;

/** What the result says when the picture is not back pain or sciatica: the tool is not for it. */
export const NOT_BACK_CARE = {
  title: 'Not for your picture',
  summary:
    'These questions are made for back pain, with or without leg pain. Your other answers do not point to back pain, so they do not change '
    + 'the advice.',
} as const;

export const STRATIFIED_CARE_SOURCES: readonly SourceId[] = ['nice_ng59', 'hill_2011', 'start_back_protocol_2008', 'keele_sbst'];
