/** The triage card, first on the results: how soon, what to do, whom to see, and why. */
import type { Assessment } from '../api/types.js';
import { EmergencyNumbers } from '../components/emergency-numbers.js';
import { Icon } from '../components/icons.js';
import type { EvidenceWords } from './evidence-words.js';
import { LEVEL_LOOK } from './labels.js';

export function TriageCard({ assessment, words }: { assessment: Assessment; words: EvidenceWords }) {
  const { triage, redFlags, whomToSee } = assessment;
  const look = LEVEL_LOOK[triage.level];
  const urgent = look.tone === 'emergency';
  return (
    <section class={`triage-card tone-${look.tone}`} data-triage-level={triage.level} aria-labelledby="triage-title">
      <div class="triage-head">
        <p class="triage-level">
          <Icon name={look.icon} /> {look.label}
        </p>
        <h2 id="triage-title" class="triage-title">
          {triage.title}
        </h2>
      </div>
      <div class="triage-body">
        <p class="triage-action">{triage.action}</p>
        <p>
          <strong>How soon: </strong>
          {triage.timeframe}
        </p>
        {urgent && <EmergencyNumbers />}
        {whomToSee.length > 0 && (
          <>
            <h3>Whom to see</h3>
            <ul class="plain-list whom-list">
              {whomToSee.map((r) => (
                <li key={r.id}>
                  <strong>{r.title}</strong>
                  <span class="why">: {r.why}</span>
                </li>
              ))}
            </ul>
          </>
        )}
        <h3>Why</h3>
        <ul>
          {triage.because.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
        {redFlags.length > 0 && (
          <>
            <h3>Warning signs found</h3>
            <ul class="red-flag-list">
              {redFlags.map((flag) => (
                <li key={flag.id} class="red-flag" data-red-flag={flag.id}>
                  <h4>
                    <Icon name="warning" /> {flag.title}
                  </h4>
                  <p>{flag.explanation}</p>
                  <p>
                    <strong>What to do: </strong>
                    {flag.whatToDo}
                  </p>
                  <p class="print-hide">
                    <a href={`/learn/when-to-see-a-doctor#red_flag-${flag.id}`}>
                      Learn more<span class="visually-hidden"> about {flag.title}</span>
                    </a>
                  </p>
                  {flag.because.length > 0 && (
                    <p class="because">
                      <span>Your answers that led here: </span>
                      {flag.because.map(words).join('; ')}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
