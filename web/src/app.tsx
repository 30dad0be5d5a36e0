/**
 * The shell: skip link, header with the site navigation, the page for the current URL, footer.
 * Start, interview and results are in the first bundle; the rest loads when first opened.
 */
import { useEffect, useRef } from 'preact/hooks';
import { lazyPage } from './components/lazy-page.js';
import { focusNextHeading } from './components/page-heading.js';
import { InterviewPage } from './interview/interview-page.js';
import { NotFoundPage } from './not-found-page.js';
import { ResultsPage } from './results/results-page.js';
import { matchRoute } from './routes.js';
import { useLocationPath } from './router.js';
import { StartPage } from './start-page.js';
import { GlossaryScope } from './components/glossed.js';
import { useRegion } from './region/region.js';

/** The emergency and urgent numbers for the person's region (chosen on the results, or from the locale). */
function FooterNumbers() {
  const [region] = useRegion();
  return (
    <p>
      In an emergency call {region.emergency.number}
      {region.id === 'other' ? ' or your local emergency number' : ` (${region.name})`}.{' '}
      {region.urgent.number
        ? `When it is urgent but not an emergency, call ${region.urgent.name}${region.urgent.name.includes(region.urgent.number) ? '' : ` on ${region.urgent.number}`}.`
        : ''}
    </p>
  );
}

const LearnPage = lazyPage(() => import('./learn/learn-page.js').then((m) => m.LearnPage));
const AccountPage = lazyPage(() => import('./account/account-page.js').then((m) => m.AccountPage));
const ResetPasswordPage = lazyPage(() => import('./account/reset-password-page.js').then((m) => m.ResetPasswordPage));
const DashboardPage = lazyPage(() => import('./dashboard/dashboard-page.js').then((m) => m.DashboardPage));
const ExercisesPage = lazyPage(() => import('./exercises/exercises-page.js').then((m) => m.ExercisesPage));
const SessionPage = lazyPage(() => import('./exercises/session-page.js').then((m) => m.SessionPage));

const NAV = [
  { href: '/interview', label: 'Check my pain', pages: ['interview', 'results'] },
  { href: '/learn', label: 'Learn', pages: ['learn'] },
  { href: '/dashboard', label: 'My recovery', pages: ['dashboard', 'session', 'exercises'] },
  { href: '/account', label: 'Account', pages: ['account', 'account_reset'] },
] as const;

export function App() {
  const path = useLocationPath();
  const route = matchRoute(path);
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    focusNextHeading();
    if (!location.hash) window.scrollTo(0, 0);
  }, [path]);

  let page;
  switch (route.page) {
    case 'start': page = <StartPage />; break;
    case 'interview': page = <InterviewPage />; break;
    case 'results': page = <ResultsPage savedId={route.savedId} />; break;
    case 'learn': page = <LearnPage section={route.section} />; break;
    case 'account': page = <AccountPage />; break;
    case 'account_reset': page = <ResetPasswordPage />; break;
    case 'dashboard': page = <DashboardPage />; break;
    case 'exercises': page = <ExercisesPage />; break;
    case 'session': page = <SessionPage />; break;
    default: page = <NotFoundPage />;
  }

  return (
    <>
      <a class="skip-link" href="#main">Skip to main content</a>
      <header class="site-header">
        <div class="wrap header-inner">
          <a class="brand" href="/" aria-current={route.page === 'start' ? 'page' : undefined}>
            <svg class="brand-mark" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true" focusable="false">
              <rect width="32" height="32" rx="6" fill="currentColor" />
              <path d="M9 6v10l5 4v6M23 6v10l-5 4v6" fill="none" stroke="#fff" stroke-width="3" stroke-linecap="round" stroke-linejoin="round" />
            </svg>
            <span>Knee–Sciatica Navigator</span>
          </a>
          <nav aria-label="Main">
            <ul class="nav-list">
              {NAV.map((item) => (
                <li key={item.href}>
                  <a href={item.href} aria-current={(item.pages as readonly string[]).includes(route.page) ? 'page' : undefined}>
                    {item.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1} class="wrap">
        {/* A new scope for each page: a word is explained where it first appears on the page. */}
        <GlossaryScope key={path}>{page}</GlossaryScope>
      </main>
      <footer class="site-footer">
        <div class="wrap">
          <p>
            <strong>Not a diagnosis.</strong> This tool gives general information from clinical guidelines. It does not replace a doctor, nurse or
            physiotherapist.
          </p>
          <FooterNumbers />
        </div>
      </footer>
    </>
  );
}
