/**
 * A page loaded on demand (Learn, Account, Dashboard), so the first visit downloads only the
 * start, interview and results code.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  return function LazyPage(props: P) {
    const [Page, setPage] = useState<ComponentType<P> | null>(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (Page) return;
      let live = true;
      load()
        .then((component) => {
          loaded = component;
          if (live) setPage(() => component);
        })
        .catch(() => live && setFailed(true));
      return () => {
        live = false;
      };
    }, [Page]);
    if (Page) return <Page {...props} />;
    return (
      <p class="loading" role="status">
        {failed ? 'This page could not be loaded. Check your connection and reload the page.' : 'Loading…'}
      </p>
    );
  };
}
