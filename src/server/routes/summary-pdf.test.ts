import { PDFDocument } from 'pdf-lib';
import { expect, it } from 'vitest';
import { Client, describeApi, MISSING_ID, realisticCase } from '../__fixtures__/test-app.js';

describeApi('PDF summary API', (t) => {
  it('turns a case into a one-page PDF attachment, storing nothing', async () => {
    const before = await t.counts();
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/summary.pdf', payload: realisticCase() });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="ksnav-summary-\d{4}-\d{2}-\d{2}\.pdf"$/);
    const pdf = await PDFDocument.load(res.rawPayload);
    expect(pdf.getPageCount()).toBe(1);
    expect(pdf.getTitle()).toBe('Knee and leg pain: summary');
    expect(await t.counts()).toEqual(before);
  });

  it('makes the PDF of a saved assessment for its owner', async () => {
    const client = await Client.registered(t.app);
    const id = (await client.send('POST', '/api/v1/assessments', realisticCase())).json().saved.id;
    const res = await client.send('GET', `/api/v1/assessments/${id}/summary.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect((await PDFDocument.load(res.rawPayload)).getPageCount()).toBe(1);
    expect((await client.send('GET', `/api/v1/assessments/${MISSING_ID}/summary.pdf`)).statusCode).toBe(404);
  });

  it('refuses a malformed case with JSON naming the field', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/summary.pdf', payload: { ...realisticCase(), pain: { knee: -1 } } });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.json().error.field).toBe('pain.knee');
  });
});
