/**
 * Asks for one line at a time over node:readline/promises, at a terminal or from a pipe. Lines
 * are queued as they arrive, because a pipe can deliver every answer at once, before the
 * question that wants the next one has been asked (rl.question would drop those lines).
 */
import { createInterface, type Interface } from 'node:readline/promises';
import type { Readable } from 'node:stream';
import type { Output } from './io.js';

export class LineReader {
  private readonly rl: Interface;
  private readonly queue: string[] = [];
  private waiting: ((line: string | null) => void) | null = null;
  private ended = false;
  /** Set when the person pressed Ctrl-C at the terminal. */
  interrupted = false;

  constructor(
    input: Readable,
    private readonly output: Output,
    private readonly terminal: boolean,
  ) {
    this.rl = createInterface({
      input,
      // At a terminal readline draws the prompt and line editing; from a pipe it writes nothing.
      ...(terminal ? { output: output as NodeJS.WritableStream, terminal: true } : { terminal: false }),
      crlfDelay: Infinity,
    });
    this.rl.on('line', (line) => {
      if (this.waiting) {
        const resolve = this.waiting;
        this.waiting = null;
        resolve(line);
      } else this.queue.push(line);
    });
    this.rl.on('close', () => this.finish());
    this.rl.on('SIGINT', () => {
      this.interrupted = true;
      this.rl.close();
    });
  }

  /** The next line after showing `prompt`, or null when the input has ended. */
  ask(prompt: string): Promise<string | null> {
    if (this.terminal) {
      this.rl.setPrompt(prompt);
      this.rl.prompt();
    } else this.output.write(prompt);
    const queued = this.queue.shift();
    if (queued !== undefined) return Promise.resolve(queued);
    if (this.ended) return Promise.resolve(null);
    return new Promise((resolve) => {
      this.waiting = resolve;
    });
  }

  close(): void {
    this.rl.close();
  }

  private finish(): void {
    this.ended = true;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve(null);
    }
  }
}
