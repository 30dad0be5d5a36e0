/**
 * Recovery alerts. An emergency or same-day alert is a banner of the same strength as the
 * interview's emergency interrupt, first on the page; the others follow as plain notes. Dates
 * are said in words ("today", "3 May"), never as YYYY-MM-DD.
 */
import type { Alert, AlertSeverity, TriageLevel } from '../api/types.js';
import { Icon, type IconName } from '../components/icons.js';
import { UrgentBanner } from '../components/urgent-banner.js';
import { Glossed } from '../components/glossed.js';
import { TRIAGE_LEVEL_INFO } from '../../../src/knowledge/triage-levels.js';
import { relativeDate } from './dates.js';

const ORDER: AlertSeverity[] = ['emergency', 'urgent', 'review', 'info'];
const LOOK: Record<AlertSeverity, { label: string; icon: IconName }> = {
  emergency: { label: 'Emergency', icon: 'alarm' },
  urgent: { label: 'Urgent: today', icon: 'clock' },
  review: { label: 'Get it checked in the next few days', icon: 'calendar' },
  info: { label: 'For your information', icon: 'info' },
};

export const isStrong = (a: Alert) => a.severity === 'emergency' || a.severity === 'urgent';

export function sortedAlerts(alerts: readonly Alert[]): Alert[] {
  return [...alerts].sort((a, b) => ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity));
}

/** What to do, without the level's own action that the banner already says in bigger words. */
function restOf(whatToDo: string, level: TriageLevel | undefined): string {
  const prefix = level ? TRIAGE_LEVEL_INFO[level].action : '';
  return prefix && whatToDo.startsWith(prefix) ? whatToDo.slice(prefix.length).trim() : whatToDo;
}

/** The emergency and same-day alerts as banners: the most urgent one leads, the others follow it. */
export function AlertBanners({ alerts, headingId }: { alerts: readonly Alert[]; headingId: string }) {
  const strong = sortedAlerts(alerts).filter(isStrong);
  const lead = strong[0];
  if (!lead) return null;
  const level: TriageLevel = lead.triageLevel ?? (lead.severity === 'emergency' ? 'emergency' : 'consultation_24');
  const when = lead.date ? `, reported ${relativeDate(lead.date)}` : '';
  return (
    <section class="alert-banners" aria-labelledby={headingId} data-alert-banner={lead.id}>
      <UrgentBanner level={level} headingId={headingId} kicker={`${LOOK[lead.severity].label}${when}`} />
      <h3 class="visually-hidden">Why</h3>
      <ul class="red-flag-list">
        {strong.map((a) => (
          <li key={a.id} class="red-flag" data-alert={a.id} data-severity={a.severity}>
            <h4>
              <Icon name="warning" /> {a.title}
            </h4>
            <p>
              <Glossed text={a.message} />
            </p>
            {restOf(a.whatToDo, a.triageLevel) && (
              <p>
                <strong>What to do: </strong>
                {restOf(a.whatToDo, a.triageLevel)}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The alerts that can wait a few days, or are for information. While an emergency or same-day
 * alert stands (`brief`), only what was noticed, to tell the clinician: no home advice under it.
 */
export function AlertList({ alerts, brief = false }: { alerts: readonly Alert[]; brief?: boolean }) {
  const rest = sortedAlerts(alerts).filter((a) => !isStrong(a));
  if (rest.length === 0) {
    return alerts.length === 0 ? (
      <p class="all-clear">
        <Icon name="check" /> Nothing in your check-ins needs attention right now.
      </p>
    ) : null;
  }
  return (
    <ul class="alert-list">
      {rest.map((a) => (
        <li key={a.id} class={`alert severity-${a.severity}`} data-alert={a.id} data-severity={a.severity}>
          {!brief && (
            <p class="alert-severity">
              <Icon name={LOOK[a.severity].icon} /> {LOOK[a.severity].label}
            </p>
          )}
          <h3 class="alert-title">{a.title}</h3>
          {a.date && <p class="alert-when">From your {a.kind === 'measure_worse' || a.kind === 'no_meaningful_improvement' ? 'scores' : 'check-in'} {relativeDate(a.date)}.</p>}
          <p>{a.message}</p>
          {!brief && (
            <p>
              <strong>What to do: </strong>
              {a.whatToDo}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
