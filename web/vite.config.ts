/**
 * Builds the web app into web/dist, which the server serves at `/`. Preact through Vite's own
 * JSX transform (no plugin needed); no inline scripts or styles, so the server's strict CSP holds.
 * The engine is built without generated code (`__KSNAV_NO_CODEGEN__`, src/engine/codegen.ts) for
 * the same reason. A service worker (vite-plugin-pwa, Workbox) precaches the app, the engine and
 * the knowledge, so the interview, results and Learn work offline after the first visit. Every
 * text file is also written brotli- and gzip-compressed for the server to send as it is.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { precompress } from './build/precompress.js';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  publicDir: 'public',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  define: { __KSNAV_NO_CODEGEN__: 'true' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Vite would otherwise add a polyfill; every browser we serve supports modulepreload.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    reportCompressedSize: true,
  },
  plugins: [
    VitePWA({
      // Registered by src/main.tsx after the page has loaded: no inline script.
      injectRegister: false,
      registerType: 'autoUpdate',
      manifest: {
        name: 'Knee–Sciatica Navigator',
        short_name: 'Knee & leg pain',
        description: 'Knee or leg pain? Find out how soon, and whom, to see.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b4f8a',
        icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,webmanifest}'],
        navigateFallback: '/index.html',
        // The server's own pages and the API are never answered from the cache.
        navigateFallbackDenylist: [/^\/api\//, /^\/docs/, /^\/fhir/, /^\/cds-services/, /^\/healthz/, /^\/openapi\.json/],
        skipWaiting: true,
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
    }),
    precompress(fileURLToPath(new URL('./dist', import.meta.url))),
  ],
  // `vite --config web/vite.config.ts` during development: the API comes from `npm start`.
  server: { proxy: { '/api': 'http://127.0.0.1:3000', '/healthz': 'http://127.0.0.1:3000' } },
});
