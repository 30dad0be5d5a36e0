import { describe, expect, it } from 'vitest';
import { splitJsonValues } from './json-values.js';

const values = (text: string) => splitJsonValues(text).map((p) => (p.ok ? p.value : `ERROR@${p.line}`));

describe('splitJsonValues', () => {
  it('reads one pretty-printed object', () => {
    expect(values('\ufeff{\n  "age": 40,\n  "evidence": { "a": true }\n}\n')).toEqual([{ age: 40, evidence: { a: true } }]);
  });

  it('reads one object a line, and pretty objects one after another, with their starting lines', () => {
    expect(splitJsonValues('{"age": 1}\n\n{"age": 2}\r\n{\n "age": 3\n}{"age":4}').map((p) => [p.line, p.ok && p.value])).toEqual([
      [1, { age: 1 }],
      [3, { age: 2 }],
      [4, { age: 3 }],
      [6, { age: 4 }],
    ]);
  });

  it('keeps braces inside strings out of the nesting', () => {
    expect(values('{"id": "a } { \\" b"}\n{"id": "c"}')).toEqual([{ id: 'a } { " b' }, { id: 'c' }]);
  });

  it('refuses a bad line alone and keeps the good cases around it', () => {
    expect(values('{"age": 1}\nnot json\n{"age": 2,\n{"age": 3}\n{"id": "cut\n{"age": 4}')).toEqual([
      { age: 1 },
      'ERROR@2',
      'ERROR@3',
      { age: 3 },
      'ERROR@5',
      { age: 4 },
    ]);
  });

  it('gives nothing for an empty or blank text', () => {
    expect(splitJsonValues('')).toEqual([]);
    expect(splitJsonValues(' \n\t\n')).toEqual([]);
  });
});
