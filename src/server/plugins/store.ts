/**
 * Makes the store and the app's settings available as `app.store` and `app.settings`. The store
 * belongs to whoever opened it (main.ts or a test): the app does not close it, so closing the
 * app first lets in-flight requests finish their writes before the store goes.
 */
import type { Store } from '../../store/store.js';
import type { AppSettings } from '../types.js';
import { appWide } from './app-wide.js';

export const storePlugin = appWide<{ store: Store; settings: AppSettings }>('ksnav-store', async (app, options) => {
  app.decorate('store', options.store);
  app.decorate('settings', options.settings);
});
