/**
 * The knowledge base for Learn and the dashboard: the same data the engine uses, loaded with the
 * engine chunk (no request to the server), so Learn works offline after the first visit.
 */
import type { Knowledge } from '../../../src/knowledge/index.js';
import { loadEngine } from '../engine/load-engine.js';

export type { Knowledge };
export type LearnSection = Knowledge['learn'][number];
export type LearnItem = LearnSection['items'][number];

export function loadKnowledge(): Promise<Knowledge> {
  return loadEngine().then((engine) => engine.KNOWLEDGE);
}
