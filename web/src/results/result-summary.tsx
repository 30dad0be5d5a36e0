/**
 * The top of the results, built to fit in about a screen and a half on a phone: what to do and
 * how soon (with the number to call for the person's region), why (the reasons that set the
 * level), what to watch for, and what to tell the clinician.
 */
import type { Assessment, Case } from '../api/types.js';
import { EmergencyNumbers, UrgentCareNumbers } from '../components/emergency-numbers.js';
import { Icon } from '../components/icons.js';
import { PageHeading } from '../components/page-heading.js';
import { useRegion, type Region } from '../region/region.js';
import { topReasons, watchFor, whatToSay } from '../../../src/engine/handover.js';
import { LEVEL_LOOK } from './labels.js';
import { Glossed } from '../components/glossed.js';

/** The level's action in the words of the person's region (its number, its name for A&E). */
export function actionFor(assessment: Assessment, region: Region): string {
  const n = region.emergency.number;
  switch (assessment.triage.level) {
    case 'emergency_ambulance':
      return `Call ${n} now and ask for an ambulance. Do not drive yourself.`;
    case 'emergency':
      return `Go to ${region.emergencyDepartment} now. If you cannot get there safely, call ${n}.`;
    default:
      return assessment.triage.action;
  }
}

export function ResultSummary({ assessment, theCase, onShowUnanswered }: { assessment: Assessment; theCase: Case; onShowUnanswered?: () => void }) {
  const [region] = useRegion();
  const { triage } = assessment;
  const look = LEVEL_LOOK[triage.level];
  const emergency = look.tone === 'emergency';
  const today = triage.level === 'consultation_24';
  const say = whatToSay(assessment, theCase);
  const unanswered = assessment.unanswered.length;
  return (
    <section class={`triage-card result-summary tone-${look.tone}`} data-triage-level={triage.level} aria-labelledby="triage-title">
      <div class="triage-head">
        <p class="triage-level">
          <Icon name={look.icon} /> {look.label}
        </p>
        <PageHeading class="triage-title">
          <span id="triage-title">{triage.title}</span>
        </PageHeading>
      </div>
      <div class="triage-body">
        <p class="triage-action">
          <Glossed text={actionFor(assessment, region)} />
        </p>
        {emergency && <EmergencyNumbers />}
        {today && <UrgentCareNumbers />}
        {assessment.ageNotice && (
          <p class="summary-age" data-age-notice>
            {assessment.ageNotice}
          </p>
        )}
        <h2 class="summary-heading">Why</h2>
        <ul class="summary-list">
          {topReasons(assessment).map((reason) => (
            <li key={reason}>
              <Glossed text={reason} />
            </li>
          ))}
        </ul>
        <h2 class="summary-heading">{emergency ? 'If it gets worse' : 'Watch for'}</h2>
        <ul class="summary-list">
          {watchFor(assessment).map((w) => (
            <li key={w}>
              <Glossed text={w} />
            </li>
          ))}
        </ul>
        {say.length > 0 && (
          <>
            <h2 class="summary-heading">What to tell the {emergency ? 'ambulance crew or doctor' : 'clinician'}</h2>
            <ul class="summary-list say-list">
              {say.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          </>
        )}
        {unanswered > 0 && (
          <p class="summary-unanswered" data-unanswered={unanswered}>
            <Icon name="info" /> {unanswered} warning-sign {unanswered === 1 ? 'question was' : 'questions were'} not answered. This advice assumes you do not have{' '}
            {unanswered === 1 ? 'it' : 'them'}.{' '}
            <a href="#unanswered" onClick={() => onShowUnanswered?.()}>
              See which
            </a>
          </p>
        )}
      </div>
    </section>
  );
}
