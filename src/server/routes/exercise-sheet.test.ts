import { PDFDocument } from 'pdf-lib';
import { expect, it } from 'vitest';
import { EXERCISE_BY_ID } from '../../knowledge/exercises.js';
import { EXERCISE_PICTURE_BY_ID } from '../../knowledge/exercise-poses.js';
import { pdfText } from '../__fixtures__/pdf-text.js';
import { exerciseSheetPdf } from '../pdf/exercise-sheet-pdf.js';
import { describeApi } from '../__fixtures__/test-app.js';

describeApi('exercise sheet PDF', (t) => {
  it('gives the chosen exercises, in order, with the words of their pictures, steps and stop signs', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/exercises.pdf?ids=bridges,heel_slides' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe('attachment; filename="ksnav-exercises.pdf"');
    const doc = await PDFDocument.load(res.rawPayload);
    expect(doc.getPageCount()).toBe(1);
    const text = pdfText(await exerciseSheetPdf(['bridges', 'heel_slides'], { compress: false, createdAt: new Date('2025-05-01T00:00:00Z') }));
    expect(text.indexOf('Bridges')).toBeLessThan(text.indexOf('Heel slides'));
    expect(text).toContain(`1. ${EXERCISE_PICTURE_BY_ID.bridges!.start.text}`);
    expect(text).toContain(`2. ${EXERCISE_PICTURE_BY_ID.bridges!.end.text}`);
    expect(text).toContain(EXERCISE_BY_ID.heel_slides.steps[1]);
    expect(text).toContain('Stop if you feel:');
  });

  it('draws every exercise, none split across two pages', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/exercises.pdf' });
    expect(res.statusCode).toBe(200);
    const doc = await PDFDocument.load(res.rawPayload);
    expect(doc.getPageCount()).toBeGreaterThan(5);
    const pdf = await exerciseSheetPdf(Object.keys(EXERCISE_BY_ID), { compress: false, createdAt: new Date('2025-05-01T00:00:00Z') });
    // Each picture is drawn: one polyline stroke per limb at least (a page with pictures has many path operators).
    expect((pdf.toString('latin1').match(/\nS\n/g) ?? []).length).toBeGreaterThan(25 * 2 * 10);
  });

  it('refuses an unknown exercise id, naming the field', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/exercises.pdf?ids=bridges,moonwalk' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ error: { code: 'invalid', message: 'No exercise has the id "moonwalk".', field: 'ids' } });
    const bad = await t.app.inject({ method: 'GET', url: '/api/v1/exercises.pdf?ids=DROP%20TABLE' });
    expect(bad.statusCode).toBe(400);
  });
});
