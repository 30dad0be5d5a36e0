/**
 * Where to call, by region: the emergency number, and the number or service for help that is
 * urgent but not an emergency (NHS 111 and the like). Each row names the public pages it was
 * checked against (`sources`, kept here with their addresses). A person's region is chosen in
 * the app, defaulting from the browser's locale (`regionForLocales`).
 */

export const REGION_IDS = ['uk', 'ie', 'eu', 'us', 'ca', 'au', 'nz', 'other'] as const;
export type RegionId = (typeof REGION_IDS)[number];

export interface RegionSource {
  readonly title: string;
  readonly publisher: string;
  readonly url: string;
}

export interface Region {
  readonly id: RegionId;
  /** As a person would name it: "United Kingdom". */
  readonly name: string;
  /** The number to dial for an ambulance; `alsoWorks` are other numbers that reach the same service. */
  readonly emergency: { readonly number: string; readonly alsoWorks: readonly string[] };
  /** What the emergency department is called there. */
  readonly emergencyDepartment: string;
  /**
   * Help today when it is not an emergency: a service with a number to call where one covers
   * the whole region, else only words (a phone button to a number that does not work there
   * would waste the minutes that matter).
   */
  readonly urgent: { readonly name: string; readonly number?: string; readonly words: string };
  /** ISO 3166 country codes whose locales default to this region. */
  readonly countries: readonly string[];
  readonly sources: readonly RegionSource[];
}

const list = [
  {
    id: 'uk', name: 'United Kingdom',
    emergency: { number: '999', alsoWorks: ['112'] },
    emergencyDepartment: 'A&E',
    urgent: { name: 'NHS 111', number: '111', words: 'Call NHS 111, or go to an urgent treatment centre. They can book you in to be seen today.' },
    countries: ['GB', 'UK', 'IM', 'JE', 'GG'],
    sources: [
      { title: 'When to use 111', publisher: 'NHS', url: 'https://www.nhs.uk/nhs-services/urgent-and-emergency-care-services/when-to-use-111/' },
      { title: 'When to call 999', publisher: 'NHS', url: 'https://www.nhs.uk/nhs-services/urgent-and-emergency-care-services/when-to-call-999/' },
    ],
  },
  {
    id: 'ie', name: 'Ireland',
    emergency: { number: '112', alsoWorks: ['999'] },
    emergencyDepartment: 'the emergency department (A&E)',
    urgent: { name: 'your GP or GP out-of-hours service', words: 'Call your GP. If the surgery is closed, its phone message gives the number of the GP out-of-hours service.' },
    countries: ['IE'],
    sources: [
      { title: 'Emergency health services', publisher: 'Citizens Information', url: 'https://www.citizensinformation.ie/en/health/health-system/emergency-health-services-in-ireland/' },
      { title: 'GP out-of-hours service', publisher: 'Citizens Information', url: 'https://www.citizensinformation.ie/en/health/health-services/gp-and-hospital-services/gp-out-of-hours-service/' },
    ],
  },
  {
    id: 'eu', name: 'European Union',
    emergency: { number: '112', alsoWorks: [] },
    emergencyDepartment: 'the emergency department',
    urgent: { name: 'the out-of-hours doctor service', words: 'Call your doctor. Out of hours, call the on-call doctor service (116 117 in countries that use it, such as Germany and Austria).' },
    countries: [
      'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
      'IS', 'NO', 'CH', 'LI',
    ],
    sources: [
      { title: '112: the European emergency number', publisher: 'European Commission', url: 'https://digital-strategy.ec.europa.eu/en/policies/112' },
      { title: '116 117: non-emergency medical on-call service', publisher: 'European Commission', url: 'https://ec.europa.eu/digital-single-market/en/news/116117-non-emergency-medical-assistance' },
    ],
  },
  {
    id: 'us', name: 'United States',
    emergency: { number: '911', alsoWorks: [] },
    emergencyDepartment: 'the emergency room (ER)',
    urgent: { name: 'your doctor or an urgent care clinic', words: 'Call your doctor, or go to an urgent care clinic today.' },
    countries: ['US', 'PR', 'GU', 'VI', 'AS', 'MP'],
    sources: [{ title: '911 and emergency services', publisher: 'National 911 Program (NHTSA)', url: 'https://www.911.gov/' }],
  },
  {
    id: 'ca', name: 'Canada',
    emergency: { number: '911', alsoWorks: [] },
    emergencyDepartment: 'the emergency department',
    urgent: { name: 'your provincial health line (811)', number: '811', words: 'Call 811 to speak to a nurse (in most provinces and territories), or go to a walk-in clinic today.' },
    countries: ['CA'],
    sources: [
      { title: 'HealthLink BC 8-1-1', publisher: 'Government of British Columbia', url: 'https://www.healthlinkbc.ca/' },
      { title: '811 Telehealth', publisher: 'Health PEI', url: 'http://healthpei.ca/811' },
    ],
  },
  {
    id: 'au', name: 'Australia',
    emergency: { number: '000', alsoWorks: ['112'] },
    emergencyDepartment: 'the hospital emergency department',
    urgent: { name: 'healthdirect', number: '1800 022 222', words: 'Call healthdirect on 1800 022 222 to speak to a nurse, or go to a Medicare Urgent Care Clinic today.' },
    countries: ['AU'],
    sources: [{ title: 'What care do I need?', publisher: 'healthdirect Australia', url: 'https://www.healthdirect.gov.au/what-care-do-i-need' }],
  },
  {
    id: 'nz', name: 'New Zealand',
    emergency: { number: '111', alsoWorks: [] },
    emergencyDepartment: 'the hospital emergency department',
    urgent: { name: 'Healthline', number: '0800 611 116', words: 'Call Healthline on 0800 611 116 to speak to a nurse, or go to an urgent care clinic today.' },
    countries: ['NZ'],
    sources: [{ title: 'Common questions about Healthline', publisher: 'Ministry of Health (Manatū Hauora)', url: 'https://www.health.govt.nz/your-health/services-and-support/health-care-services/healthline/common-questions-about-healthline' }],
  },
  {
    id: 'other', name: 'Somewhere else',
    emergency: { number: '112', alsoWorks: [] },
    emergencyDepartment: 'the nearest emergency department',
    urgent: { name: 'a doctor or an urgent care service', words: 'Call a doctor, or go to an urgent care service today. Use your local emergency number if it cannot wait.' },
    countries: [],
    sources: [{ title: '112: the European emergency number (also answered on mobile phones in many other countries)', publisher: 'European Commission', url: 'https://digital-strategy.ec.europa.eu/en/policies/112' }],
  },
] as const satisfies readonly Region[];

