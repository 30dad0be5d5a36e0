import { PageHeading, useTitle } from './components/page-heading.js';

export function NotFoundPage() {
  useTitle('Page not found');
  return (
    <>
      <PageHeading>Page not found</PageHeading>
      <p>There is no page at this address.</p>
      <p>
        <a href="/">Go to the start page</a> or <a href="/interview">check your pain</a>.
      </p>
    </>
  );
}
