/**
 * Treatment options by what they mean for this person: recommended for the picture; may be
 * considered (discuss them); not advised, and why; and, closed, those not for this picture.
 * No badge says "fine for you": an option guidelines advise against is only ever under "not
 * advised", and a caution is shown only where it applies.
 */
import type { TreatmentAdvice } from '../api/types.js';
import { Icon } from '../components/icons.js';
import { Glossed } from '../components/glossed.js';
import { groupTreatments, type TreatmentGroup } from '../../../src/engine/handover.js';
import { SEVERITY_LABEL } from './labels.js';

export const GROUP_TITLES: Record<TreatmentGroup, string> = {
  recommended: 'Recommended for your picture',
  discuss: 'May be considered: discuss with your clinician',
  not_advised: 'Not advised, and why',
  not_for_picture: 'Not for your picture',
};

const GROUP_HINTS: Record<TreatmentGroup, string> = {
  recommended: 'Guidelines recommend these for a picture like yours.',
  discuss: 'These may help some people. Guidelines do not recommend them for everyone: ask a doctor, physiotherapist or pharmacist.',
  not_advised: 'Guidelines advise against these for a picture like yours, or something you told us makes them unsafe for you.',
  not_for_picture: 'These treat other problems, not the picture your answers fit.',
};

function Cautions({ t }: { t: TreatmentAdvice }) {
  if (t.cautions.length === 0) return null;
  return (
    <ul class="cautions">
      {t.cautions.map((c) => (
        <li key={c.id} class={`caution severity-${c.severity}`}>
          <Icon name="warning" />
          <span>
            <strong>{SEVERITY_LABEL[c.severity]}: </strong>
            <Glossed text={c.text} />
          </span>
        </li>
      ))}
    </ul>
  );
}

function Option({ t, group }: { t: TreatmentAdvice; group: TreatmentGroup }) {
  const learn = (
    <a href={`/learn/treatments#article_treatment-${t.articleTreatment}`}>
      More about this<span class="visually-hidden">: {t.title}</span>
    </a>
  );
  if (group === 'not_for_picture') {
    return (
      <li class="treatment treatment-brief" data-treatment={t.id} data-group={group}>
        <strong>{t.title}</strong>: <Glossed text={t.verdictText} />
      </li>
    );
  }
  return (
    <li class="treatment" data-treatment={t.id} data-group={group} data-verdict={t.verdict}>
      <h4 class="treatment-title">{t.title}</h4>
      {group === 'not_advised' ? (
        <p class="why-not">
          <Icon name="cross" /> <span>{t.verdict === 'not_recommended' ? <Glossed text={t.verdictText} /> : 'Not for you: see the caution below.'}</span>
        </p>
      ) : (
        <>
          <p>
            <Glossed text={t.description} />
          </p>
          <p class="verdict-text">
            <Glossed text={t.verdictText} />
          </p>
        </>
      )}
      <Cautions t={t} />
      <p class="treatment-more">{learn}</p>
    </li>
  );
}

export function TreatmentList({ treatments }: { treatments: readonly TreatmentAdvice[] }) {
  const groups = groupTreatments(treatments);
  return (
    <>
      {(['recommended', 'discuss', 'not_advised'] as const).map((g) =>
        groups[g].length === 0 ? null : (
          <section key={g} class={`treatment-group group-${g}`} aria-labelledby={`treatments-${g}`} data-group={g}>
            <h3 id={`treatments-${g}`}>
              {GROUP_TITLES[g]} <span class="count">({groups[g].length})</span>
            </h3>
            <p class="hint">{GROUP_HINTS[g]}</p>
            <ul class="treatment-list">
              {groups[g].map((t) => (
                <Option key={t.id} t={t} group={g} />
              ))}
            </ul>
          </section>
        ),
      )}
      {groups.not_for_picture.length > 0 && (
        <details class="treatment-group group-not_for_picture" data-group="not_for_picture">
          <summary>
            {GROUP_TITLES.not_for_picture} ({groups.not_for_picture.length})
          </summary>
          <p class="hint">{GROUP_HINTS.not_for_picture}</p>
          <ul class="treatment-list">
            {groups.not_for_picture.map((t) => (
              <Option key={t.id} t={t} group="not_for_picture" />
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

/** "2 recommended · 4 to discuss · 3 not advised" */
export function treatmentGist(treatments: readonly TreatmentAdvice[]): string {
  const g = groupTreatments(treatments);
  const parts = [
    g.recommended.length > 0 ? `${g.recommended.length} recommended for you` : '',
    g.discuss.length > 0 ? `${g.discuss.length} to discuss` : '',
    g.not_advised.length > 0 ? `${g.not_advised.length} not advised` : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : 'None fits your picture yet: see a clinician';
}
