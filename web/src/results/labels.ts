/**
 * Words and icons for the API's codes (triage levels, verdicts, suitability, caution severity):
 * presentation only. Every code is shown in words with an icon, never by colour alone.
 */
import type { CautionSeverity, Likelihood, Suitability, TreatmentCategory, TriageLevel, Verdict } from '../api/types.js';
import type { IconName } from '../components/icons.js';

export const LEVEL_LOOK: Record<TriageLevel, { label: string; icon: IconName; tone: string }> = {
  emergency_ambulance: { label: 'Emergency: call now', icon: 'alarm', tone: 'emergency' },
  emergency: { label: 'Emergency: go now', icon: 'hospital', tone: 'emergency' },
  consultation_24: { label: 'Urgent: today', icon: 'clock', tone: 'urgent' },
  consultation: { label: 'Soon: within a few days', icon: 'calendar', tone: 'soon' },
  self_care: { label: 'Self-care at home for now', icon: 'home', tone: 'self' },
};

export const VERDICT_LOOK: Record<Verdict, { label: string; icon: IconName }> = {
  recommended: { label: 'Recommended', icon: 'check' },
  consider: { label: 'Consider', icon: 'question' },
  refer: { label: 'Ask about a referral', icon: 'calendar' },
  not_recommended: { label: 'Not recommended', icon: 'cross' },
  no_verdict: { label: 'No guideline verdict', icon: 'info' },
};

export const SUITABILITY_LOOK: Record<Suitability, { label: string; icon: IconName }> = {
  suitable: { label: 'No caution found for you', icon: 'check' },
  ask_first: { label: 'Ask first', icon: 'question' },
  avoid: { label: 'Avoid for you', icon: 'warning' },
};

export const SEVERITY_LABEL: Record<CautionSeverity, string> = {
  avoid: 'Avoid',
  ask_doctor: 'Ask your doctor first',
  ask_pharmacist: 'Ask a pharmacist first',
  note: 'Good to know',
};

export const LIKELIHOOD_LABEL: Record<Likelihood, string> = {
  high: 'Strongly consistent',
  moderate: 'Partly consistent',
  low: 'Weakly consistent',
};

/** The article's three groups of treatment options, in its order. */
export const CATEGORY_TITLES: Record<TreatmentCategory, string> = {
  conventional: 'Conventional treatments',
  alternative: 'Alternative therapies',
  home: 'Home remedies',
};
