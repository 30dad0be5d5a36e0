/**
 * Interning of assessment parts. The same picture gives the same parts (a triage with the same
 * rules and reasons, the same list of treatments...), and real cases fall into a limited number
 * of pictures. Each part is built once per distinct key, deeply frozen and shared; the JSON writer
 * (assessment-json.ts) then writes its text once too. Outputs are exactly what building them anew
 * would give, so this is memoisation, invisible but for speed.
 *
 * A key is a short list of small integers (rule, pattern and evidence numbers), hashed and compared
 * as numbers: string keys cost more to build, flatten and hash than the part they saved.
 * Tables are bounded: past `max` entries a table starts afresh, so one-off pictures cannot pile up.
 */
interface Entry<T> {
  readonly key: readonly number[];
  readonly value: T;
}

export class Interner<T> {
  private readonly buckets = new Map<number, Entry<T>[]>();
  private size = 0;
  constructor(private readonly max = 20_000) {}

  get(key: readonly number[], make: () => T): T {
    const hash = hashOf(key);
    let bucket = this.buckets.get(hash);
    if (bucket !== undefined) for (const entry of bucket) if (sameKey(entry.key, key)) return entry.value;
    const value = deepFreeze(make());
    if (this.size >= this.max) {
      this.buckets.clear();
      this.size = 0;
      bucket = undefined;
    }
    if (bucket === undefined) this.buckets.set(hash, (bucket = []));
    bucket.push({ key: key.slice(), value });
    this.size++;
    return value;
  }
}

/** FNV-1a over 32-bit integers. */
function hashOf(key: readonly number[]): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ (key[i]! | 0), 0x01000193);
  return h ^ key.length;
}

function sameKey(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
