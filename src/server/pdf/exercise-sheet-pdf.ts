/**
 * The exercises on paper: for each, its start and end pictures side by side (the same shapes the
 * web draws), the steps, the dose and the signs to stop. An exercise is never split across pages.
 */
import PDFDocument from 'pdfkit';
import { EXERCISE_BY_ID, EXERCISE_STOP_RULES, type ExerciseInfo } from '../../knowledge/exercises.js';
import { EXERCISE_PICTURE_BY_ID } from '../../knowledge/exercise-poses.js';
import { doseText } from '../../engine/recovery-plan.js';
import { pictureFrame, pictureViewBox, type Frame } from '../../exercise-pictures/drawing.js';
import { toWinAnsi } from './summary-pdf.js';

const PAGE = { width: 595.28, height: 841.89, margin: 36 };
const WIDTH = PAGE.width - 2 * PAGE.margin;
const BOTTOM = PAGE.height - PAGE.margin;
const PANEL_GAP = 12;
const PANEL_MAX_HEIGHT = 110;

type Doc = PDFKit.PDFDocument;

/** Draws a frame's shapes scaled into the box at (x, y) of width w; returns the height used. */
export function drawFrame(doc: Doc, frame: Frame, x: number, y: number, w: number, maxH: number): number {
  const v = frame.viewBox;
  const scale = Math.min(w / v.width, maxH / v.height);
  const ox = x + (w - v.width * scale) / 2;
  doc.save();
  doc.translate(ox, y).scale(scale).translate(-v.x, -v.y);
  doc.lineCap('round').lineJoin('round');
  for (const s of frame.shapes) {
    doc.save();
    if (s.opacity !== undefined) doc.opacity(s.opacity);
    if (s.kind === 'line') {
      const [first, ...rest] = s.points;
      if (first) {
        doc.moveTo(first.x, first.y);
        for (const p of rest) doc.lineTo(p.x, p.y);
        doc.lineWidth(s.width).strokeColor(s.colour).stroke();
      }
    } else if (s.kind === 'circle') {
      doc.circle(s.centre.x, s.centre.y, s.radius);
      if (s.stroke) doc.lineWidth(s.width ?? 1).fillAndStroke(s.fill, s.stroke);
      else doc.fill(s.fill);
    } else {
      doc.polygon(...s.points.map((p) => [p.x, p.y] as [number, number]));
      if (s.stroke) doc.lineWidth(s.width ?? 1).fillAndStroke(s.fill, s.stroke);
      else doc.fill(s.fill);
    }
    doc.restore();
  }
  doc.restore();
  return v.height * scale;
}

export interface SheetOptions {
  compress?: boolean;
  createdAt: Date;
}

/** Exercise ids not in the knowledge base. */
export function unknownExerciseIds(ids: readonly string[]): string[] {
  return ids.filter((id) => !(id in EXERCISE_BY_ID));
}

function block(doc: Doc, e: ExerciseInfo, y: number, draw: boolean): number {
  const picture = EXERCISE_PICTURE_BY_ID[e.id];
  let cursor = y;
  const text = (value: string, options: { font?: string; size?: number; x?: number; width?: number; colour?: string; gap?: number } = {}) => {
    const x = options.x ?? PAGE.margin;
    const width = options.width ?? WIDTH;
    doc.font(options.font ?? 'Helvetica').fontSize(options.size ?? 10);
    const safe = toWinAnsi(value);
    const h = doc.heightOfString(safe, { width, lineGap: 1 });
    if (draw) doc.fillColor(options.colour ?? '#111111').text(safe, x, cursor, { width, lineGap: 1 });
    cursor += h + (options.gap ?? 0);
    return h;
  };
  text(e.title, { font: 'Helvetica-Bold', size: 14, gap: 4 });
  if (picture) {
    const box = pictureViewBox(picture);
    const panelW = (WIDTH - PANEL_GAP) / 2;
    const h = Math.min(PANEL_MAX_HEIGHT, (panelW * box.height) / box.width);
    if (draw) {
      drawFrame(doc, pictureFrame(picture, 0, {}, box), PAGE.margin, cursor, panelW, h);
      drawFrame(doc, pictureFrame(picture, 1, { ghostAndArrows: true }, box), PAGE.margin + panelW + PANEL_GAP, cursor, panelW, h);
    }
    cursor += h + 4;
    const top = cursor;
    const left = text(`1. ${picture.start.text}`, { size: 9, width: panelW, colour: '#333333' });
    cursor = top;
    const right = text(`2. ${picture.end.text}`, { size: 9, x: PAGE.margin + panelW + PANEL_GAP, width: panelW, colour: '#333333' });
    cursor = top + Math.max(left, right) + 6;
  }
  e.steps.forEach((s, i) => text(`${i + 1}. ${s}`, { x: PAGE.margin + 8, width: WIDTH - 8, gap: 1 }));
  cursor += 3;
  text(`How much: ${doseText(e.dose)}.`, { gap: 2 });
  text(`Stop if you feel: ${[...e.stopIf, ...EXERCISE_STOP_RULES].join('; ')}.`, { gap: 14 });
  return cursor;
}

export function exerciseSheetPdf(ids: readonly string[], options: SheetOptions): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: PAGE.margin,
    compress: options.compress ?? true,
    info: { Title: 'Your exercises', Creator: 'Knee–Sciatica Navigator', Producer: 'ksnav', CreationDate: options.createdAt },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  let y = PAGE.margin;
  doc.font('Helvetica-Bold').fontSize(18).fillColor('#111111').text('Your exercises', PAGE.margin, y);
  y += 24;
  doc.font('Helvetica').fontSize(9.5).fillColor('#333333')
    .text(toWinAnsi('Each picture shows where you start (1) and where you end (2). Move slowly and breathe normally. Mild discomfort is fine; stop if you feel any of the signs listed.'), PAGE.margin, y, { width: WIDTH });
  y = doc.y + 12;
  for (const id of ids) {
    const e = EXERCISE_BY_ID[id as keyof typeof EXERCISE_BY_ID];
    if (!e) continue;
    const end = block(doc, e, y, false);
    if (end > BOTTOM && y > PAGE.margin + 1) {
      doc.addPage();
      y = PAGE.margin;
    }
    y = block(doc, e, y, true);
  }
  doc.end();
  return done;
}
