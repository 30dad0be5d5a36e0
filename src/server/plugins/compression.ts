/**
 * Compressed replies (brotli or gzip, as the client accepts) for the API's JSON: an assessment
 * is 20-30 KB of mostly repeated knowledge-base text, which compresses about tenfold. Static files
 * are sent already compressed by the web app plugin, so they are left alone here.
 */
import { constants } from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import { appWide } from './app-wide.js';

export const compressionPlugin = appWide('ksnav-compression', async (app) => {
  await app.register(fastifyCompress, {
    global: true,
    encodings: ['br', 'gzip'],
    // Small replies gain nothing worth the CPU.
    threshold: 1024,
    // JSON (and the API's problem replies) only; PDFs and images are compressed already.
    customTypes: /^application\/(?:[a-z.+-]*\+)?json\b/,
    // Quick brotli: the default (11) costs more CPU per reply than it saves in bytes here.
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } },
  });
});
