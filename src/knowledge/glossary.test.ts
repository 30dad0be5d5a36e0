import { describe, expect, it } from 'vitest';
import { GLOSSARY, glossaryMatcher } from './glossary.js';

describe('the glossary', () => {
  const find = glossaryMatcher();

  it('has unique ids and forms, a term and a short definition for each word', () => {
    expect(new Set(GLOSSARY.map((g) => g.id)).size).toBe(GLOSSARY.length);
    const forms = GLOSSARY.flatMap((g) => g.forms.map((f) => f.toLowerCase()));
    expect(new Set(forms).size).toBe(forms.length);
    for (const g of GLOSSARY) {
      expect(g.definition, g.id).toMatch(/^[A-Z].*\.$/);
      expect(g.definition.split(' ').length, g.id).toBeLessThanOrEqual(30);
    }
  });

  it('finds whole words, the longest form first, and capitals only where written with them', () => {
    const found = find('Possible cauda equina syndrome. Ask your GP. It is nice that NICE and a gp help; menisci and a disc, not a discount.');
    expect(found.map((m) => [m.text, m.entry.id])).toEqual([
      ['cauda equina syndrome', 'cauda_equina'],
      ['GP', 'gp'],
      ['NICE', 'nice'],
      ['menisci', 'meniscus'],
      ['disc', 'disc'],
    ]);
    expect(find('Anti-inflammatory gel')[0]!.entry.id).toBe('anti_inflammatory');
    expect(find('A&E now')[0]!.entry.id).toBe('a_and_e');
  });
});
