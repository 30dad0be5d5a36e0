/**
 * How many screens the interview takes, measured by playing it on every vignette set in the
 * repository (engine/interview-simulation.ts; `npm run bench -- interview`): the start page
 * states it, and a test fails when the interview changes and this is no longer true. Its own
 * file, so the start page's first bundle carries nothing else of the plan.
 */
export const TYPICAL_SCREENS = { median: 15, p90: 18 } as const;
