/**
 * The care matched to the STarT Back answers (assessment.stratifiedCare): the risk group, what
 * it means, what to do, and where that comes from, with Keele's attribution beside it.
 */
import type { StratifiedCare } from '../../../src/schemas/assessment.js';
import { Glossed } from '../components/glossed.js';
import { Attribution } from '../measures/attribution.js';

const RISK_WORDS: Record<StratifiedCare['risk'], string> = {
  low: 'Low risk: likely to get better soon',
  medium: 'Medium risk: may take longer',
  high: 'High risk: may last longer',
};

export function MatchedCare({ care, headingLevel = 3, headingId }: { care: StratifiedCare; headingLevel?: 3 | 4; headingId?: string }) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div class={`matched-care risk-${care.risk}`} data-matched-care={care.status} data-risk={care.risk}>
      <Heading id={headingId} tabIndex={-1}>
        {care.status === 'matched' ? `Care matched to your answers: ${care.title.charAt(0).toLowerCase()}${care.title.slice(1)}` : care.title}
      </Heading>
      <p class="badges">
        <span class={`badge risk-badge risk-${care.risk}`}>{RISK_WORDS[care.risk]}</span>
      </p>
      <p>
        <Glossed text={care.summary} />
      </p>
      {care.steps.length > 0 && (
        <ul class="plain-list matched-steps">
          {care.steps.map((s) => (
            <li key={s}>
              <Glossed text={s} />
            </li>
          ))}
        </ul>
      )}
      {care.status === 'matched' && (
        <p class="hint">
          This follows the STarT Back trial, where care matched to these groups helped people more than the same care for everyone, and the NICE
          guideline for back pain. It does not change how soon you should be seen.
        </p>
      )}
      <Attribution text={`Your answers: STarT Back score ${care.total} of 9 (worry and mood part: ${care.distress} of 5). ${care.attribution}`} />
    </div>
  );
}
