/**
 * JSON for assessments, byte for byte what `JSON.stringify` gives, but fast. Two thirds of an
 * assessment is the knowledge base's own text in frozen objects shared between assessments
 * (treatment advice without cautions, exercises, referrals): their JSON is written once and
 * reused. Long strings (explanations, reasons) are escaped once too. Escaping 24 KB of text on
 * every answer cost the HTTP API more than the whole assessment.
 */

const frozenJson = new WeakMap<object, string>();
const stringJson = new Map<string, string>();
const keyJson = new Map<string, string>();
/** Long strings are mostly the knowledge base's; a bound keeps one-off texts from piling up. */
const MAX_STRINGS = 20_000;
const LONG = 24;

export function assessmentJson(value: unknown): string {
  const parts: string[] = [];
  // Pieces are gathered and joined once: a string grown by `+=` is a rope of thousands of
  // nodes, and flattening it when the reply is measured and sent cost more than writing it.
  if (!write(value, parts)) return 'null';
  return parts.join('');
}

/** Pushes the JSON of `value` onto `out`; false (nothing pushed) for what JSON leaves out. */
function write(value: unknown, out: string[]): boolean {
  switch (typeof value) {
    case 'string':
      out.push(stringOf(value));
      return true;
    case 'number':
    case 'boolean':
      out.push(JSON.stringify(value));
      return true;
    case 'object':
      if (value === null) out.push('null');
      else if (Object.isFrozen(value)) out.push(frozenOf(value));
      else compose(value, out);
      return true;
    default:
      // undefined, functions and symbols are left out of objects, like JSON.stringify does.
      return false;
  }
}

function stringOf(s: string): string {
  if (s.length < LONG) return JSON.stringify(s);
  let json = stringJson.get(s);
  if (json === undefined) {
    json = JSON.stringify(s);
    if (stringJson.size >= MAX_STRINGS) stringJson.clear();
    stringJson.set(s, json);
  }
  return json;
}

/** `"key":`, written once per key: an assessment has a few dozen distinct keys. */
function keyOf(key: string): string {
  let json = keyJson.get(key);
  if (json === undefined) {
    json = JSON.stringify(key) + ':';
    if (keyJson.size < 1000) keyJson.set(key, json);
  }
  return json;
}

function frozenOf(value: object): string {
  let json = frozenJson.get(value);
  if (json === undefined) {
    const parts: string[] = [];
    compose(value, parts);
    json = parts.join('');
    // Only what can never change is remembered: frozen all the way down.
    if (isDeepFrozen(value)) frozenJson.set(value, json);
  }
  return json;
}

const deepFrozen = new WeakMap<object, boolean>();

function isDeepFrozen(value: object): boolean {
  let known = deepFrozen.get(value);
  if (known === undefined) {
    known = Object.isFrozen(value) && Object.values(value).every((v) => typeof v !== 'object' || v === null || isDeepFrozen(v));
    deepFrozen.set(value, known);
  }
  return known;
}

function compose(value: object, out: string[]): void {
  if ('toJSON' in value && typeof value.toJSON === 'function') {
    out.push(JSON.stringify(value));
    return;
  }
  if (Array.isArray(value)) {
    out.push('[');
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out.push(',');
      if (!write(value[i], out)) out.push('null');
    }
    out.push(']');
    return;
  }
  out.push('{');
  let first = true;
  for (const key of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[key];
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
    out.push(first ? keyOf(key) : `,${keyOf(key)}`);
    write(v, out);
    first = false;
  }
  out.push('}');
}
