/**
 * The markdown detail of the CDS card, for a clinician inside the record: the triage and its
 * reasons, each red flag with its evidence and sources, the patterns the picture is consistent
 * with, what was not asked, and the not-a-diagnosis notice.
 */
import type { Assessment } from '../schemas/assessment.js';
import { SOURCES, type SourceId } from '../knowledge/sources.js';
import { consistentWith, evidenceInWords } from './clinical-text.js';

/** Markdown's own characters in knowledge text would turn into formatting; show them as typed. */
function md(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

function sourceLinks(ids: readonly SourceId[]): string {
  return ids.map((id) => {
    const s = SOURCES[id];
    const label = md(`${s.title} (${s.publisher}${s.year ? `, ${s.year}` : ''})`);
    return s.url ? `[${label}](${s.url})` : label;
  }).join('; ');
}

export function cardDetail(a: Assessment): string {
  const lines: string[] = [];
  lines.push(`**${md(a.triage.title)}** (${md(a.triage.timeframe)}). ${md(a.triage.action)}`, '');
  lines.push('**Why**', ...a.triage.because.map((b) => `- ${md(b)}`), '');
  if (a.redFlags.length > 0) {
    lines.push('**Red flags**');
    for (const r of a.redFlags) {
      lines.push(`- **${md(r.title)}**: ${md(r.explanation)} Answers: ${md(evidenceInWords(r.because))}. Sources: ${sourceLinks(r.sources)}`);
    }
    lines.push('');
  }
  if (a.patterns.length > 0) {
    lines.push('**Patterns (not diagnoses)**');
    for (const p of a.patterns) lines.push(`- ${md(consistentWith(p.title))}: ${p.likelihood} likelihood. Sources: ${sourceLinks(p.sources)}`);
    lines.push('');
  }
  if (a.ageNotice) lines.push(`> ${md(a.ageNotice)}`, '');
  if (a.unansweredNotice) lines.push(`> ${md(a.unansweredNotice)}`, '');
  lines.push(`_${md(a.notice)}_`);
  return lines.join('\n');
}
