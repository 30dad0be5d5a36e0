import { render } from 'preact';
import { App } from './app.js';
import { interceptLinks } from './router.js';
import './styles/app.css';

const root = document.getElementById('app')!;
root.textContent = '';
interceptLinks(document.body);
render(<App />, root);

// The service worker (built by vite-plugin-pwa) keeps the app, the engine and the knowledge for
// offline use. Registered a few seconds after the page has loaded, when the browser is idle, so its
// download of every file never competes with the first screen on a slow phone.
const SW_DELAY_MS = 3000;
if ('serviceWorker' in navigator && import.meta.env.PROD) {
  window.addEventListener('load', () => {
    setTimeout(() => {
      const register = () =>
        navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
          // No offline copy this time (private mode, storage full): the app works online as before.
        });
      if (typeof requestIdleCallback === 'function') requestIdleCallback(register, { timeout: 2000 });
      else register();
    }, SW_DELAY_MS);
  });
}
