/**
 * What every validated measure holds as data: its items in the published wording (with where
 * that wording was read), its scales, its scoring and missing-item rules in words, the change
 * that matters with its source, its licence and the attribution it requires. The arithmetic
 * that uses them lives in `src/measures/`; the FHIR forms in `src/fhir/`.
 */
import type { SourceId } from '../sources.js';

export const MEASURE_IDS = ['start-back', 'roland-morris', 'psfs', 'nprs'] as const;
export type MeasureId = (typeof MEASURE_IDS)[number];

/** Where a measure applies: the product's three pain sites. */
export type MeasureRegion = 'back' | 'leg' | 'knee';

export interface LoincCode {
  readonly code: string;
  readonly display: string;
}

/** One answer of a choice item: what the person reads, and what it scores. */
export interface AnswerOption {
  /** The answers file and FHIR code (ksnav measure-answer code system). */
  readonly code: string;
  /** The published label, verbatim. */
  readonly display: string;
  readonly score: number;
}

export interface MeasureItem {
  /** The key in an answers file and the FHIR linkId. */
  readonly id: string;
  /** The number printed beside the item on the published form. */
  readonly number: number;
  /** The published wording, verbatim. */
  readonly text: string;
  readonly loinc?: LoincCode;
}

export interface MeasureScale {
  readonly id: string;
  readonly title: string;
  readonly min: number;
  readonly max: number;
  /** true when a higher score means less trouble (PSFS); false when it means more (RMDQ, NPRS). */
  readonly higherIsBetter: boolean;
  readonly loinc?: LoincCode;
}

/**
 * The change a person notices. `mcid`: a minimal (clinically) important change from an anchor
 * study or consensus; `mdc`: a minimal detectable change (beyond measurement error), used where
 * that is what the instrument's authors publish. Met by `points`, or by `percent` of the first
 * score when given (either is enough).
 */
export interface ChangeThreshold {
  readonly kind: 'mcid' | 'mdc';
  readonly scale: string;
  readonly points: number;
  readonly percent?: number;
  /** The words to use with a person: "more than the 2 points people notice". */
  readonly inWords: string;
  readonly note: string;
  readonly sources: readonly SourceId[];
}

export interface MeasureLicence {
  readonly holder: string;
  /** The terms, as the holder states them (quoted where quoted). */
  readonly terms: string;
  readonly url: string;
  /** The statement to show beside the instrument, verbatim where the holder gives one. */
  readonly attribution: string;
  /** What this licence lets this project do, and what it does not. */
  readonly allows: string;
}

/** Where the wording was read, so anyone can check it word for word. */
export interface WordingSource {
  /** The instrument's own source (the holder's page, the authors' form). */
  readonly url: string;
  /** Other copies the wording was compared with. */
  readonly checkedAgainst: readonly string[];
  /** Anything not taken verbatim, or any slip in the source, and what was done about it. */
  readonly note?: string;
}

interface InstrumentBase {
  readonly id: MeasureId;
  readonly title: string;
  readonly shortTitle: string;
  /** What it measures, in plain words. */
  readonly purpose: string;
  readonly regions: readonly MeasureRegion[];
  /** The published instructions, verbatim. */
  readonly instructions: string;
  readonly scales: readonly MeasureScale[];
  /** The scale trends, alerts and the FHIR Observation's value follow. */
  readonly primaryScale: string;
  /** The scoring rule in words. */
  readonly scoring: string;
  /** The missing-item rule in words, and its source or why it is ours. */
  readonly missingItems: string;
  readonly change: ChangeThreshold | null;
  readonly licence: MeasureLicence;
  readonly wording: WordingSource;
  readonly loinc?: LoincCode;
  readonly sources: readonly SourceId[];
}

export interface StartBackInstrument extends InstrumentBase {
  readonly id: 'start-back';
  readonly items: readonly (MeasureItem & { readonly options: readonly AnswerOption[] })[];
  /** Items 5 to 9: fear, anxiety, catastrophising, low mood and bothersomeness. */
  readonly distressItems: readonly string[];
  /** Total 3 or less: low; otherwise distress 3 or less: medium, 4 or more: high. */
  readonly cutOffs: { readonly lowMaxTotal: number; readonly highMinDistress: number };
  readonly riskGroups: readonly { readonly code: StartBackRisk; readonly display: string; readonly loinc: LoincCode }[];
}

export type StartBackRisk = 'low' | 'medium' | 'high';

export interface RolandMorrisInstrument extends InstrumentBase {
  readonly id: 'roland-morris';
  /** Statements ticked when they describe the person today. */
  readonly items: readonly MeasureItem[];
}

export interface PsfsInstrument extends InstrumentBase {
  readonly id: 'psfs';
  /** The form's blank ("your ____ problem") is filled with the person's problem. */
  readonly problemBlank: string;
  readonly ratingAnchors: { readonly 0: string; readonly 10: string };
  readonly minActivities: number;
  readonly maxActivities: number;
  readonly maxNameLength: number;
}

export const NPRS_SITES = ['knee', 'leg', 'back'] as const;
export type NprsSite = (typeof NPRS_SITES)[number];

export interface NprsInstrument extends InstrumentBase {
  readonly id: 'nprs';
  readonly items: readonly (MeasureItem & { readonly site: NprsSite })[];
  readonly anchors: string;
}

export type Instrument = StartBackInstrument | RolandMorrisInstrument | PsfsInstrument | NprsInstrument;
