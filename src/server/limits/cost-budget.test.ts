import { describe, expect, it } from 'vitest';
import { CostBudget } from './cost-budget.js';

describe('CostBudget', () => {
  it('lets a client spend its units in a window, then refuses it until the window ends', () => {
    const budget = new CostBudget({ windowMs: 10_000, clientUnits: 100, instanceUnits: 10_000 });
    const taken = Array.from({ length: 60 }, () => budget.take('a', 2, 1_000));
    expect(taken.filter((t) => t.allowed)).toHaveLength(50);
    expect(taken.at(-1)).toEqual({ allowed: false, used: 100, resetMs: 9_000, refusedFor: 'client' });
    expect(budget.take('a', 2, 9_999).allowed).toBe(false);
    expect(budget.take('a', 2, 10_000)).toEqual({ allowed: true, used: 2, resetMs: 10_000 });
  });

  it('counts a dear request as many cheap ones (a PDF against assessments)', () => {
    const budget = new CostBudget({ windowMs: 10_000, clientUnits: 200, instanceUnits: 10_000 });
    let pdfs = 0;
    while (budget.take('pdf', 40, 0).allowed) pdfs++;
    let assessments = 0;
    while (budget.take('assess', 2, 0).allowed) assessments++;
    expect({ pdfs, assessments }).toEqual({ pdfs: 5, assessments: 100 });
  });

  it('keeps a fair share for a light client once a heavy one has spent the instance budget', () => {
    const budget = new CostBudget({ windowMs: 10_000, clientUnits: 1_000, instanceUnits: 600 });
    let heavy = 0;
    while (budget.take('heavy', 40, 0).allowed) heavy++;
    // The heavy client had the instance to itself, so it could spend all of it...
    expect(heavy * 40).toBeLessThanOrEqual(640);
    expect(budget.take('heavy', 40, 1).refusedFor).toBe('share');
    // ...but a newcomer still gets its share (600 / 2 clients) while the heavy one stays refused.
    const light = Array.from({ length: 10 }, () => budget.take('light', 2, 2));
    expect(light.every((t) => t.allowed)).toBe(true);
    expect(budget.take('heavy', 40, 3).allowed).toBe(false);
  });

  it('folds clients beyond maxClients into one shared count', () => {
    const budget = new CostBudget({ windowMs: 1_000, clientUnits: 10, instanceUnits: 1_000_000, maxClients: 2 });
    expect(budget.take('a', 10, 0).allowed).toBe(true);
    expect(budget.take('b', 10, 0).allowed).toBe(true);
    expect(budget.take('c', 10, 0).allowed).toBe(true);
    expect(budget.take('d', 10, 0)).toMatchObject({ allowed: false, refusedFor: 'client' });
  });
});
