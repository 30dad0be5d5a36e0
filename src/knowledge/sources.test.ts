import { describe, expect, it } from 'vitest';
import { SOURCES, SOURCE_IDS } from './sources.js';

// docs/clinical/guideline-audit.md, "Sources": what the audit found wrong, pinned here.
describe('the sources', () => {
  it('have unique ids, a title and a publisher, and a plausible year when they give one', () => {
    expect(new Set(SOURCE_IDS).size).toBe(SOURCE_IDS.length);
    for (const id of SOURCE_IDS) {
      const s = SOURCES[id];
      expect(s.title.length, id).toBeGreaterThan(3);
      expect(s.publisher.length, id).toBeGreaterThan(1);
      if (s.year !== undefined) expect(s.year, id).toBeGreaterThanOrEqual(1980);
      if (s.year !== undefined) expect(s.year, id).toBeLessThanOrEqual(2026);
    }
  });

  it('give addresses that point at the document, not only at a home page', () => {
    // BUMPS is cited as a whole service, so its home page is its address.
    const wholeSites = new Set(['bumps_pregnancy']);
    // Found only at a plain-http address; kept as found rather than guessed.
    const httpOnly = new Set(['kernow_acute_knee', 'keele_sbst']);
    for (const id of SOURCE_IDS) {
      const url = SOURCES[id].url;
      if (url === undefined) continue;
      const u = new URL(url);
      expect(u.protocol, id).toBe(httpOnly.has(id) ? 'http:' : 'https:');
      if (!wholeSites.has(id)) expect(u.pathname.length, `${id} ${url}`).toBeGreaterThan(1);
    }
    expect(SOURCES.girft_ces_2023.url).toMatch(/cauda-equina/);
  });

  it('name the source article by its own words, not by the project that holds it', () => {
    expect(SOURCES.article.publisher).not.toMatch(/Navigator|seed/i);
    expect(SOURCES.article.title).toMatch(/can knee pain actually cause sciatica/i);
    // The article gives no date, so none is made up.
    expect(SOURCES.article.year).toBeUndefined();
  });

  it('give each source one document: no title that joins two with a semicolon or two author names', () => {
    for (const id of SOURCE_IDS) {
      const title = SOURCES[id].title;
      expect(title.match(/et al\./g)?.length ?? 0, id).toBeLessThanOrEqual(1);
      // A semicolon is allowed only to say which guideline replaced this one.
      for (const part of title.split(';').slice(1)) expect(part, id).toMatch(/^ replaced by [A-Z]+\d+\)$/);
    }
  });

  it('cite the NICE documents the arthroscopy exception comes from, and the BMJ guideline at its address', () => {
    expect(SOURCES.nice_ipg230.title).toMatch(/Arthroscopic knee washout/);
    expect(SOURCES.nice_cg177.title).toMatch(/CG177/);
    expect(SOURCES.bmj_rapid_rec_2017.url).toBe('https://www.bmj.com/content/357/bmj.j1982');
  });
});
