import { readdirSync, readFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import PDFKit from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { assess } from '../../engine/assess.js';
import type { Case } from '../../schemas/case.js';
import { pdfText } from '../__fixtures__/pdf-text.js';
import { summaryContent } from './summary-content.js';
import { fittingLayout, summaryPdf, toWinAnsi } from './summary-pdf.js';

const VIGNETTES = new URL('../../../test/vignettes/', import.meta.url);
const cases: Case[] = readdirSync(VIGNETTES).filter((f) => f.endsWith('.json')).map((f) => {
  const { expected: _e, ...c } = JSON.parse(readFileSync(new URL(f, VIGNETTES), 'utf8')) as Case & { expected: unknown };
  return c;
});

async function render(c: Case): Promise<Buffer> {
  return summaryPdf(summaryContent(assess(c), c, '2025-05-01'), { compress: false, createdAt: new Date('2025-05-01T10:00:00Z') });
}

describe('summaryPdf', () => {
  it('fits every development vignette on exactly one page', async () => {
    for (const c of cases) {
      const doc = await PDFDocument.load(await render(c));
      expect({ id: c.id, pages: doc.getPageCount() }).toEqual({ id: c.id, pages: 1 });
    }
  });

  it('stays readable: every vignette fits at 8.5 pt or more', () => {
    for (const c of cases) {
      const layout = fittingLayout(new PDFKit({ size: 'A4', margin: 36 }), summaryContent(assess(c), c, '2025-05-01'));
      expect({ id: c.id, ok: layout.size >= 8.5 }).toEqual({ id: c.id, ok: true });
    }
  });

  it('reads triage first, then the sections, and ends with the notice', async () => {
    const c = cases.find((x) => x.id === 'dev-08-dvt')!;
    const assessment = assess(c);
    const text = pdfText(await render(c));
    // Each found after the one before it: the warning sign is also named under "what to tell".
    let from = 0;
    const at = (s: string) => {
      const i = text.indexOf(toWinAnsi(s), from);
      expect(i, s).toBeGreaterThanOrEqual(0);
      from = i;
      return i;
    };
    const order = [
      at(assessment.triage.title),
      at('What to tell the clinician'),
      at('Red flags'),
      at(assessment.redFlags[0]!.title),
      at('What the picture is consistent with'),
      at('Get help sooner if'),
      at(assessment.notice.slice(0, 60)),
    ];
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // Seen today: no treatments or plan on the page (hazard H3).
    expect(text).not.toContain('Treatments, with what guidelines say');
    expect(text).not.toContain('Plan: ');
  });

  it('offers treatments and the plan when home care is in question', async () => {
    const c = cases.find((x) => x.id === 'dev-01-acute-sciatica')!;
    const assessment = assess(c);
    const text = pdfText(await render(c));
    const at = (s: string) => text.indexOf(toWinAnsi(s));
    expect(at('Treatments, with what guidelines say')).toBeGreaterThan(at('What to tell the clinician'));
    expect(at(`Plan: ${assessment.recoveryPlan.title}`)).toBeGreaterThan(at('Treatments, with what guidelines say'));
  });

  it('is a PDF with a fixed creation date (same case, same bytes)', async () => {
    const a = await render(cases[0]!);
    const b = await render(cases[0]!);
    expect(a.subarray(0, 5).toString()).toBe('%PDF-');
    expect(a.equals(b)).toBe(true);
  });

  it('keeps text the standard fonts can draw', () => {
    expect(toWinAnsi('Knee–Sciatica ≥ 8 → “now” ✓')).toBe('Knee–Sciatica >= 8 -> “now” ?');
  });
});
