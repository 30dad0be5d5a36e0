/**
 * `ksnav interview` driven through a pipe, as a person would answer it: the test reads each
 * question the program prints and answers it from a development vignette (yes, no, or don't
 * know when the vignette does not say). Nothing about the order of the questions is assumed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVIDENCE } from '../../src/knowledge/evidence.js';
import { BODY_MAP_AREAS, CONTEXT_QUESTIONS } from '../../src/knowledge/interview-plan.js';
import type { Assessment } from '../../src/schemas/assessment.js';
import type { Case, PartialCase } from '../../src/schemas/case.js';
import { VIGNETTES, runKsnav, startKsnav } from './run-ksnav.js';

interface Vignette extends Case {
  readonly expected: { readonly acceptable: readonly string[]; readonly pattern?: string };
}

const CARRY_ON = 'Do you want to carry on answering questions?';
const squash = (s: string) => s.replace(/\s+/g, ' ');
const vignette = (file: string) => JSON.parse(readFileSync(join(VIGNETTES, file), 'utf8')) as Vignette;

/** Every question text the interview can print, squashed the way the output is compared. */
const QUESTION_TEXTS: readonly { id: string; text: string }[] = [
  ...EVIDENCE.map((e) => ({ id: e.id, text: squash(e.question) })),
  ...Object.entries(CONTEXT_QUESTIONS).map(([id, q]) => ({ id, text: squash(q.text) })),
];

function answerFor(id: string, c: Vignette): string {
  switch (id) {
    case 'age':
      return String(c.age);
    case 'where': {
      const chosen = BODY_MAP_AREAS.flatMap((a, i) => (c.evidence?.[a.evidence] === true ? [String(i + 1)] : []));
      return chosen.length ? chosen.join(' ') : '0';
    }
    case 'sex':
    case 'course':
    case 'durationDays':
      return c[id] === undefined ? '?' : String(c[id]);
    case 'pain.knee':
    case 'pain.leg':
    case 'pain.back': {
      const v = c.pain?.[id.slice(5) as 'knee' | 'leg' | 'back'];
      return v === undefined ? '?' : String(v);
    }
    default: {
      const v = c.evidence?.[id as keyof NonNullable<Case['evidence']>];
      return v === true ? 'y' : v === false ? 'n' : '?';
    }
  }
}

interface Turn {
  /** What the program printed before asking (the question, or the emergency screen and "carry on"). */
  readonly shown: string;
  readonly id: string;
  readonly answer: string;
}

interface Transcript {
  readonly turns: Turn[];
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the interview, answering each question from `c`; `carryOn` answers the emergency
 * screen's question. Waits for each prompt (output ending in "> ") before answering.
 */
function interview(c: Vignette, carryOn: 'y' | 'n', args: readonly string[] = ['--json']): Promise<Transcript> {
  const child = startKsnav(['interview', ...args]);
  const turns: Turn[] = [];
  let stdout = '';
  let stderr = '';
  let pending = '';
  // With --json the conversation is on stderr; otherwise on stdout.
  const conversation = args.includes('--json') ? child.stderr : child.stdout;
  const onConversation = (d: string) => {
    pending += d;
    if (!pending.endsWith('> ')) return;
    const shown = pending;
    pending = '';
    const flat = squash(shown);
    let id: string;
    if (flat.includes(CARRY_ON)) id = 'carry_on';
    else {
      // The last question text printed in this chunk is the one being asked.
      const found = QUESTION_TEXTS.map((q) => ({ q, at: flat.lastIndexOf(q.text) })).filter((x) => x.at >= 0).sort((a, b) => b.at - a.at)[0];
      if (!found) throw new Error(`unrecognised question:\n${shown}`);
      id = found.q.id;
    }
    const answer = id === 'carry_on' ? carryOn : answerFor(id, c);
    turns.push({ shown, id, answer });
    child.stdin.write(`${answer}\n`);
  };
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    stdout += d;
    if (conversation === child.stdout) onConversation(d);
  });
  child.stderr.setEncoding('utf8').on('data', (d: string) => {
    stderr += d;
    if (conversation === child.stderr) onConversation(d);
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve({ turns, status, stdout, stderr }));
  });
}

interface Final {
  readonly case: PartialCase;
  readonly skipped: string[];
  readonly assessment: Assessment;
}

