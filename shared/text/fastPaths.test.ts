/**
 * The text-integrity lens runs on every string of every record, so its common case has fast
 * paths: clean Vietnamese recognised by one pass over a character table (cleanText.ts), a per-field
 * memory of clean values, a walk that looks keys up only when it has to. These property tests hold
 * each of them equal to the straightforward reading it replaces, on strings and documents built to
 * hit the borders: separators, tones, combining marks, invisible characters, mojibake, odd keys.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PathSegment } from '../issues/issue';
import { childSpec, findField } from '../mask/specWalk';
import { DONG_BO_HO_SO_MC } from '../spec/kinds/dossierSpec';
import type { FieldSpec, ObjectSpec } from '../spec/types';
import { isVietnameseLetter, isVietnameseSyllable, WORD_SEPARATORS } from './alphabet';
import { isCleanVietnamese } from './cleanText';
import { allStringsClean, cleanTextMemo, isCleanText, isCodeField, isPlainAscii, scanDocument, scanValue, type LocatedTextProblem } from './scan';

/** Clean Vietnamese as first written: a character test, then a split into words, each word judged. */
function referenceClean(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if ((c >= 0x20 && c < 0x7f) || c === 0x09 || c === 0x0a || c === 0x0d) continue;
    if (!isVietnameseLetter(value[i])) return false;
  }
  for (const word of value.split(WORD_SEPARATORS)) {
    if (word && /[^\x00-\x7f]/.test(word) && !isVietnameseSyllable(word)) return false;
  }
  return true;
}

/** Every string of a document with its problems, walked the plain way: a field lookup per key. */
function referenceScan(value: unknown, spec: ObjectSpec | undefined): LocatedTextProblem[] {
  const out: LocatedTextProblem[] = [];
  const walk = (v: unknown, s: ObjectSpec | undefined, field: FieldSpec | undefined, key: string | undefined, path: PathSegment[]) => {
    if (typeof v === 'string') {
      for (const p of scanValue(v, isCodeField(field, key))) out.push({ ...p, path, key });
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => walk(item, s, field, key, [...path, i]));
    } else if (v !== null && typeof v === 'object') {
      for (const k in v as Record<string, unknown>) {
        const f = findField(s, k);
        walk((v as Record<string, unknown>)[k], childSpec(f), f, k, [...path, k]);
      }
    }
  };
  walk(value, spec, undefined, undefined, []);
  return out;
}

const WORDS = ['Nguyễn', 'Thị', 'Minh', 'Hằng', 'Đắk', 'Lắk', 'nghiêng', 'Trường', 'UBND', 'xã', 'Hà', 'Giang', 'huyện', 'Bắc', 'Quang', 'cấp', 'giấy', 'phép', 'ĐĂNG', 'KÝ', 'Hoà', 'Hòa', 'Müller', 'µg', 'ml'];
/** Pieces that make or break clean text: separators, tones, NFD marks, invisible and foreign characters. */
const PIECES = [
  ...WORDS,
  ...' .,;:-–—_/()"\'0123456789\t\n\r',
  ...'aăâeêioôơuưyđAĂÂĐ',
  'ễ'.normalize('NFD'),
  '\u0301',
  '\u00a0',
  '\u200b',
  '\u00ad',
  '“',
  '”',
  '€',
  'Ã',
  '»',
  'Ñ',
  '\ud83d\ude00',
  '\ud800',
  '$',
  'z',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((parts) => parts.join(''));
const mostlyClean = fc.array(fc.constantFrom(...WORDS, ' ', ' ', ', ', '-', '0'), { maxLength: 10 }).map((parts) => parts.join(''));

describe('clean Vietnamese, read in one pass', () => {
  it('agrees with the character test and word split it replaces', () => {
    fc.assert(
      fc.property(fc.oneof(text, mostlyClean, fc.string({ unit: 'grapheme' })), (s) => {
        expect(isCleanVietnamese(s), JSON.stringify(s)).toBe(referenceClean(s));
      }),
      { numRuns: 20000 },
    );
  });

  it('keeps agreeing once its table of syllables has filled with a batch of names', () => {
    const many = Array.from({ length: 3000 }, (_, i) => `${WORDS[i % WORDS.length]} ${WORDS[(i * 7) % WORDS.length]}${i % 5 === 0 ? '\u0301' : ''}`);
    for (const s of many) expect(isCleanVietnamese(s), s).toBe(referenceClean(s));
  });
});

describe('isCleanText and its per-field memory', () => {
  it('never calls a string with a problem clean', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (s, code) => {
        if (isCleanText(s)) expect(scanValue(s, code)).toEqual([]);
      }),
      { numRuns: 5000 },
    );
  });

  it('answers like isCleanText whatever came before, and treats printable ASCII as clean', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(text, mostlyClean), { maxLength: 30 }), (values) => {
        const memo = cleanTextMemo();
        for (const v of values) expect(memo(v), JSON.stringify(v)).toBe(isCleanText(v));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)) }), (s) => {
        expect(isPlainAscii(s)).toBe(true);
        expect(isCleanText(s)).toBe(true);
      }),
    );
    for (const s of ['\u007f', 'a\u0000', 'é', '\u00a0']) expect(isPlainAscii(s), JSON.stringify(s)).toBe(false);
  });
});

/** A key of a dossier record: a field name, an alias, another letter case, or one the spec does not know. */
const recordKeys = DONG_BO_HO_SO_MC.record!.fields.flatMap((f) => [f.name, ...(f.aliases ?? [])]);
const key = fc.oneof(fc.constantFrom(...recordKeys), fc.constantFrom(...recordKeys).map((k) => k.toLowerCase()), fc.constantFrom('MaKhac', 'GhiChuThem', 'x', 'constructor'));
const leaf = fc.oneof(text, mostlyClean, fc.constantFrom('', 'G12-XD01', '“G12-XD01”', 12, true, null));
const documentValue = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, leaf, leaf, tie('object'), fc.array(tie('value'), { maxLength: 3 })),
  object: fc.dictionary(key, tie('value'), { maxKeys: 6 }),
})).object;

describe('the record walk', () => {
  it('finds the problems, paths and keys of the plain walk, in the same order', () => {
    fc.assert(
      fc.property(documentValue, (record) => {
        expect(scanDocument(record, DONG_BO_HO_SO_MC.record)).toEqual(referenceScan(record, DONG_BO_HO_SO_MC.record));
      }),
      { numRuns: 2000 },
    );
  });

  it('calls a document clean only when the walk finds nothing in it', () => {
    fc.assert(
      fc.property(documentValue, (record) => {
        if (allStringsClean(record)) expect(scanDocument(record, DONG_BO_HO_SO_MC.record)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });
});
