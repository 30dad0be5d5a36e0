/**
 * The one-page PDF summary: of a case sent now (anyone, nothing stored) or of a saved assessment
 * (its owner). Sent as an attachment.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { assessValid } from '../../engine/assess.js';
import { IdParamsSchema } from '../../schemas/api.js';
import type { Assessment } from '../../schemas/assessment.js';
import { CaseSchema, type Case } from '../../schemas/case.js';
import { notFound } from '../http-error.js';
import { summaryContent } from '../pdf/summary-content.js';
import { summaryPdf } from '../pdf/summary-pdf.js';
import { costOf } from '../plugins/cost-limits.js';
import { ref } from '../schema-registry.js';
import { userIdOf } from '../types.js';
import { ERROR_RESPONSES } from './responses.js';

const PDF_RESPONSE = {
  description: 'a one-page PDF summary',
  content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
};

async function sendPdf(reply: FastifyReply, assessment: Assessment, c: Case, now: Date, name: string): Promise<FastifyReply> {
  const madeOn = now.toISOString().slice(0, 10);
  const pdf = await summaryPdf(summaryContent(assessment, c, madeOn), { createdAt: now });
  return reply
    .type('application/pdf')
    .header('content-disposition', `attachment; filename="${name}"`)
    .send(pdf);
}

export const summaryPdfRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post('/api/v1/summary.pdf', {
    config: { rateLimit: costOf('summaryPdf') },
    schema: {
      tags: ['assessment'],
      summary: 'A one-page PDF summary of a case',
      body: ref(CaseSchema),
      response: { 200: PDF_RESPONSE, ...ERROR_RESPONSES },
    },
  }, async (request, reply) => {
    const now = app.settings.clock();
    return sendPdf(reply, assessValid(request.body), request.body, now, `ksnav-summary-${now.toISOString().slice(0, 10)}.pdf`);
  });

  app.get('/api/v1/assessments/:id/summary.pdf', {
    config: { auth: 'user', rateLimit: costOf('summaryPdf') },
    schema: {
      tags: ['assessment'],
      summary: 'The one-page PDF summary of a saved assessment',
      security: [{ session: [] }],
      params: IdParamsSchema,
      response: { 200: PDF_RESPONSE, ...ERROR_RESPONSES },
    },
  }, async (request, reply) => {
    const record = await app.store.assessments.get(userIdOf(request), request.params.id);
    await request.audit('assessment.pdf', 'assessment', request.params.id, record ? 'ok' : 'not_found');
    if (!record) throw notFound('saved assessment', 'id');
    return sendPdf(reply, record.assessment, record.case, app.settings.clock(), `ksnav-summary-${record.createdAt.slice(0, 10)}.pdf`);
  });
};
