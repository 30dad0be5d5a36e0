import { render } from 'preact';
import { App } from './app.js';
import { interceptLinks } from './router.js';
import './styles/app.css';

const root = document.getElementById('app')!;
root.textContent = '';
interceptLinks(document.body);
render(<App />, root);

// The service worker (built by vite-plugin-pwa) keeps the app, the engine and the knowledge for
// offline use. Registered once the page has loaded, so it never competes with the first paint.
if ('serviceWorker' in navigator && import.meta.env.PROD) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
      // No offline copy this time (private mode, storage full): the app works online as before.
    });
  });
}
