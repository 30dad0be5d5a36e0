/**
 * Interning of assessment parts. The same picture gives the same parts (a triage with the same
 * rules and reasons, the same list of treatments...), and real cases fall into a limited number
 * of pictures. Each part is built once per distinct key, deeply frozen and shared; the JSON writer
 * (assessment-json.ts) then writes its text once too. Outputs are exactly what building them anew
 * would give, so this is memoisation, invisible but for speed. Tables are bounded: past `max`
 * entries a table starts afresh, so one-off pictures cannot pile up.
 */
export class Interner<T> {
  private readonly table = new Map<string, T>();
  constructor(private readonly max = 20_000) {}

  get(key: string, make: () => T): T {
    let value = this.table.get(key);
    if (value === undefined) {
      value = deepFreeze(make());
      if (this.table.size >= this.max) this.table.clear();
      this.table.set(key, value);
    }
    return value;
  }
}

export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
