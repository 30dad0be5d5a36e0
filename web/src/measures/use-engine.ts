/** The engine chunk as a hook: null until it has loaded (it is usually in the cache already). */
import { useEffect, useState } from 'preact/hooks';
import { loadEngine, type Engine } from '../engine/load-engine.js';

export function useEngine(): { engine: Engine | null; failed: boolean } {
  const [engine, setEngine] = useState<Engine | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    loadEngine()
      .then((e) => live && setEngine(e))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, []);
  return { engine, failed };
}
