/**
 * One log line per request, written here rather than by Fastify so it holds exactly: request id,
 * method, route pattern, status, user id and time taken. No URL query, header, cookie or body.
 */
import { appWide } from './app-wide.js';

export const requestLogPlugin = appWide('ksnav-request-log', async (app) => {
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    done();
  });
  app.addHook('onResponse', (request, reply, done) => {
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions.url ?? null,
        statusCode: reply.statusCode,
        userId: request.session?.userId ?? null,
        ms: Math.round(reply.elapsedTime * 10) / 10,
      },
      'request',
    );
    done();
  });
});