// Every region id has its row, in the order of REGION_IDS (regions.test.ts holds it).
const rows: readonly Region[] = list;

export const REGIONS: Readonly<Record<RegionId, Region>> = Object.fromEntries(rows.map((r) => [r.id, r])) as Record<RegionId, Region>;
export const REGION_LIST: readonly Region[] = rows;

/** Languages spoken mostly inside the EU: a locale with no country ("de") defaults there. */
const EU_LANGUAGES = new Set(['bg', 'cs', 'da', 'de', 'el', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv']);

const BY_COUNTRY: ReadonlyMap<string, RegionId> = new Map(rows.flatMap((r) => r.countries.map((c) => [c, r.id] as const)));

/**
 * The region for the browser's locales (navigator.languages), the first that names one:
 * "en-GB" → uk, "fr-CA" → ca, "de" → eu. "en" alone or nothing known → other.
 */
export function regionForLocales(locales: readonly string[]): RegionId {
  for (const locale of locales) {
    const parts = locale.replace(/_/g, '-').split('-');
    // The country is the first two-letter (or three-digit) subtag after the language.
    const country = parts.slice(1).find((p) => /^[A-Za-z]{2}$/.test(p))?.toUpperCase();
    if (country) {
      const region = BY_COUNTRY.get(country);
      if (region) return region;
      continue;
    }
    const language = parts[0]?.toLowerCase() ?? '';
    if (EU_LANGUAGES.has(language)) return 'eu';
  }
  return 'other';
}
