/**
 * The strong banner of an emergency or a same-day warning: the same look and parts as the
 * interview's emergency interrupt (kicker, the level as a heading, what to do in the region's
 * words, the number to call), so a warning sign found later is met with the same strength.
 */
import type { ComponentChildren } from 'preact';
import type { TriageLevel } from '../api/types.js';
import { useRegion } from '../region/region.js';
import { TRIAGE_LEVEL_INFO } from '../../../src/knowledge/triage-levels.js';
import { EmergencyNumbers, UrgentCareNumbers } from './emergency-numbers.js';
import { Icon } from './icons.js';

export function levelAction(level: TriageLevel, region: ReturnType<typeof useRegion>[0]): string {
  const n = region.emergency.number;
  if (level === 'emergency_ambulance') return `Call ${n} now and ask for an ambulance. Do not drive yourself.`;
  if (level === 'emergency') return `Go to ${region.emergencyDepartment} now. If you cannot get there safely, call ${n}.`;
  return TRIAGE_LEVEL_INFO[level].action;
}

export function UrgentBanner(props: { level: TriageLevel; kicker: string; headingId: string; children?: ComponentChildren }) {
  const [region] = useRegion();
  const emergency = props.level === 'emergency' || props.level === 'emergency_ambulance';
  return (
    <div class={`emergency-banner urgent-banner ${emergency ? 'tone-emergency' : 'tone-urgent'}`} data-level={props.level}>
      <p class="emergency-kicker">
        <Icon name={emergency ? 'alarm' : 'clock'} /> {props.kicker}
      </p>
      <h2 id={props.headingId} class="urgent-banner-title" tabIndex={-1}>
        {TRIAGE_LEVEL_INFO[props.level].title}
      </h2>
      <p class="emergency-action">{levelAction(props.level, region)}</p>
      {emergency ? <EmergencyNumbers /> : <UrgentCareNumbers />}
      {props.children}
    </div>
  );
}
