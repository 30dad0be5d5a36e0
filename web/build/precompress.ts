/**
 * A Vite plugin that writes a brotli (.br) and a gzip (.gz) copy beside every text file of the
 * build, once, at the highest levels: the server sends them as they are (@fastify/static
 * `preCompressed`), so no byte is compressed again on a request.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const TEXT = /\.(js|css|html|svg|json|webmanifest|txt)$/;
/** Below this, compression saves less than the extra round of headers costs. */
const MIN_BYTES = 512;

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

export function precompress(outDir: string): Plugin {
  return {
    name: 'ksnav-precompress',
    apply: 'build',
    // After every other plugin (the service worker is written in closeBundle too).
    enforce: 'post',
    closeBundle: {
      order: 'post',
      handler() {
        for (const path of files(outDir)) {
          if (!TEXT.test(path)) continue;
          const body = readFileSync(path);
          if (body.length < MIN_BYTES) continue;
          writeFileSync(`${path}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }));
          writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
        }
      },
    },
  };
}
