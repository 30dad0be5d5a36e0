/**
 * Graceful shutdown with keep-alive clients: once the app starts closing, every answer still
 * being sent carries `Connection: close`, so its connection ends with it. Otherwise a browser's
 * idle keep-alive connection would hold the shutdown open for the whole keep-alive timeout.
 * (Fastify closes the connections idle at the moment of closing; this covers the ones that
 * become idle after.)
 */
import { appWide } from './app-wide.js';

export const drainOnClosePlugin = appWide('ksnav-drain-on-close', async (app) => {
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) reply.header('connection', 'close');
    done(null, payload);
  });
});
