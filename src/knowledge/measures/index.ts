/**
 * The validated measures, by id. KOOS-12 (and KOOS, JR) are not here: their published wording
 * could not be read from koos.nu with the tools available, and copies disagree (see
 * docs/measures.md); no invented version is shipped.
 */
import { MEASURE_IDS, type Instrument, type MeasureId } from './instrument.js';
import { NPRS } from './nprs.js';
import { PSFS } from './psfs.js';
import { ROLAND_MORRIS } from './roland-morris.js';
import { START_BACK } from './start-back.js';

export * from './instrument.js';
export { NPRS } from './nprs.js';
export { PSFS } from './psfs.js';
export { ROLAND_MORRIS } from './roland-morris.js';
export { START_BACK } from './start-back.js';

export interface MeasuresById {
  readonly 'start-back': typeof START_BACK;
  readonly 'roland-morris': typeof ROLAND_MORRIS;
  readonly psfs: typeof PSFS;
  readonly nprs: typeof NPRS;
}

export const MEASURES: MeasuresById = { 'start-back': START_BACK, 'roland-morris': ROLAND_MORRIS, psfs: PSFS, nprs: NPRS };

/** Every instrument, in MEASURE_IDS order. */
export const MEASURE_LIST: readonly Instrument[] = MEASURE_IDS.map((id) => MEASURES[id]);

export function isMeasureId(value: unknown): value is MeasureId {
  return typeof value === 'string' && (MEASURE_IDS as readonly string[]).includes(value);
}
