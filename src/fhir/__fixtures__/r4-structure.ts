/**
 * A structural check of the R4 resources this module writes, against the base specification:
 * required elements and their code sets (resourceType, status, code, subject...), the
 * invariants that apply to them (ele-1 no empty elements, ref-1, ext-1, que-1/5/6, bdl-7), and
 * the formats of id, uri and dateTime. Not a full validator: the rules of the resources we use.
 * Returns the problems found, each with its path; none means the resource passed.
 */
const ID = /^[A-Za-z0-9\-.]{1,64}$/;
const DATE_TIME = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d{1,9})?(Z|[+-]((0\d|1[0-3]):[0-5]\d|14:00)))?)?)?$/;
const ABSOLUTE_URI = /^(https?:\/\/\S+|urn:(uuid|oid):\S+)$/;
const VALUE_KEY = /^value[A-Z]/;

const STATUS: Record<string, readonly string[]> = {
  Questionnaire: ['draft', 'active', 'retired', 'unknown'],
  QuestionnaireResponse: ['in-progress', 'completed', 'amended', 'entered-in-error', 'stopped'],
  Observation: ['registered', 'preliminary', 'final', 'amended', 'corrected', 'cancelled', 'entered-in-error', 'unknown'],
  RiskAssessment: ['registered', 'preliminary', 'final', 'amended', 'corrected', 'cancelled', 'entered-in-error', 'unknown'],
  ClinicalImpression: ['in-progress', 'completed', 'entered-in-error'],
};
const ITEM_TYPES = ['group', 'display', 'boolean', 'decimal', 'integer', 'date', 'dateTime', 'time', 'string', 'text', 'url', 'choice', 'open-choice', 'attachment', 'reference', 'quantity'];
const BUNDLE_TYPES = ['document', 'message', 'transaction', 'transaction-response', 'batch', 'batch-response', 'history', 'searchset', 'collection'];

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export function r4Problems(resource: unknown): string[] {
  const problems: string[] = [];
  const say = (path: string, problem: string) => problems.push(`${path}: ${problem}`);
  if (!isObject(resource) || typeof resource.resourceType !== 'string') return ['resource: needs a resourceType'];
  const type = resource.resourceType;
  noEmptyElements(resource, type, say);
  if (resource.id !== undefined && (typeof resource.id !== 'string' || !ID.test(resource.id))) say(`${type}.id`, 'is not a FHIR id');
  const statuses = STATUS[type];
  if (statuses && !statuses.includes(resource.status as string)) say(`${type}.status`, `must be one of ${statuses.join(', ')}`);
  walk(resource, type, say);
  switch (type) {
    case 'Bundle':
      bundle(resource, say);
      break;
    case 'Questionnaire':
      questionnaire(resource, say);
      break;
    case 'QuestionnaireResponse':
      for (const [path, item] of items(resource, 'QuestionnaireResponse')) {
        if (typeof item.linkId !== 'string') say(path, 'item needs a linkId');
        for (const [i, answer] of ((item.answer as Json[] | undefined) ?? []).entries()) {
          if (Object.keys(answer).filter((k) => VALUE_KEY.test(k)).length !== 1) say(`${path}.answer[${i}]`, 'needs exactly one value[x]');
        }
      }
      break;
    case 'Observation':
      codeableConcept(resource.code, `${type}.code`, say, true);
      if (Object.keys(resource).filter((k) => VALUE_KEY.test(k)).length > 1) say(type, 'has more than one value[x]');
      break;
    case 'RiskAssessment':
    case 'ClinicalImpression':
      if (resource.subject === undefined) say(`${type}.subject`, 'is required');
      break;
  }
  return problems;
}

function noEmptyElements(value: unknown, path: string, say: (p: string, m: string) => void): void {
  if (value === null || value === undefined || value === '') say(path, 'is empty (ele-1)');
  else if (Array.isArray(value)) {
    if (value.length === 0) say(path, 'is an empty array (ele-1)');
    value.forEach((v, i) => noEmptyElements(v, `${path}[${i}]`, say));
  } else if (isObject(value)) {
    if (Object.keys(value).length === 0) say(path, 'is an empty object (ele-1)');
    for (const [k, v] of Object.entries(value)) noEmptyElements(v, `${path}.${k}`, say);
  }
}

/** Data types found by their element names, anywhere in the resource. */
function walk(value: unknown, path: string, say: (p: string, m: string) => void): void {
  if (Array.isArray(value)) return value.forEach((v, i) => walk(v, `${path}[${i}]`, say));
  if (!isObject(value)) return;
  for (const [key, v] of Object.entries(value)) {
    const at = `${path}.${key}`;
    if (key === 'extension') extensions(v, at, say);
    if (key === 'coding') codings(v, at, say);
    if (key === 'note') for (const [i, n] of (v as Json[]).entries()) if (typeof n.text !== 'string') say(`${at}[${i}]`, 'Annotation needs text');
    if (/(DateTime|^timestamp|^authored|^date)$/.test(key) && (typeof v !== 'string' || !DATE_TIME.test(v))) say(at, 'is not a FHIR dateTime');
    if (isReferenceKey(key, path)) for (const [i, r] of (Array.isArray(v) ? v : [v]).entries()) reference(r, `${at}[${i}]`, say);
    if (key !== 'resource' || !isObject(v)) walk(v, at, say);
  }
}

