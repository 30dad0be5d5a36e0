#!/usr/bin/env node
// The `ksnav` binary: runs the compiled command line in dist/ (built by `npm run build`).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const entry = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
if (!existsSync(entry)) {
  process.stderr.write(
    `ksnav: the compiled command line is missing (${entry}).\n` +
      'Run `npm run build` (or `npm install`) in the project folder first, then try again.\n',
  );
  process.exit(1);
}

// A closed pipe (`ksnav ... | head`) is not an error worth a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const { main } = await import(pathToFileURL(entry).href);
process.exitCode = await main(process.argv);
