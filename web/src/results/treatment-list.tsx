/**
 * Treatment options grouped as the article groups them (conventional, alternative, at home),
 * each with the guidelines' verdict in words and icon, and this person's cautions.
 */
import type { TreatmentAdvice, TreatmentCategory } from '../api/types.js';
import { Icon } from '../components/icons.js';
import { CATEGORY_TITLES, SEVERITY_LABEL, SUITABILITY_LOOK, VERDICT_LOOK } from './labels.js';

const ORDER: TreatmentCategory[] = ['conventional', 'alternative', 'home'];

export function VerdictBadge({ verdict }: { verdict: TreatmentAdvice['verdict'] }) {
  const look = VERDICT_LOOK[verdict];
  return (
    <span class={`badge verdict-${verdict}`}>
      <Icon name={look.icon} />
      <span>
        <span class="verdict-prefix">Guidelines: </span>
        {look.label}
      </span>
    </span>
  );
}

function Treatment({ t }: { t: TreatmentAdvice }) {
  const fit = SUITABILITY_LOOK[t.suitability];
  return (
    <li class={`treatment${t.relevant ? '' : ' not-relevant'}`} data-treatment={t.id} data-verdict={t.verdict}>
      <h4 class="treatment-title">{t.title}</h4>
      <p class="badges">
        <VerdictBadge verdict={t.verdict} />
        <span class={`badge suitability-${t.suitability}`}>
          <Icon name={fit.icon} />
          <span>{fit.label}</span>
        </span>
        {t.relevant && <span class="badge badge-plain">Fits your picture</span>}
      </p>
      <p class="print-hide">{t.description}</p>
      <p class="verdict-text">{t.verdictText}</p>
      <p class="print-hide">
        <a href={`/learn/treatments#article_treatment-${t.articleTreatment}`}>
          About {t.articleTreatment.replace(/_/g, ' ')}<span class="visually-hidden"> in the Learn pages</span>
        </a>
      </p>
      {t.cautions.length > 0 && (
        <ul class="cautions">
          {t.cautions.map((c) => (
            <li key={c.id} class={`caution severity-${c.severity}`}>
              <Icon name="warning" />
              <span>
                <strong>{SEVERITY_LABEL[c.severity]}: </strong>
                {c.text}
              </span>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

export function TreatmentList({ treatments }: { treatments: readonly TreatmentAdvice[] }) {
  return (
    <>
      {ORDER.map((category) => {
        // Options that fit this picture first, then the rest, each in the article's order.
        const list = treatments.filter((t) => t.category === category).sort((a, b) => Number(b.relevant) - Number(a.relevant));
        if (list.length === 0) return null;
        return (
          <section key={category} class="treatment-group" aria-labelledby={`treatments-${category}`}>
            <h3 id={`treatments-${category}`}>{CATEGORY_TITLES[category]}</h3>
            <ul class="treatment-list">
              {list.map((t) => (
                <Treatment key={t.id} t={t} />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