const REFERENCE_KEYS = new Set(['subject', 'basis', 'derivedFrom', 'itemReference', 'prognosisReference', 'supportingInfo', 'hasMember', 'focus']);
/** ClinicalImpression.finding.basis is the one `basis` that is a string, not a Reference. */
function isReferenceKey(key: string, path: string): boolean {
  return REFERENCE_KEYS.has(key) && !(key === 'basis' && /\.finding\[\d+\]$/.test(path));
}

function reference(r: unknown, path: string, say: (p: string, m: string) => void): void {
  if (!isObject(r)) return say(path, 'Reference must be an object');
  if (r.reference === undefined && r.identifier === undefined && r.display === undefined) say(path, 'Reference needs reference, identifier or display (ref-1)');
}

function extensions(list: unknown, path: string, say: (p: string, m: string) => void): void {
  if (!Array.isArray(list)) return say(path, 'must be an array');
  list.forEach((e: unknown, i) => {
    if (!isObject(e) || typeof e.url !== 'string' || !ABSOLUTE_URI.test(e.url)) return say(`${path}[${i}]`, 'Extension needs an absolute url');
    const values = Object.keys(e).filter((k) => VALUE_KEY.test(k)).length;
    if ((values === 1) === (e.extension !== undefined)) say(`${path}[${i}]`, 'Extension needs a value[x] or extensions, not both (ext-1)');
  });
}

function codings(list: unknown, path: string, say: (p: string, m: string) => void): void {
  if (!Array.isArray(list)) return say(path, 'must be an array');
  list.forEach((c: unknown, i) => {
    if (!isObject(c) || typeof c.code !== 'string') return say(`${path}[${i}]`, 'Coding needs a code');
    if (typeof c.system !== 'string' || !ABSOLUTE_URI.test(c.system)) say(`${path}[${i}]`, 'Coding needs an absolute system');
  });
}

function codeableConcept(value: unknown, path: string, say: (p: string, m: string) => void, required: boolean): void {
  if (value === undefined) return required ? say(path, 'is required') : undefined;
  if (!isObject(value) || (value.coding === undefined && value.text === undefined)) say(path, 'CodeableConcept needs coding or text');
}

function* items(node: Json, path: string): Generator<[string, Json]> {
  for (const [i, item] of ((node.item as Json[] | undefined) ?? []).entries()) {
    const at = `${path}.item[${i}]`;
    yield [at, item];
    yield* items(item, at);
    for (const [j, answer] of ((item.answer as Json[] | undefined) ?? []).entries()) yield* items(answer, `${at}.answer[${j}]`);
  }
}

function questionnaire(q: Json, say: (p: string, m: string) => void): void {
  if (typeof q.url !== 'string' || !ABSOLUTE_URI.test(q.url)) say('Questionnaire.url', 'should be an absolute canonical URL');
  const seen = new Set<string>();
  for (const [path, item] of items(q, 'Questionnaire')) {
    const { linkId, type } = item;
    if (typeof linkId !== 'string') say(path, 'item needs a linkId');
    else if (seen.has(linkId)) say(path, `linkId ${linkId} is not unique`);
    else seen.add(linkId);
    if (typeof type !== 'string' || !ITEM_TYPES.includes(type)) say(path, 'item needs a valid type');
    const children = (item.item as unknown[] | undefined)?.length ?? 0;
    if (type === 'group' && children === 0) say(path, 'a group needs items (que-1)');
    if (type === 'display' && children > 0) say(path, 'a display item has no items (que-1)');
    if (item.answerOption !== undefined && type !== 'choice' && type !== 'open-choice') say(path, 'answerOption only on choice items (que-5)');
    if (type === 'display' && (item.required !== undefined || item.repeats !== undefined)) say(path, 'display items are neither required nor repeating (que-6)');
  }
}

function bundle(b: Json, say: (p: string, m: string) => void): void {
  if (!BUNDLE_TYPES.includes(b.type as string)) say('Bundle.type', 'is not a bundle type');
  const fullUrls = new Set<string>();
  for (const [i, entry] of ((b.entry as Json[] | undefined) ?? []).entries()) {
    const path = `Bundle.entry[${i}]`;
    if (!isObject(entry.resource)) say(path, 'needs a resource');
    if (typeof entry.fullUrl === 'string') {
      if (fullUrls.has(entry.fullUrl)) say(path, 'fullUrl is not unique (bdl-7)');
      fullUrls.add(entry.fullUrl);
    }
    for (const p of r4Problems(entry.resource)) say(path, p);
  }
}
