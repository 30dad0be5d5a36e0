/**
 * Assessments. POST answers anyone and stores only for a signed-in person; the saved ones are
 * listed, read and deleted by their owner alone (someone else's id is the same 404 as no id).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { assessValid } from '../../engine/assess.js';
import { assessmentJson } from '../../engine/assessment-json.js';
import { AssessmentResponseSchema, IdParamsSchema, SavedAssessmentListSchema, SavedAssessmentSchema } from '../../schemas/api.js';
import { CaseSchema } from '../../schemas/case.js';
import { notFound } from '../http-error.js';
import { costOf } from '../plugins/cost-limits.js';
import { ref } from '../schema-registry.js';
import { userIdOf } from '../types.js';
import { toSavedAssessment } from './records.js';
import { ERROR_RESPONSES, NO_CONTENT } from './responses.js';

export const assessmentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post('/api/v1/assessments', {
    config: { rateLimit: costOf('assessment') },
    schema: {
      tags: ['assessment'],
      summary: 'Assess a case (saved only when signed in)',
      description: 'Anyone may assess. For a signed-in person the case and the assessment are saved and `saved.id` names the record; otherwise nothing is stored and `saved` is null.',
      body: ref(CaseSchema),
      response: { 200: ref(AssessmentResponseSchema), ...ERROR_RESPONSES },
    },
    // The schemas above document and test the reply; writing it reuses the JSON of the knowledge
    // base's frozen text (engine/assessment-json.ts), several times faster than escaping 24 KB anew.
    serializerCompiler: () => assessmentJson,
  }, async (request) => {
    const assessment = assessValid(request.body);
    if (!request.session) return { assessment, saved: null };
    const record = await app.store.assessments.create(request.session.userId, { case: request.body, assessment });
    await request.audit('assessment.create', 'assessment', record.id, 'ok');
    return { assessment, saved: { id: record.id } };
  });

  app.get('/api/v1/assessments', {
    config: { auth: 'user' },
    schema: {
      tags: ['assessment'],
      summary: 'My saved assessments, newest first',
      security: [{ session: [] }],
      response: { 200: ref(SavedAssessmentListSchema), ...ERROR_RESPONSES },
    },
  }, async (request) => {
    const records = await app.store.assessments.list(userIdOf(request));
    await request.audit('assessment.list', 'assessment', null, 'ok');
    return { assessments: records.map(toSavedAssessment) };
  });

  app.get('/api/v1/assessments/:id', {
    config: { auth: 'user' },
    schema: {
      tags: ['assessment'],
      summary: 'One saved assessment',
      security: [{ session: [] }],
      params: IdParamsSchema,
      response: { 200: ref(SavedAssessmentSchema), ...ERROR_RESPONSES },
    },
  }, async (request) => {
    const record = await app.store.assessments.get(userIdOf(request), request.params.id);
    await request.audit('assessment.read', 'assessment', request.params.id, record ? 'ok' : 'not_found');
    if (!record) throw notFound('saved assessment', 'id');
    return toSavedAssessment(record);
  });

  app.delete('/api/v1/assessments/:id', {
    config: { auth: 'user' },
    schema: {
      tags: ['assessment'],
      summary: 'Delete a saved assessment',
      security: [{ session: [], csrf: [] }],
      params: IdParamsSchema,
      response: { 204: NO_CONTENT, ...ERROR_RESPONSES },
    },
  }, async (request, reply) => {
    const deleted = await app.store.assessments.delete(userIdOf(request), request.params.id);
    await request.audit('assessment.delete', 'assessment', request.params.id, deleted ? 'ok' : 'not_found');
    if (!deleted) throw notFound('saved assessment', 'id');
    return reply.code(204).send(null);
  });
};
