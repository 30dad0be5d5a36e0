/**
 * bin/ksnav.js over the TypeScript sources (run with `node --import tsx`), so the command-line
 * tests need no build and always test the code in the tree.
 */
import { main } from '../../src/cli/main.js';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await main(process.argv);
