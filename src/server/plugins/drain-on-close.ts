/**
 * Graceful shutdown with keep-alive clients: once the app starts closing, every answer still
 * being sent carries `Connection: close`, so its connection ends with it. Otherwise a browser's
 * idle keep-alive connection would hold the shutdown open for the whole keep-alive timeout.
 * (Fastify closes the connections idle at the moment of closing; this covers the ones that
 * become idle after.) A new request that arrives on such a connection meanwhile is turned away
 * with 503 in the API's error shape (Fastify's own 503 is set off in app.ts), for a load
 * balancer to send elsewhere; the ones already running finish.
 */
import { HttpError } from '../http-error.js';
import { appWide } from './app-wide.js';

export const drainOnClosePlugin = appWide('ksnav-drain-on-close', async (app) => {
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onRequest', (_request, _reply, done) => {
    done(closing ? new HttpError('unavailable', 'The server is shutting down: try again in a moment.') : undefined);
  });
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) reply.header('connection', 'close');
    done(null, payload);
  });
});
