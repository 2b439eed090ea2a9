/**
 * Messages are rendered from templates cut once at their placeholders (messages.ts), not by a
 * regular-expression replace per issue, and repeated texts are shared; paths are written as flat
 * strings (emit.ts). These property tests hold each equal to the straightforward way on inputs
 * built to hit the borders: unknown and repeated placeholders, braces that are not placeholders,
 * Localized parameters with an empty language, numbers, values that could pass for two.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Localized } from '../i18n/localized';
import { formatPath, type PathSegment } from '../issues/issue';
import { childPath, issuePath } from './emit';
import { forgetFilledTexts, render, type MessageParam } from './messages';

/** Rendering as first written: one replace per language. */
function referenceRender(text: Localized, params: Record<string, MessageParam>): Localized {
  const sub = (s: string, lang: 'vi' | 'en') =>
    s.replace(/\{(\w+)\}/g, (m, k: string) => {
      const v = params[k];
      if (v === undefined) return m;
      return typeof v === 'object' ? v[lang] || v.vi : String(v);
    });
  return { vi: sub(text.vi, 'vi'), en: sub(text.en, 'en') };
}

const names = ['field', 'label', 'value', 'codes', 'x_1', 'constructor'];
const piece = fc.oneof(fc.constantFrom(...names.map((n) => `{${n}}`), '{', '}', '{}', '{ field}', '{{field}}', '$&', '$1', 'Trường ', ' = "', '".', 'đ'), fc.string({ maxLength: 4 }));
const template = fc.array(piece, { maxLength: 10 }).map((p) => p.join(''));
const param = fc.oneof(fc.string({ maxLength: 6 }), fc.integer(), fc.record({ vi: fc.constantFrom('', 'nhãn', '{field}', '$&'), en: fc.constantFrom('', 'label') }));
const params = fc.dictionary(fc.constantFrom(...names.slice(0, 5)), param, { maxKeys: 5 });

describe('message rendering from cut templates', () => {
  it('gives the same texts when it answers from its memory of filled texts', () => {
    // Few templates, few values: most renders are repeats. Values that could pass for two
    // (digits, colons, the separator-like characters) must never be confused.
    const few = fc.constantFrom('{field} = "{value}" ({label})', 'Chọn {label}.', '{value}{label}', 'x {field}:{value} y');
    const tricky = fc.constantFrom('', 'a', 'b', '1', '1:', ':1', '1:a', '3:1:a', 'a\u0000b', 'b\u0000', '\u0000', '2:ab', 'ab', { vi: '1:', en: '' }, 7, 17);
    const pool = fc.dictionary(fc.constantFrom('field', 'value', 'label'), tricky, { maxKeys: 3 });
    fc.assert(
      fc.property(fc.array(fc.tuple(few, few, pool), { minLength: 1, maxLength: 40 }), fc.boolean(), (renders, forget) => {
        if (forget) forgetFilledTexts();
        for (const [vi, en, p] of renders) expect(render({ vi, en }, p)).toEqual(referenceRender({ vi, en }, p));
      }),
      { numRuns: 3000 },
    );
  });

  it('fills placeholders exactly as the regular-expression replace did', () => {
    fc.assert(
      fc.property(template, template, params, (vi, en, p) => {
        expect(render({ vi, en }, p)).toEqual(referenceRender({ vi, en }, p));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('issue paths', () => {
  const segment = fc.oneof(fc.nat(30), fc.constantFrom('data', 'TaiLieuNop', 'MaHoSo', '', 'a.b', '[0]', 'Tên'));
  it('are written exactly as formatPath writes them', () => {
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 7 }), segment, (segments: PathSegment[], key) => {
        expect(issuePath(segments)).toBe(formatPath(segments));
        const child = childPath(segments, key);
        expect(child).toEqual([...segments, key]);
        expect(issuePath(child)).toBe(formatPath([...segments, key]));
      }),
      { numRuns: 3000 },
    );
  });
});
