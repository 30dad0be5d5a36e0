/**
 * The `ksnav` command line: commander over the engine. `main` takes its streams as a parameter
 * and returns the exit status, so the binary (bin/ksnav.js) and the tests run the same code.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { runAssess } from './assess-command.js';
import { processIo, type CliIo } from './io.js';
import { runInterview } from './interview-command.js';
import { runResetLink } from './reset-link-command.js';
import { instrumentArgument, runScore } from './score-command.js';
import { runVignettes } from './vignettes-command.js';

/** The package's version: package.json sits two folders up from both src/cli and dist/cli. */
export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}

function columns(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 40 || n > 1000) throw new InvalidArgumentError('must be a whole number of columns from 40 to 1000');
  return n;
}

export function buildProgram(io: CliIo, setStatus: (code: number) => void): Command {
  const program = new Command('ksnav')
    .description('Knee–Sciatica Navigator: assesses knee and leg pain, triages red flags first, explains what the picture is consistent with. Not a diagnosis.')
    .version(packageVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showHelpAfterError('(run ksnav --help for usage)')
    .showSuggestionAfterError(true)
    .exitOverride();

  program
    .command('assess')
    .description('assess case files (standard input when none is given): a readable summary, or one JSON assessment a line with --json')
    .argument('[files...]', 'case files (JSON); "-" reads standard input, which may hold one case or one case a line')
    .option('--json', 'print one compact JSON assessment a line, in the order given; exit 2 if any case is refused')
    .option('--width <columns>', 'wrap the readable summary to this width (default: the terminal width, else 80)', columns)
    .option('--no-color', 'no colour (NO_COLOR in the environment does the same)')
    .action(async (files: string[], opts: { json?: boolean; width?: number; color?: boolean }) => {
      setStatus(await runAssess(files, opts, io));
    });

  program
    .command('interview')
    .description('answer the adaptive questions in the terminal, then read your assessment')
    .option('--json', 'print the final case and assessment as JSON on stdout (the questions go to stderr)')
    .option('--width <columns>', 'wrap text to this width', columns)
    .option('--no-color', 'no colour')
    .action(async (opts: { json?: boolean; width?: number; color?: boolean }) => {
      setStatus(await runInterview(opts, io));
    });

  program
    .command('score')
    .description('score a completed validated measure (start-back, roland-morris, psfs, nprs) from an answers file; exit 2 if it cannot be scored')
    .argument('<instrument>', 'start-back, roland-morris, psfs or nprs', instrumentArgument)
    .argument('<answers>', 'answers file (JSON, see README); "-" reads standard input')
    .option('--json', 'print the scores as one line of JSON')
    .option('--width <columns>', 'wrap text to this width', columns)
    .action(async (instrument: Parameters<typeof runScore>[0], file: string, opts: { json?: boolean; width?: number }) => {
      setStatus(await runScore(instrument, file, opts, io));
    });

  program
    .command('vignettes')
    .description('score the engine on every *.json vignette in a folder with the contract measures; exit 1 unless all are safe and no emergency is missed')
    .argument('<dir>', 'folder of vignette files')
    .option('--json', 'print the scores as JSON')
    .action(async (dir: string, opts: { json?: boolean }) => {
      setStatus(await runVignettes(dir, opts, io));
    });

  program
    .command('reset-link')
    .description('for the operator: a one-time link that lets a person who forgot their password set a new one (uses DATA_DIR or DATABASE_URL like the server); exit 2 when no account has that email')
    .argument('<email>', 'the email of the account')
    .option('--base-url <url>', 'the address people open the app at (default: PUBLIC_URL, else http://localhost:PORT)')
    .option('--hours <hours>', 'how long the link works (default 24)', hoursOption)
    .action(async (email: string, opts: { baseUrl?: string; hours?: number }) => {
      setStatus(await runResetLink(email, opts, io));
    });

  return program;
}

function hoursOption(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > 24 * 14) throw new InvalidArgumentError('must be a number of hours from 0 to 336 (two weeks)');
  return n;
}

/** Runs the command line on `argv` (node and script first, as in process.argv); returns the exit status. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let status = 0;
  const program = buildProgram(io, (code) => {
    status = code;
  });
  if (argv.length <= 2) {
    program.outputHelp({ error: true });
    return 1;
  }
  try {
    await program.parseAsync([...argv]);
    return status;
  } catch (error) {
    // exitOverride: help and version end here with status 0, usage errors with 1.
    if (error instanceof CommanderError) return error.exitCode;
    io.stderr.write(`ksnav: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
}
