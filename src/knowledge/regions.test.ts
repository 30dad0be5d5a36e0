import { describe, expect, it } from 'vitest';
import { REGIONS, REGION_IDS, REGION_LIST, regionForLocales } from './regions.js';

describe('regions', () => {
  it('covers the UK, Ireland, the EU, the US, Canada, Australia and New Zealand, and a fallback', () => {
    expect(REGION_IDS).toEqual(['uk', 'ie', 'eu', 'us', 'ca', 'au', 'nz', 'other']);
    expect(REGION_LIST.map((r) => r.id)).toEqual([...REGION_IDS]);
  });

  it('gives each region a dialable emergency number, words for urgent care, and at least one source with an address', () => {
    for (const r of REGION_LIST) {
      expect(r.emergency.number, r.id).toMatch(/^\d{3}$/);
      expect(r.urgent.words.length, r.id).toBeGreaterThan(20);
      if (r.urgent.number) expect(r.urgent.number, r.id).toMatch(/^[\d ]+$/);
      expect(r.sources.length, r.id).toBeGreaterThan(0);
      for (const s of r.sources) expect(s.url, r.id).toMatch(/^https?:\/\//);
    }
  });

  it('keeps the numbers guidance gives: 999 and NHS 111, 112, 911 and 811, 000 and healthdirect, 111 and Healthline', () => {
    expect(REGIONS.uk.emergency.number).toBe('999');
    expect(REGIONS.uk.urgent.number).toBe('111');
    expect(REGIONS.ie.emergency).toEqual({ number: '112', alsoWorks: ['999'] });
    expect(REGIONS.eu.emergency.number).toBe('112');
    expect(REGIONS.us.emergency.number).toBe('911');
    expect(REGIONS.ca.urgent.number).toBe('811');
    expect(REGIONS.au.emergency.number).toBe('000');
    expect(REGIONS.au.urgent.number).toBe('1800 022 222');
    // 111 is the emergency number in New Zealand and the non-emergency one in the UK.
    expect(REGIONS.nz.emergency.number).toBe('111');
    expect(REGIONS.nz.urgent.number).toBe('0800 611 116');
  });

  it('never offers a non-emergency number that is the emergency number', () => {
    for (const r of REGION_LIST) expect(r.urgent.number, r.id).not.toBe(r.emergency.number);
  });

  it('each country belongs to one region', () => {
    const countries = REGION_LIST.flatMap((r) => r.countries);
    expect(new Set(countries).size).toBe(countries.length);
  });
});

describe('regionForLocales', () => {
  it.each([
    [['en-GB'], 'uk'],
    [['en-IE'], 'ie'],
    [['de-DE'], 'eu'],
    [['fr-FR', 'en'], 'eu'],
    [['de'], 'eu'],
    [['en-US'], 'us'],
    [['fr-CA'], 'ca'],
    [['en-AU'], 'au'],
    [['en-NZ'], 'nz'],
    [['mi-NZ'], 'nz'],
    [['zh-Hant-TW', 'en-GB'], 'uk'],
    [['en_GB'], 'uk'],
    [['en'], 'other'],
    [['ja-JP'], 'other'],
    [[], 'other'],
  ] as const)('%j → %s', (locales, region) => {
    expect(regionForLocales(locales)).toBe(region);
  });
});
