/**
 * The file decoder (bytes of a legacy file, shared/parse) and the mojibake detector (the same bytes
 * after a Western program showed them as Windows-1252, shared/text) read the same letter for the
 * same byte, because both read the tables of shared/encoding.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeLegacy } from '../parse/legacy';
import { decodeTcvn3, decodeVni } from '../text/legacy';
import { detectMojibake, type MojibakeFamily } from '../text/mojibake';
import { CP1252, encodeLegacy, LEGACY_ENCODINGS, type LegacyEncoding } from './index';

const FAMILY: Record<LegacyEncoding, MojibakeFamily> = {
  'windows-1258': 'cp1258-as-1252',
  tcvn3: 'tcvn3-as-1252',
  vni: 'vni-as-1252',
};

// Values with enough marked letters that their garbled form cannot pass for correct Vietnamese.
const VALUES = [
  'Nguyễn Thị Minh Hằng',
  'Trường THPT Chuyên Hà Giang',
  'Cộng hòa xã hội chủ nghĩa Việt Nam',
  'Hồ sơ đã được tiếp nhận, hẹn trả kết quả',
  'Ủy ban nhân dân phường Quang Trung',
  'Sở Tài nguyên và Môi trường tỉnh Đắk Lắk',
];

describe('file decoder and mojibake detector agree', () => {
  it.each(LEGACY_ENCODINGS.flatMap((enc) => VALUES.map((v) => [enc, v] as const)))('%s: "%s"', (enc, value) => {
    const bytes = encodeLegacy(value, enc)!;
    // What the user opens: a file in that encoding, converted after they confirm it.
    expect(decodeLegacy(bytes, enc)).toBe(value);
    // What the user sees in a packet: the same bytes shown as Windows-1252, flagged and repaired.
    const shown = CP1252.decode(bytes);
    expect(shown).not.toBe(value);
    expect(detectMojibake(shown)).toEqual({ family: FAMILY[enc], repaired: value });
  });

  it('read any bytes alike, garbled or not (TCVN3 and VNI)', () => {
    const text = { tcvn3: decodeTcvn3, vni: decodeVni };
    // Bytes biased towards the letter and mark ranges, with ASCII vowels for the marks to join.
    const byte = fc.oneof(fc.integer({ min: 0x80, max: 0xff }), fc.constantFrom(0x61, 0x65, 0x6f, 0x75, 0x79, 0x41, 0x4f, 0x20, 0x31));
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }).chain((seed) => fc.array(byte, { maxLength: 40 }).map((b) => Uint8Array.from([...seed, ...b]))), (bytes) => {
        for (const enc of ['tcvn3', 'vni'] as const) expect(text[enc](CP1252.decode(bytes))).toBe(decodeLegacy(bytes, enc));
      }),
      { numRuns: 2000 },
    );
  });
});
