/**
 * Splits a text into the JSON values it holds, so one reader takes a single pretty-printed case,
 * one case a line (JSON Lines), or pretty cases one after another. Each piece is parsed on its
 * own: one bad case is refused without losing the cases around it.
 */

export type JsonPiece =
  | { readonly ok: true; readonly line: number; readonly value: unknown }
  | { readonly ok: false; readonly line: number; readonly error: string };

export function splitJsonValues(text: string): JsonPiece[] {
  const pieces: JsonPiece[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; // a byte-order mark from some editors
  let line = 1;
  const n = text.length;
  while (i < n) {
    const ch = text[i]!;
    if (ch === '\n') {
      line++;
      i++;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r') {
      i++;
      continue;
    }
    const start = i;
    const startLine = line;
    let end: number;
    if (ch === '{' || ch === '[') {
      end = endOfContainer(text, start);
    } else {
      // Not an object: take the rest of the line as one (bad or scalar) value.
      end = text.indexOf('\n', start);
      if (end === -1) end = n;
    }
    const chunk = text.slice(start, end);
    for (let k = 0; k < chunk.length; k++) if (chunk.charCodeAt(k) === 10) line++;
    i = end;
    try {
      pieces.push({ ok: true, line: startLine, value: JSON.parse(chunk) });
    } catch (error) {
      pieces.push({ ok: false, line: startLine, error: `not valid JSON (${error instanceof Error ? error.message : String(error)})` });
    }
  }
  return pieces;
}

/**
 * The index just past the bracket that closes the one at `start`, skipping strings. A value that
 * starts as a one-line case (more on its first line than the bracket) and is still open when a
 * later line starts with `{` was truncated: it ends at its own line, so it does not swallow the
 * good cases after it. Pretty-printed cases open with a bracket alone on their line.
 */
function endOfContainer(text: string, start: number): number {
  const firstLineEnd = lineEnd(text, start);
  const oneLine = text.slice(start + 1, firstLineEnd).trim().length > 0;
  let depth = 0;
  let inString = false;
  let lineStart = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      else if (c === '\n') {
        // JSON strings never hold a raw newline: the string was cut short.
        inString = false;
        lineStart = true;
      }
      continue;
    }
    if (c === '\n') {
      lineStart = true;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') continue;
    if (lineStart && oneLine && c === '{' && depth > 0) return firstLineEnd;
    lineStart = false;
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return text.length;
}

function lineEnd(text: string, i: number): number {
  const end = text.indexOf('\n', i);
  return end === -1 ? text.length : end;
}
