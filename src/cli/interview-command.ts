/**
 * `ksnav interview`: the adaptive questionnaire at a terminal. One question at a time from
 * `nextQuestions`, the answer written where the question says; the emergency screen the moment
 * the answers make it one; the readable assessment at the end. Works the same from a pipe
 * (answers one a line), which is how it is tested.
 */
import { assess } from '../engine/assess.js';
import { nextQuestions } from '../engine/interview.js';
import { urgencyRank, type TriageLevel } from '../knowledge/triage-levels.js';
import type { PartialCase } from '../schemas/case.js';
import type { InterviewStep, Question } from '../schemas/interview.js';
import type { CliIo, Output } from './io.js';
import { applyAnswer, canSkip, parseAnswer, type AnswerValue } from './interview-answers.js';
import { LineReader } from './line-reader.js';
import { renderAssessment, renderEmergency } from './render-assessment.js';
import { COLOUR, PLAIN, outputWidth, wantsColour, wrap, type Style } from './style.js';

export interface InterviewOptions {
  /** Print the final case and assessment as JSON on stdout; the conversation goes to stderr. */
  readonly json?: boolean;
  readonly width?: number;
  readonly color?: boolean;
}

/** Exit status when the person pressed Ctrl-C (128 + SIGINT). */
const INTERRUPTED = 130;

export async function runInterview(options: InterviewOptions, io: CliIo): Promise<number> {
  const out = options.json ? io.stderr : io.stdout;
  const style = options.color !== false && wantsColour(out, io.env) ? COLOUR : PLAIN;
  const width = outputWidth(out, options.width);
  const atTerminal = io.stdin.isTTY === true && out.isTTY === true;
  const reader = new LineReader(io.stdin, out, atTerminal);
  const say = (text = '') => out.write(`${text}\n`);
  const para = (text: string, indent = '') => say(wrap(text, width, indent, indent).join('\n'));

  try {
    say(style.bold('Knee–Sciatica Navigator: a few questions about your pain'));
    para(
      "Answer each question in turn. For yes/no questions type y, n or ? (don't know). The questions adapt to your answers. If a warning sign comes up, you will be told at once what to do.",
    );

    let partial: PartialCase = {};
    const skipped: string[] = [];
    let shown: TriageLevel | undefined;
    let step: InterviewStep = nextQuestions(partial, { skipped });
    let inputEnded = false;

    while (!step.done) {
      const q = step.questions[0];
      if (!q) break;
      const answer = await ask(q, step, { reader, out, style, width, echo: !atTerminal });
      if (answer === null) {
        inputEnded = true;
        break;
      }
      if (answer === 'skip') skipped.push(q.id);
      else partial = applyAnswer(partial, q, answer);
      step = nextQuestions(partial, { skipped });

      // An emergency, or a same-day warning sign, is said at once, once for each level reached.
      const emergency = step.emergency ?? step.sameDay;
      if (emergency && (shown === undefined || urgencyRank(emergency.level) < urgencyRank(shown))) {
        shown = emergency.level;
        say();
        out.write(renderEmergency(emergency, { width, style }));
        const go = await askYesNo('Do you want to carry on answering questions? What to do above stands whatever you answer.', { reader, out, style, width, echo: !atTerminal });
        if (go === null) inputEnded = true;
        if (go !== true) break;
      }
    }

    if (reader.interrupted) {
      io.stderr.write('\nInterview stopped.\n');
      return INTERRUPTED;
    }
    if (partial.age === undefined) {
      io.stderr.write('ksnav: the input ended before your age was given: there is nothing to assess.\n');
      return 1;
    }
    if (inputEnded && !step.done) io.stderr.write('ksnav: the input ended before the last question: assessing with the answers given.\n');

    const assessment = assess(partial);
    say();
    out.write(renderAssessment(assessment, { width, style }));
    if (options.json) io.stdout.write(`${JSON.stringify({ case: partial, skipped, assessment })}\n`);
    return 0;
  } finally {
    reader.close();
  }
}

interface AskContext {
  readonly reader: LineReader;
  readonly out: Output;
  readonly style: Style;
  readonly width: number;
  /** From a pipe nothing echoes what was typed: write it, so the transcript reads as a dialogue. */
  readonly echo: boolean;
}

/** Asks until the answer is clear: a value, 'skip' for don't know, or null when input ended. */
async function ask(q: Question, step: InterviewStep, cx: AskContext): Promise<AnswerValue | 'skip' | null> {
  const { out, style, width } = cx;
  const say = (text = '') => out.write(`${text}\n`);
  say();
  say(style.dim(`[${step.progress.percent}% done] ${q.group}${q.redFlag ? ' - warning sign check' : ''}`));
  say(wrap(style.bold(q.text), width).join('\n'));
  const help = q.kind === 'body_map' ? 'Type the numbers of every area, such as 1 4; after a leg area add left, right or both (6 left). 0 for none.' : q.help;
  if (help) say(style.dim(wrap(help, width).join('\n')));
  if (q.kind === 'choice' || q.kind === 'body_map') (q.options ?? []).forEach((o, i) => say(`  ${i + 1}) ${o.label}`));
  const prompt = promptFor(q);
  for (;;) {
    const line = await cx.reader.ask(prompt);
    if (line === null) {
      if (cx.echo) say();
      return null;
    }
    if (cx.echo) say(line);
    const parsed = parseAnswer(q, line);
    if (parsed.kind === 'skip') return 'skip';
    if (parsed.kind === 'value') return parsed.value;
    say(style.yellow(parsed.message));
  }
}

async function askYesNo(text: string, cx: AskContext): Promise<boolean | null> {
  const say = (line = '') => cx.out.write(`${line}\n`);
  say();
  say(wrap(cx.style.bold(text), cx.width).join('\n'));
  for (;;) {
    const line = await cx.reader.ask('(y)es or (n)o > ');
    if (line === null) {
      if (cx.echo) say();
      return null;
    }
    if (cx.echo) say(line);
    const word = line.trim().toLowerCase();
    if (word === 'y' || word === 'yes') return true;
    if (word === 'n' || word === 'no') return false;
    say(cx.style.yellow('Please answer y or n.'));
  }
}

function promptFor(q: Question): string {
  const dontKnow = canSkip(q) ? ", ? don't know" : '';
  switch (q.kind) {
    case 'yes_no':
      return "(y)es, (n)o, (?) don't know > ";
    case 'number':
      return `${q.unit ?? 'number'} (${q.min ?? 0}-${q.max ?? ''}${dontKnow}) > `;
    case 'scale':
      return `0 to 10${dontKnow} > `;
    case 'duration':
      return `number and days, weeks, months or years${dontKnow} > `;
    case 'choice':
      return `number 1-${q.options?.length ?? 0}${dontKnow} > `;
    case 'body_map':
      return `numbers, 0 for none${dontKnow} > `;
  }
}
