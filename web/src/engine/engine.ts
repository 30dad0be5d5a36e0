/**
 * The assessment engine, run in the browser: the same pure module the server and the command
 * line run, so the interview needs no round trip per answer and works offline. Built with
 * `__KSNAV_NO_CODEGEN__` (vite.config.ts): conditions are interpreted, never generated, so the
 * strict Content Security Policy holds. Loaded after first paint (./load-engine.ts).
 */
export { assess } from '../../../src/engine/assess.js';
export { nextQuestions } from '../../../src/engine/interview.js';
export { cautionQuestions } from '../../../src/engine/caution-questions.js';
export { KNOWLEDGE } from '../../../src/knowledge/index.js';
export { startBackFits } from '../../../src/engine/stratified-care.js';
export { MEASURES } from '../../../src/knowledge/measures/index.js';
export { scoreMeasure } from '../../../src/measures/score.js';
export { measureChange } from '../../../src/measures/change.js';
export { MATCHED_CARE } from '../../../src/knowledge/stratified-care.js';