describe('ksnav interview (answers piped to standard input)', () => {
  it('interviews a sciatica case to the end: each question once, answers written where they belong, an acceptable level', async () => {
    const v = vignette('dev-01-acute-sciatica.json');
    const t = await interview(v, 'y');
    expect(t.status, t.stderr).toBe(0);
    const final = JSON.parse(t.stdout) as Final;

    const ids = t.turns.map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe('age');
    expect(ids).not.toContain('carry_on');
    expect(t.stderr).not.toContain('!! EMERGENCY');
    // Every red-flag question of the vignette was asked and answered as the vignette says.
    for (const id of ['saddle_numbness', 'bladder_change', 'bowel_change', 'both_legs_numb_or_weak'] as const) {
      expect(ids).toContain(id);
      expect(final.case.evidence?.[id]).toBe(false);
    }
    // What the interview wrote into the case is what the person answered.
    for (const [id, value] of Object.entries(final.case.evidence ?? {})) {
      const said = v.evidence?.[id as keyof NonNullable<Case['evidence']>];
      if (said !== undefined) expect(value, id).toBe(said);
      else expect(BODY_MAP_AREAS.map((a) => a.evidence) as string[], id).toContain(id);
    }
    expect(final.case.age).toBe(v.age);
    expect(final.case.pain).toEqual(v.pain);
    // "Don't know" answers are recorded as skipped and left out of the case.
    const unknown = t.turns.filter((x) => x.answer === '?').map((x) => x.id);
    expect(final.skipped).toEqual(unknown);
    for (const id of unknown) expect(final.case.evidence ?? {}).not.toHaveProperty(id);

    expect(v.expected.acceptable).toContain(final.assessment.triage.level);
    expect(final.assessment.patterns.slice(0, 3).map((p) => p.id)).toContain('lumbar_radiculopathy');
    // The readable summary went to the conversation (stderr with --json).
    expect(t.stderr).toContain(final.assessment.triage.title);
    expect(t.stderr).toContain('This is not a diagnosis.');
  });

  it('shows the emergency screen for cauda equina straight after the answer that makes it one, then stops when asked to', async () => {
    const v = vignette('dev-02-cauda-equina.json');
    const t = await interview(v, 'n', []);
    expect(t.status, t.stderr).toBe(0);
    const carry = t.turns.findIndex((x) => x.id === 'carry_on');
    expect(carry).toBeGreaterThan(0);
    // Nothing before it was an emergency; the answer just before it was a "yes" to a cauda equina question.
    expect(t.turns.slice(0, carry).some((x) => x.shown.includes('!! EMERGENCY'))).toBe(false);
    const trigger = t.turns[carry - 1]!;
    expect(['saddle_numbness', 'bladder_change', 'bowel_change', 'both_legs_numb_or_weak', 'sexual_change']).toContain(trigger.id);
    expect(trigger.answer).toBe('y');
    // The emergency screen came at once: the very next thing printed, before any other question.
    const screen = t.turns[carry]!.shown;
    expect(screen).toContain('!! EMERGENCY: GO TO AN EMERGENCY DEPARTMENT NOW');
    expect(screen).toContain('Possible cauda equina syndrome');
    expect(screen.indexOf('!! EMERGENCY')).toBeLessThan(screen.indexOf(CARRY_ON));
    expect(QUESTION_TEXTS.some((q) => squash(screen).includes(q.text))).toBe(false);
    // Stopped there: no more questions, then the summary with the emergency level.
    expect(t.turns).toHaveLength(carry + 1);
    const after = t.stdout.slice(t.stdout.lastIndexOf(CARRY_ON));
    expect(after).toContain('!! EMERGENCY: Go to an emergency department now');
    expect(after).toContain('This is not a diagnosis.');
  });

  it('carries on after the emergency screen when asked to, without showing it again, and still ends on the emergency', async () => {
    const v = vignette('dev-02-cauda-equina.json');
    const t = await interview(v, 'y');
    expect(t.status, t.stderr).toBe(0);
    expect(t.turns.filter((x) => x.id === 'carry_on')).toHaveLength(1);
    const final = JSON.parse(t.stdout) as Final;
    expect(final.assessment.triage.level).toBe('emergency');
    expect(final.assessment.redFlags.map((r) => r.id)).toContain('cauda_equina_syndrome');
  });

  it('takes every answer piped at once, re-asks on bad input, and assesses what it has when the input ends', async () => {
    // Age out of range then valid; "knee" by name; nonsense then "no" ...; the input then ends early.
    const run = await runKsnav(['interview', '--json'], { input: '130\n34.5\n34\nknee\nmaybe\nn\nn\n' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('Please type a whole number from 0 to 120');
    expect(run.stderr).toContain("Please answer y (yes), n (no) or ? (don't know).");
    expect(run.stderr).toContain('the input ended before the last question');
    const final = JSON.parse(run.stdout) as Final;
    expect(final.case.age).toBe(34);
    expect(final.case.evidence?.knee_pain).toBe(true);
    expect(final.case.evidence?.low_back_pain).toBe(false);
    expect(final.assessment.unanswered.length).toBeGreaterThan(0);
    expect(final.assessment.unansweredNotice).toBeDefined();
  });

  it('exits 1 with a message when the input ends before the age is given', async () => {
    const run = await runKsnav(['interview'], { input: '' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('before your age was given');
  });
});
