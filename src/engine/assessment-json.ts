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
  return write(value) ?? 'null';
}

function write(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return stringOf(value);
    case 'number':
    case 'boolean':
      return JSON.stringify(value);
    case 'object':
      if (value === null) return 'null';
      return Object.isFrozen(value) ? frozenOf(value) : compose(value);
    default:
      // undefined, functions and symbols are left out of objects, like JSON.stringify does.
      return undefined;
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
    json = compose(value);
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

function compose(value: object): string {
  if ('toJSON' in value && typeof value.toJSON === 'function') return JSON.stringify(value);
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i === 0 ? '' : ',') + (write(value[i]) ?? 'null');
    return out + ']';
  }
  let out = '{';
  let first = true;
  for (const key of Object.keys(value)) {
    const json = write((value as Record<string, unknown>)[key]);
    if (json === undefined) continue;
    out += first ? keyOf(key) + json : ',' + keyOf(key) + json;
    first = false;
  }
  return out + '}';
}
