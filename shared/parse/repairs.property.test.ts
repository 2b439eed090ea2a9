/**
 * Property: whatever mix of paste faults a text has — '=' for ':', Word or single quotes, bare keys,
 * comments, trailing or missing commas, NBSP and zero-width characters — applying the suggested
 * repairs gives back exactly the value it was written from: the text parses and no string changed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJson } from './json';
import { applyRepairs, detectRepairs } from './repairs';

// Characters that look like syntax (and tempt a naive repair) inside strings and keys.
const tricky = fc.constantFrom('a', 'ệ', ' ', '“', '”', '‘', '’', '=', ':', '/', '*', ',', '}', ']', "'", '"', '\\', '\u00a0', '\u200b', '\n', '#');
const values = fc.jsonValue({ maxDepth: 3, stringUnit: tricky });

type Gen = (arb: () => fc.Arbitrary<number>) => number;

/** Writes `value` as JSON, choosing a paste fault at every place where one can occur. */
function faulty(value: unknown, pick: (n: number) => number, indent = ''): string {
  const ws = () => ['', ' ', '\u00a0', '\u200b', ' /* c */ '][pick(5)];
  const safe = (s: string) => !/[“”„‟″‘’‚‛′"'\\\n\r\u2028\u2029\u0000-\u001f]/.test(s);
  const str = (s: string, asKey: boolean) => {
    const j = JSON.stringify(s);
    const choice = pick(asKey ? 4 : 3);
    if (choice === 1 && safe(s)) return `“${s}”`;
    if (choice === 2 && safe(s)) return `'${s}'`;
    if (choice === 3 && /^[A-Za-z_$][\w$]*$/.test(s)) return s;
    return j;
  };
  if (typeof value === 'string') return str(value, false);
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const inner = `${indent}  `;
  const entries = Array.isArray(value) ? value.map((v) => faulty(v, pick, inner)) : Object.entries(value).map(([k, v]) => `${str(k, true)}${[': ', ' = ', ':'][pick(3)]}${faulty(v, pick, inner)}`);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (entries.length === 0) return `${open}${ws()}${close}`;
  let out = `${open}\n`;
  entries.forEach((e, i) => {
    const last = i === entries.length - 1;
    const comment = pick(6) === 0 ? ' // ghi chú' : '';
    // A missing comma is only repaired at a line end (pasted lines), so it is only made there.
    const comma = last ? (pick(3) === 0 ? ',' : '') : pick(5) === 0 ? '' : ',';
    out += `${inner}${ws()}${e}${comma}${comment}\n`;
  });
  return `${out}${indent}${close}`;
}

describe('repairs (property)', () => {
  it('applying the suggested repairs restores the value, strings untouched', () => {
    fc.assert(
      fc.property(values, fc.gen(), (value, gen: unknown) => {
        const pick = (n: number) => (gen as Gen)(() => fc.nat({ max: n - 1 }));
        const text = faulty(value, pick);
        const outcome = parseJson(text);
        const repaired = outcome.ok ? text : applyRepairs(text, outcome.repairs);
        const back = parseJson(repaired);
        expect(back.ok, `${text}\n---\n${repaired}`).toBe(true);
        if (back.ok) expect(back.value).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      // Shrinking these nested texts takes minutes; the first counterexample is reported as found.
      { numRuns: 400, endOnFailure: true },
    );
  });

  it('valid JSON full of look-alike characters inside strings gets no repair at all', () => {
    fc.assert(
      fc.property(values, fc.constantFrom(0, 2, '\t'), (value, indent) => {
        expect(detectRepairs(JSON.stringify(value, null, indent))).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });
});
