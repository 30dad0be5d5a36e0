/**
 * Learn: the knowledge base as structured pages from GET /api/v1/knowledge. /learn lists the
 * sections; /learn/:section shows one, each item with a stable anchor (`causes#inflammation`)
 * that results link to, a picture where one helps more than words, and its sources named in
 * full (with a link where there is one).
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { loadKnowledge, type Knowledge, type LearnItem, type LearnSection } from '../api/knowledge.js';
import { PageHeading, useTitle } from '../components/page-heading.js';
import { FIGURES } from './figures/index.js';
import { Glossed } from '../components/glossed.js';
import { GLOSSARY } from '../../../src/knowledge/glossary.js';

/** /learn/words: every medical word the app uses, in plain words. */
function WordsPage() {
  return (
    <>
      <p class="breadcrumb">
        <a href="/learn">Learn</a>
      </p>
      <PageHeading>Words explained</PageHeading>
      <p class="lead">The medical words you may meet in your results and on these pages, in plain words. In the app, tap a word with a dotted line to see what it means.</p>
      <dl class="glossary">
        {[...GLOSSARY].sort((a, b) => a.term.localeCompare(b.term)).map((g) => (
          <div key={g.id} id={`word-${g.id}`}>
            <dt>{g.term}</dt>
            <dd>{g.definition}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

type Source = Knowledge['sources'][number];

/** A source as a person can read it: what it is, who published it, when. */
export function sourceName(s: Source): string {
  if (s.id === 'article') return 'Knee pain and sciatica: can knee pain actually cause sciatica? (the health guide this tool was first built from)';
  return `${s.title} (${s.publisher}${s.year ? `, ${s.year}` : ''})`;
}

function useKnowledge(): { knowledge: Knowledge | null; error: string | null; retry(): void } {
  const [knowledge, setKnowledge] = useState<Knowledge | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    loadKnowledge()
      .then((k) => live && setKnowledge(k))
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [attempt]);
  return { knowledge, error, retry: () => { setError(null); setAttempt((a) => a + 1); } };
}

/** `causes#altered-biomechanics` → `altered-biomechanics` (the element id on the page). */
export function anchorId(anchor: string): string {
  return anchor.slice(anchor.indexOf('#') + 1);
}

function groupItems(items: readonly LearnItem[]): { group: string | null; items: LearnItem[] }[] {
  const groups: { group: string | null; items: LearnItem[] }[] = [];
  for (const item of items) {
    const group = item.group ?? null;
    const last = groups[groups.length - 1];
    if (last && last.group === group) last.items.push(item);
    else groups.push({ group, items: [item] });
  }
  return groups;
}

function Item({ item, sources, level }: { item: LearnItem; sources: ReadonlyMap<string, Source>; level: 'h2' | 'h3' }) {
  const H = level;
  const Picture = FIGURES[item.anchor];
  return (
    <article class="learn-item" id={anchorId(item.anchor)} aria-labelledby={`${anchorId(item.anchor)}-title`}>
      {/* A second anchor by knowledge id, so results can link to a mechanism or a red flag by id. */}
      {item.ref && <span class="ref-anchor" id={`${item.ref.kind}-${item.ref.id}`} />}
      <H id={`${anchorId(item.anchor)}-title`}>{item.title}</H>
      <p>
        <Glossed text={item.body} />
      </p>
      {Picture && <Picture />}
      {item.points && item.points.length > 0 && (
        <ul class="learn-points">
          {item.points.map((p) => (
            <li key={p}>
              <Glossed text={p} />
            </li>
          ))}
        </ul>
      )}
      {item.sources.length > 0 && (
        <p class="sources hint">
          Sources:{' '}
          {item.sources.map((id, i) => {
            const s = sources.get(id);
            const name = s ? sourceName(s) : id;
            return (
              <span key={id}>
                {i > 0 && '; '}
                {s?.url ? (
                  <a href={s.url} rel="noopener noreferrer" target="_blank">
                    {name}
                    <span class="visually-hidden"> (opens in a new tab)</span>
                  </a>
                ) : (
                  name
                )}
              </span>
            );
          })}
        </p>
      )}
    </article>
  );
}

function SectionView({ section, knowledge }: { section: LearnSection; knowledge: Knowledge }) {
  const sources = useMemo(() => new Map<string, Source>(knowledge.sources.map((s) => [s.id, s])), [knowledge]);
  const index = knowledge.learn.findIndex((s) => s.id === section.id);
  const previous = knowledge.learn[index - 1];
  const next = knowledge.learn[index + 1];
  const groups = groupItems(section.items);

  useEffect(() => {
    // Client-side navigation to /learn/causes#inflammation: scroll once the content is there.
    const id = decodeURIComponent(location.hash.slice(1));
    if (id) document.getElementById(id)?.scrollIntoView();
  }, [section.id]);

  return (
    <>
      <p class="breadcrumb">
        <a href="/learn">Learn</a>
      </p>
      <PageHeading>{section.title}</PageHeading>
      <p class="lead">{section.summary}</p>
      {section.items.length > 3 && (
        <nav aria-label="On this page" class="toc">
          <details open={section.items.length <= 8}>
            <summary class="toc-title">On this page ({section.items.length})</summary>
            <ul>
              {section.items.map((item) => (
                <li key={item.anchor}>
                  <a href={`#${anchorId(item.anchor)}`}>{item.title}</a>
                </li>
              ))}
            </ul>
          </details>
        </nav>
      )}
      {groups.map((g, i) =>
        g.group ? (
          <section key={g.group + i} class="learn-group" aria-labelledby={`group-${i}`}>
            <h2 id={`group-${i}`}>{g.group}</h2>
            {g.items.map((item) => (
              <Item key={item.anchor} item={item} sources={sources} level="h3" />
            ))}
          </section>
        ) : (
          g.items.map((item) => <Item key={item.anchor} item={item} sources={sources} level="h2" />)
        ),
      )}
      <nav aria-label="Learn sections" class="pager">
        {previous && (
          <a href={`/learn/${previous.id}`} rel="prev">
            Previous: {previous.title}
          </a>
        )}
        {next && (
          <a href={`/learn/${next.id}`} rel="next">
            Next: {next.title}
          </a>
        )}
      </nav>
    </>
  );
}

export function LearnPage({ section }: { section: string | null }) {
  const { knowledge, error, retry } = useKnowledge();
  const current = knowledge && section ? knowledge.learn.find((s) => s.id === section) : undefined;
  useTitle(section === 'words' ? 'Words explained' : current ? current.title : section ? 'Learn' : 'Learn about knee pain and sciatica');
  if (section === 'words') return <WordsPage />;

  if (error) {
    return (
      <>
        <PageHeading>Learn about knee pain and sciatica</PageHeading>
        <p class="notice notice-error" role="alert">
          {error}
        </p>
        <button type="button" class="button button-primary" onClick={retry}>
          Try again
        </button>
      </>
    );
  }
  if (!knowledge) {
    return (
      <>
        <PageHeading>Learn about knee pain and sciatica</PageHeading>
        <p class="loading" role="status">
          Loading…
        </p>
      </>
    );
  }
  if (section && !current) {
    return (
      <>
        <PageHeading>Page not found</PageHeading>
        <p>
          There is no Learn page called “{section}”. <a href="/learn">See all Learn pages</a>.
        </p>
      </>
    );
  }
  if (current) return <SectionView key={current.id} section={current} knowledge={knowledge} />;

  return (
    <>
      <PageHeading>Learn about knee pain and sciatica</PageHeading>
      <p class="lead">
        How knee pain and sciatica are linked, with pictures; the signs that point to the nerve; when to see a doctor; the treatment options; and
        recovery. Based on current clinical guidelines.
      </p>
      <ol class="section-list">
        {knowledge.learn.map((s) => (
          <li key={s.id}>
            <h2>
              <a href={`/learn/${s.id}`}>{s.title}</a>
            </h2>
            <p>{s.summary}</p>
          </li>
        ))}
        <li>
          <h2>
            <a href="/learn/words">Words explained</a>
          </h2>
          <p>The medical words you may meet, in plain words.</p>
        </li>
      </ol>
    </>
  );
}
