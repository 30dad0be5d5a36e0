/** GET /api/v1/knowledge, fetched once per page load and shared by Learn and the dashboard. */
import { api } from './client.js';
import type { Knowledge } from '../../../src/knowledge/index.js';

export type { Knowledge };
export type LearnSection = Knowledge['learn'][number];
export type LearnItem = LearnSection['items'][number];

let cached: Promise<Knowledge> | null = null;

export function loadKnowledge(): Promise<Knowledge> {
  cached ??= api<Knowledge>('GET', '/api/v1/knowledge').catch((error: unknown) => {
    cached = null;
    throw error;
  });
  return cached;
}
