/**
 * Plain-text pieces the FHIR resources and the CDS card share: evidence in words, source
 * citations, and the "consistent with" wording (patterns are never diagnoses).
 */
import { EVIDENCE_BY_ID, type EvidenceId } from '../knowledge/evidence.js';
import { SOURCES, type SourceId } from '../knowledge/sources.js';

/** "consistent with knee osteoarthritis (...)": the title's first letter lowered to run in a sentence. */
export function consistentWith(title: string): string {
  return `consistent with ${title.charAt(0).toLowerCase()}${title.slice(1)}`;
}

/** The evidence ids' meanings, in the contract's words. */
export function evidenceInWords(ids: readonly EvidenceId[]): string {
  return ids.map((id) => EVIDENCE_BY_ID[id].meaning).join('; ');
}

export function citation(id: SourceId): string {
  const s = SOURCES[id];
  return `${s.title} (${s.publisher}${s.year ? `, ${s.year}` : ''})${s.url ? ` ${s.url}` : ''}`;
}

export function citations(ids: readonly SourceId[]): string {
  return ids.map(citation).join('; ');
}

/** Source ids of several lists, each once, in first-seen order. */
export function uniqueSources(lists: readonly (readonly SourceId[])[]): SourceId[] {
  return [...new Set(lists.flat())];
}
