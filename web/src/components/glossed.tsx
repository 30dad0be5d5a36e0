/**
 * Jargon explained where it first appears on a page: the first time a glossary word appears,
 * it is a button that shows its meaning in brackets right after it; later on the same page it
 * is plain text. Which occurrence is "first" is decided once, in reading order, by the page's
 * GlossaryScope, so a part of the page that re-renders on its own keeps its explanation.
 */
import { createContext, type ComponentChildren, type JSX } from 'preact';
import { useContext, useId, useMemo, useState } from 'preact/hooks';
import { glossaryMatcher, type GlossaryEntry } from '../../../src/knowledge/glossary.js';

const find = glossaryMatcher();
/** Glossary id → the occurrence that explains it on this page. */
const Scope = createContext<Map<string, string> | null>(null);

export function GlossaryScope({ children }: { children: ComponentChildren }) {
  const owners = useMemo(() => new Map<string, string>(), []);
  return <Scope.Provider value={owners}>{children}</Scope.Provider>;
}

function Term({ text, entry, id }: { text: string; entry: GlossaryEntry; id: string }) {
  const [open, setOpen] = useState(false);
  return (
    <span class="gloss" data-gloss={entry.id}>
      {/* The name starts with the visible word, so voice control finds it by what it shows. */}
      <button type="button" class="gloss-term" aria-label={`${text}: what it means`} aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {text}
      </button>
      <span id={id} class="gloss-def" hidden={!open}>
        {' '}({entry.definition.replace(/\.$/, '')})
      </span>
    </span>
  );
}

/** A text with its glossary words explained where they first appear on the page. */
export function Glossed({ text }: { text: string }) {
  const owners = useContext(Scope);
  const id = useId();
  if (!owners) return <>{text}</>;
  const matches = find(text);
  if (matches.length === 0) return <>{text}</>;
  const parts: (string | JSX.Element)[] = [];
  let at = 0;
  matches.forEach((m, i) => {
    const me = `${id}-${i}`;
    if (!owners.has(m.entry.id)) owners.set(m.entry.id, me);
    if (owners.get(m.entry.id) !== me) return;
    parts.push(text.slice(at, m.index));
    parts.push(<Term key={me} text={m.text} entry={m.entry} id={`gloss${me.replace(/[^A-Za-z0-9-]/g, '')}`} />);
    at = m.index + m.text.length;
  });
  parts.push(text.slice(at));
  return <>{parts}</>;
}
