/** The engine chunk, fetched once after first paint and shared by the interview, results and Learn. */
import type * as EngineModule from './engine.js';

export type Engine = typeof EngineModule;

let loading: Promise<Engine> | null = null;

export function loadEngine(): Promise<Engine> {
  loading ??= import('./engine.js').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
