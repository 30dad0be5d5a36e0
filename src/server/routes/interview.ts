/**
 * POST /api/v1/interview: the answers so far → the next small step of questions, with
 * `emergency` present the moment the answers make it one. Anonymous, stores nothing.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { nextQuestions } from '../../engine/interview.js';
import { InterviewRequestSchema, InterviewStepSchema } from '../../schemas/interview.js';
import { costOf } from '../plugins/cost-limits.js';
import { ref } from '../schema-registry.js';
import { ERROR_RESPONSES } from './responses.js';

export const interviewRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post('/api/v1/interview', {
    config: { rateLimit: costOf('interview') },
    schema: {
      tags: ['assessment'],
      summary: 'The next questions of the adaptive interview',
      body: ref(InterviewRequestSchema),
      response: { 200: ref(InterviewStepSchema), ...ERROR_RESPONSES },
    },
  }, async (request) => {
    const { case: partial, skipped, max } = request.body;
    return nextQuestions(partial, { skipped, max });
  });
};
