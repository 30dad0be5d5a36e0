/**
 * Lays the summary out on one A4 page with pdfkit. The page is measured before anything is drawn:
 * each section shows as many items as fit at the largest readable size, and what does not fit is
 * counted ("+ 3 more in the app") rather than spilling onto a second page. The triage card and
 * the notice are always shown in full.
 */
import PDFDocument from 'pdfkit';
import type { TriageLevel } from '../../knowledge/triage-levels.js';
import type { SummaryContent } from './summary-content.js';

const PAGE = { width: 595.28, height: 841.89, margin: 36 };
const WIDTH = PAGE.width - 2 * PAGE.margin;
const BOTTOM = PAGE.height - PAGE.margin;

const LEVEL_COLOURS: Record<TriageLevel, string> = {
  emergency_ambulance: '#b00020',
  emergency: '#b00020',
  consultation_24: '#b45309',
  consultation: '#1d4ed8',
  self_care: '#15803d',
};

/** Detail levels, tried in order: body font size and the most items per section. */
const DETAIL = [
  { size: 9.5, items: 8 },
  { size: 9, items: 6 },
  { size: 8.5, items: 5 },
  { size: 8, items: 4 },
  { size: 7.5, items: 3 },
  { size: 7, items: 2 },
  { size: 7, items: 1 },
] as const;

/**
 * The standard PDF fonts draw WinAnsi only: keep Latin-1 and the WinAnsi punctuation, spell out
 * the few other signs the knowledge base uses, and replace anything else.
 */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const SPELLED: Record<string, string> = { '≥': '>=', '≤': '<=', '→': '->', '←': '<-', '≈': '~', '−': '-', '\u00a0': ' ' };

export function toWinAnsi(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const code = ch.codePointAt(0) ?? 0;
    if (SPELLED[ch] !== undefined) out += SPELLED[ch];
    else if ((code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(ch)) out += ch;
    else if (ch === '\n') out += ' ';
    else out += '?';
  }
  return out;
}

export interface Layout {
  size: number;
  items: number;
}

type Doc = PDFKit.PDFDocument;

function sectionItems(items: readonly string[], limit: number): string[] {
  if (items.length <= limit) return [...items];
  const rest = items.length - (limit - 1);
  return [...items.slice(0, limit - 1), `+ ${rest} more: see the full assessment in the app.`];
}

/** Draws (or, with draw false, only measures) the page; returns the y where it ended. */
function render(doc: Doc, content: SummaryContent, layout: Layout, draw: boolean): number {
  const { size } = layout;
  let y = PAGE.margin;
  const text = (value: string, options: { font?: string; size?: number; x?: number; width?: number; colour?: string; gap?: number } = {}) => {
    const x = options.x ?? PAGE.margin;
    const width = options.width ?? WIDTH - (x - PAGE.margin);
    doc.font(options.font ?? 'Helvetica').fontSize(options.size ?? size);
    const safe = toWinAnsi(value);
    const height = doc.heightOfString(safe, { width, lineGap: 1 });
    if (draw) doc.fillColor(options.colour ?? '#111111').text(safe, x, y, { width, lineGap: 1 });
    y += height + (options.gap ?? 0);
  };

  text(content.title, { font: 'Helvetica-Bold', size: size + 6, gap: 2 });
  text(content.subtitle, { size: size - 0.5, colour: '#444444', gap: 8 });

  // The triage card: a coloured bar and frame, the level's title, what to do, why.
  const cardTop = y;
  const colour = LEVEL_COLOURS[content.triage.level];
  y += 6;
  text(content.triage.title, { font: 'Helvetica-Bold', size: size + 4, x: PAGE.margin + 14, colour, gap: 2 });
  text(`${content.triage.action} (${content.triage.timeframe})`, { font: 'Helvetica-Bold', x: PAGE.margin + 14, gap: 2 });
  for (const reason of content.triage.because.slice(0, layout.items)) text(`• ${reason}`, { x: PAGE.margin + 14, gap: 1 });
  y += 6;
  if (draw) {
    doc.save().lineWidth(1).strokeColor(colour).rect(PAGE.margin, cardTop, WIDTH, y - cardTop).stroke();
    doc.rect(PAGE.margin, cardTop, 6, y - cardTop).fill(colour).restore();
  }
  y += 8;

  for (const section of content.sections) {
    text(section.heading, { font: 'Helvetica-Bold', size: size + 1, gap: 2 });
    for (const item of sectionItems(section.items, layout.items)) text(`• ${item}`, { x: PAGE.margin + 8, gap: 1 });
    y += 5;
  }

  doc.save();
  if (draw) doc.moveTo(PAGE.margin, y).lineTo(PAGE.margin + WIDTH, y).lineWidth(0.5).strokeColor('#999999').stroke();
  doc.restore();
  y += 4;
  for (const line of content.notice) text(line, { font: 'Helvetica-Oblique', size: size - 0.5, colour: '#333333', gap: 2 });
  return y;
}

/** The most detailed layout that fits the page (measured on `doc`, nothing drawn). */
export function fittingLayout(doc: Doc, content: SummaryContent): Layout {
  return DETAIL.find((d) => render(doc, content, d, false) <= BOTTOM) ?? DETAIL[DETAIL.length - 1]!;
}

export interface PdfOptions {
  /** Default true; tests turn it off to read the text. */
  compress?: boolean;
  /** The document's creation date (the server's clock). */
  createdAt: Date;
}

export function summaryPdf(content: SummaryContent, options: PdfOptions): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: PAGE.margin,
    compress: options.compress ?? true,
    info: { Title: content.title, Creator: 'Knee–Sciatica Navigator', Producer: 'ksnav', CreationDate: options.createdAt },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  render(doc, content, fittingLayout(doc, content), true);
  doc.end();
  return done;
}
