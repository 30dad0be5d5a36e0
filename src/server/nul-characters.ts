/**
 * The NUL character (U+0000) has no place in any field of this API, and PostgreSQL cannot store
 * it in text at all (22021), where SQLite would keep it silently: request bodies holding one are
 * refused with 400 naming the field, the same on either database. JSON can only carry it
 * escaped, so a body whose text has no `\u0000` is not walked at all.
 */
export function nulFieldOf(text: string, value: unknown): string | undefined {
  if (!text.includes('\\u0000')) return undefined;
  return find(value, '');
}

function join(base: string, name: string): string {
  return base ? `${base}.${name}` : name;
}

function find(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path || 'body' : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = find(value[i], join(path, String(i)));
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (key.includes('\u0000')) return path || 'body';
      const found = find(child, join(path, key));
      if (found !== undefined) return found;
    }
  }
  return undefined;
}
