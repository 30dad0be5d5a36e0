/**
 * The titles people read: the source article's headings ("Localized Pain in the Knee",
 * "Follow a Structured Rehabilitation Program") in sentence case and UK English. The article's
 * own wording stays in the `articleTitle` fields, for tracing.
 */

const UK_WORDS: readonly [RegExp, string][] = [
  [/\blocalized\b/gi, 'localised'],
  [/\bprogram\b/gi, 'programme'],
  [/\bphysical therapy\b/gi, 'physiotherapy'],
  [/\bphysical therapist\b/gi, 'physiotherapist'],
  [/\borthopedic\b/gi, 'orthopaedic'],
  // The verb is "practise" in UK English.
  [/\bpractice (?=good|gentle|the)/gi, 'practise '],
];

/** "Persistent Pain" → "Persistent pain": every capitalised word after the first is lowered (not all-capital ones such as NHS). */
export function sentenceCase(title: string): string {
  return title.charAt(0).toUpperCase() + title.slice(1).replace(/\b([A-Z])([a-z]+)/g, (_, first: string, rest: string) => first.toLowerCase() + rest);
}

/** A title in sentence case and UK English. */
export function plainTitle(title: string): string {
  let out = sentenceCase(title);
  for (const [us, uk] of UK_WORDS) out = out.replace(us, uk);
  return out.charAt(0).toUpperCase() + out.slice(1);
}
