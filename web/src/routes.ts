/** The app's URLs: one place that turns a path into a page and its parameters. */

export type Route =
  | { page: 'start' }
  | { page: 'interview' }
  | { page: 'results'; savedId: string | null }
  | { page: 'learn'; section: string | null }
  | { page: 'account' }
  | { page: 'account_reset' }
  | { page: 'dashboard' }
  | { page: 'exercises' }
  | { page: 'session' }
  | { page: 'not_found' };

export function matchRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  const parts = path.split('/').filter(Boolean).map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
  const [first, second, ...rest] = parts;
  if (rest.length > 0) return { page: 'not_found' };
  if (first === undefined) return { page: 'start' };
  if (first === 'interview' && second === undefined) return { page: 'interview' };
  if (first === 'results') return { page: 'results', savedId: second ?? null };
  if (first === 'learn') return { page: 'learn', section: second ?? null };
  if (first === 'account' && second === undefined) return { page: 'account' };
  if (first === 'account' && second === 'reset') return { page: 'account_reset' };
  if (first === 'dashboard' && second === undefined) return { page: 'dashboard' };
  if (first === 'exercises' && second === undefined) return { page: 'exercises' };
  if (first === 'session' && second === undefined) return { page: 'session' };
  return { page: 'not_found' };
}

/** The Learn URL for a knowledge `learn` reference such as `causes#altered-biomechanics`. */
export function learnHref(ref: string): string {
  const [section, anchor] = ref.split('#');
  return `/learn/${encodeURIComponent(section ?? '')}${anchor ? '#' + encodeURIComponent(anchor) : ''}`;
}
