/**
 * The one copy of the legacy Vietnamese code pages: byte values checked against the published
 * charts (Microsoft's Windows-1252/1258 via the platform decoder, TCVN 5712:1993, VNI-Windows), and
 * every Vietnamese letter written and read back through each table.
 */
import { describe, expect, it } from 'vitest';
import { CP1252, CP1258, decodeLegacyBytes, encodeLegacy, LEGACY_ENCODINGS, type LegacyEncoding } from './index';

const bytes = (...b: number[]) => Uint8Array.from(b);
const hex = (b: Uint8Array | undefined) => (b ? [...b].map((x) => x.toString(16).toUpperCase().padStart(2, '0')).join(' ') : 'undefined');

/** Every Vietnamese letter (NFC), lower and upper case: 12 vowels × 6 tones, đ, and the consonants. */
function vietnameseLetters(): string[] {
  const tones = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
  const lower: string[] = ['đ', ...'bcdghklmnpqrstvx'];
  for (const v of 'aăâeêioôơuưy') for (const t of tones) lower.push((v + t).normalize('NFC'));
  return [...lower, ...lower.map((c) => c.toUpperCase())];
}

const PHRASES = [
  'Cộng hòa xã hội chủ nghĩa Việt Nam',
  'Độc lập - Tự do - Hạnh phúc',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Hồ sơ đã được tiếp nhận, hẹn trả kết quả ngày 15/03/2024',
  'Trung tâm Phục vụ hành chính công tỉnh Hà Giang',
  'Nguyễn Thị Minh Hằng, Bùi Quốc Khánh, Trịnh Văn Lộc, Huỳnh Ngọc Yến',
  'Cấp giấy phép xây dựng nhà ở riêng lẻ tại Đắk Lắk, Quảng Ngãi, Thừa Thiên Huế',
  'khuya, nghiêng, quyết, giữa, trường, chuyện, ỷ lại, tỵ nạn, Mỹ Tho, Ỷ LAN',
  'Thủ tục “cấp phép” – diện tích 5 m², 25°C',
];

describe('Windows-1252 and Windows-1258 tables', () => {
  it('windows-1258 equals the platform decoder on all 256 bytes, one character per byte', () => {
    const platform = new TextDecoder('windows-1258');
    for (let b = 0; b < 256; b++) {
      const ch = CP1258.decode([b]);
      expect(ch, `byte 0x${b.toString(16)}`).toBe(platform.decode(bytes(b)));
      expect(ch.length).toBe(1);
      expect(CP1258.byteOf(ch)).toBe(b);
    }
  });

  it('windows-1252 is windows-1258 in 0x80–0x9F except Š Ž š ž, and Latin-1 above', () => {
    // Node's TextDecoder('windows-1252') is plain Latin-1 (0x80 → U+0080, not €), so it cannot be the
    // reference here; its windows-1258 and latin1 decoders are, and WHATWG/Microsoft differ from 1258
    // in this range only at 8A 8E 9A 9E.
    const cp1258 = new TextDecoder('windows-1258');
    const latin1 = new TextDecoder('latin1');
    const own: Record<number, string> = { 0x8a: 'Š', 0x8e: 'Ž', 0x9a: 'š', 0x9e: 'ž' };
    for (let b = 0; b < 256; b++) {
      const ch = CP1252.decode([b]);
      const expected = b >= 0x80 && b <= 0x9f ? own[b] ?? cp1258.decode(bytes(b)) : latin1.decode(bytes(b));
      expect(ch, `byte 0x${b.toString(16)}`).toBe(expected);
      expect(CP1252.byteOf(ch)).toBe(b);
    }
    expect(CP1252.decode([0x80, 0x93, 0x94, 0x96])).toBe('€“”–');
  });

  it('writes Vietnamese in Windows-1258 as Windows does: precomposed base letter, then the tone byte', () => {
    // Việt = V i ê(EA) nặng(F2) t; Nguyễn: ê(EA) ngã(DE); Đà: Đ(D0) à(E0); Nẵng: ă(E3) ngã(DE); Hồ: ô(F4) huyền(CC).
    expect(hex(encodeLegacy('Việt', 'windows-1258'))).toBe('56 69 EA F2 74');
    expect(hex(encodeLegacy('Nguyễn', 'windows-1258'))).toBe('4E 67 75 79 EA DE 6E');
    expect(hex(encodeLegacy('Đà Nẵng', 'windows-1258'))).toBe('D0 E0 20 4E E3 DE 6E 67');
    expect(hex(encodeLegacy('Hồ Sơn', 'windows-1258'))).toBe('48 F4 CC 20 53 F5 6E');
  });
});

/** The five tones in the order the charts print them: huyền, hỏi, ngã, sắc, nặng. */
const CHART_TONES = ['\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];

/** Checks a chart row: the toneless letter, then its five toned forms, against the expected bytes. */
function expectRow(enc: LegacyEncoding, letter: string, expected: string[]) {
  const forms = [letter, ...CHART_TONES.map((t) => (letter + t).normalize('NFC'))];
  expect(forms.map((f) => hex(encodeLegacy(f, enc))), `${enc} ${letter}`).toEqual(expected);
  forms.forEach((f, i) => expect(decodeLegacyBytes(expected[i].split(' ').map((h) => parseInt(h, 16)), enc)).toBe(f));
}

describe('TCVN3 (TCVN 5712:1993)', () => {
  it('has the byte the standard gives each lower-case letter (the chart, letter by letter)', () => {
    // TCVN 5712:1993, VN3: [toneless, huyền, hỏi, ngã, sắc, nặng].
    const chart: [string, string][] = [
      ['a', '61 B5 B6 B7 B8 B9'], ['ă', 'A8 BB BC BD BE C6'], ['â', 'A9 C7 C8 C9 CA CB'],
      ['e', '65 CC CE CF D0 D1'], ['ê', 'AA D2 D3 D4 D5 D6'], ['i', '69 D7 D8 DC DD DE'],
      ['o', '6F DF E1 E2 E3 E4'], ['ô', 'AB E5 E6 E7 E8 E9'], ['ơ', 'AC EA EB EC ED EE'],
      ['u', '75 EF F1 F2 F3 F4'], ['ư', 'AD F5 F6 F7 F8 F9'], ['y', '79 FA FB FC FD FE'],
    ];
    for (const [letter, row] of chart) expectRow('tcvn3', letter, row.split(' '));
    expect(hex(encodeLegacy('đĐĂÂÊÔƠƯ', 'tcvn3'))).toBe('AE A7 A1 A2 A3 A4 A5 A6');
    expect(hex(encodeLegacy('Việt Nam', 'tcvn3'))).toBe('56 69 D6 74 20 4E 61 6D');
    expect(hex(encodeLegacy('Đường', 'tcvn3'))).toBe('A7 AD EA 6E 67');
    expect(hex(encodeLegacy('Hà Nội', 'tcvn3'))).toBe('48 B5 20 4E E9 69');
  });

  it('reads the sixteen toned capitals of the standard (AF, BA, BF–C5, CD, D9–DB, E0, F0, FF)', () => {
    const slots = [0xaf, 0xba, 0xbf, 0xc0, 0xc1, 0xc2, 0xc3, 0xc4, 0xc5, 0xcd, 0xd9, 0xda, 0xdb, 0xe0, 0xf0, 0xff];
    // U+1EB0 Ằ, U+1EB2 Ẳ, U+1EB4 Ẵ, U+1EAE Ắ, U+1EA6 Ầ, U+1EA8 Ẩ, U+1EAA Ẫ, U+1EA4 Ấ, U+1EC0 Ề, U+1EC2 Ể, U+1EC4 Ễ, U+1EBE Ế, U+1ED2 Ồ, U+1ED4 Ổ, U+1ED6 Ỗ, U+1ED0 Ố.
    const capitals = '\u1eb0\u1eb2\u1eb4\u1eae\u1ea6\u1ea8\u1eaa\u1ea4\u1ec0\u1ec2\u1ec4\u1ebe\u1ed2\u1ed4\u1ed6\u1ed0';
    expect(decodeLegacyBytes(slots, 'tcvn3')).toBe(capitals);
  });

  it('joins the combining tones B0–B4 to a vowel, and keeps ° ² … after anything else', () => {
    // B0 huyền, B1 hỏi, B2 ngã, B3 sắc, B4 nặng.
    expect(decodeLegacyBytes([0x41, 0xb3, 0x20, 0xa3, 0xb4, 0x20, 0x55, 0xb1], 'tcvn3')).toBe('Á Ệ Ủ');
    expect(decodeLegacyBytes([0x32, 0x35, 0xb0, 0x43, 0x20, 0x6d, 0xb2], 'tcvn3')).toBe('25°C m²');
    expect(hex(encodeLegacy('Á', 'tcvn3'))).toBe('41 B3');
  });

  it('refuses letters it cannot write instead of writing a Vietnamese letter in their place', () => {
    expect(encodeLegacy('François', 'tcvn3')).toBeUndefined();
    expect(encodeLegacy('Muñoz', 'tcvn3')).toBeUndefined();
    expect(encodeLegacy('a°', 'tcvn3')).toBeUndefined();
  });
});

describe('VNI-Windows', () => {
  it('has the spelling the VNI-Windows chart gives each letter, lower and upper case', () => {
    // [toneless, huyền, hỏi, ngã, sắc, nặng]; a capital is every byte minus 0x20 (letter and mark alike).
    const chart: [string, string][] = [
      ['a', '61|61 F8|61 FB|61 F5|61 F9|61 EF'], ['ă', '61 EA|61 E8|61 FA|61 FC|61 E9|61 EB'],
      ['â', '61 E2|61 E0|61 E5|61 E3|61 E1|61 E4'], ['e', '65|65 F8|65 FB|65 F5|65 F9|65 EF'],
      ['ê', '65 E2|65 E0|65 E5|65 E3|65 E1|65 E4'], ['i', '69|EC|E6|F3|ED|F2'],
      ['o', '6F|6F F8|6F FB|6F F5|6F F9|6F EF'], ['ô', '6F E2|6F E0|6F E5|6F E3|6F E1|6F E4'],
      ['ơ', 'F4|F4 F8|F4 FB|F4 F5|F4 F9|F4 EF'], ['u', '75|75 F8|75 FB|75 F5|75 F9|75 EF'],
      ['ư', 'F6|F6 F8|F6 FB|F6 F5|F6 F9|F6 EF'], ['y', '79|79 F8|79 FB|79 F5|79 F9|EE'],
    ];
    const upper = (h: string) => (parseInt(h, 16) - 0x20).toString(16).toUpperCase();
    for (const [letter, row] of chart) {
      expectRow('vni', letter, row.split('|'));
      expectRow('vni', letter.toUpperCase(), row.split('|').map((spelling) => spelling.split(' ').map(upper).join(' ')));
    }
    expect(hex(encodeLegacy('đĐ', 'vni'))).toBe('F1 D1');
  });

  it('spells a vowel as base letter + mark byte, with single bytes for đ ơ ư and the toned i and ỵ', () => {
    expect(hex(encodeLegacy('Việt Nam', 'vni'))).toBe('56 69 65 E4 74 20 4E 61 6D');
    expect(hex(encodeLegacy('Trường', 'vni'))).toBe('54 72 F6 F4 F8 6E 67');
    expect(hex(encodeLegacy('Đắk Lắk', 'vni'))).toBe('D1 61 E9 6B 20 4C 61 E9 6B');
    expect(hex(encodeLegacy('Thị Mỹ', 'vni'))).toBe('54 68 F2 20 4D 79 F5');
    expect(hex(encodeLegacy('ỵ Ỵ', 'vni'))).toBe('EE 20 CE');
  });

  it('reads ỵ written as y + nặng byte, and a mark byte of the other case', () => {
    expect(decodeLegacyBytes([0x79, 0xef, 0x20, 0x59, 0xcf], 'vni')).toBe('ỵ Ỵ');
    expect(decodeLegacyBytes([0x61, 0xc1, 0x20, 0x41, 0xe1], 'vni')).toBe('ấ Ấ');
  });

  it('leaves a mark byte alone where no letter can carry it', () => {
    expect(decodeLegacyBytes([0x31, 0xf9, 0x20, 0x69, 0xf9], 'vni')).toBe('1ù iù');
  });

  it('refuses Latin-1 letters whose bytes VNI uses for marks', () => {
    expect(encodeLegacy('Muñoz', 'vni')).toBeUndefined();
    expect(encodeLegacy('Müller', 'vni')).toBeUndefined();
  });
});

describe('round trip through every table', () => {
  const cases: [LegacyEncoding, string][] = LEGACY_ENCODINGS.flatMap((enc) => PHRASES.map((p) => [enc, p] as [LegacyEncoding, string]));

  it.each(cases)('%s: "%s"', (enc, phrase) => {
    const encoded = encodeLegacy(phrase, enc);
    expect(encoded, 'the phrase can be written').toBeDefined();
    expect(decodeLegacyBytes(encoded!, enc)).toBe(phrase);
  });

  it.each(LEGACY_ENCODINGS)('%s writes and reads back every Vietnamese letter, alone and after another letter', (enc) => {
    const letters = vietnameseLetters();
    expect(letters.length).toBe(2 * (1 + 16 + 72));
    for (const ch of letters) {
      for (const text of [ch, `a${ch}`, `${ch}${ch}`, `N${ch}n`]) {
        const encoded = encodeLegacy(text, enc);
        expect(encoded, `${enc} ${text}`).toBeDefined();
        expect(decodeLegacyBytes(encoded!, enc), `${enc} ${text} = ${hex(encoded)}`).toBe(text);
      }
    }
  });

  it.each(LEGACY_ENCODINGS)('%s gives every letter one spelling, and no two letters the same bytes', (enc) => {
    const seen = new Map<string, string>();
    for (const ch of vietnameseLetters()) {
      const key = hex(encodeLegacy(ch, enc));
      expect(seen.get(key), `${ch} and ${seen.get(key)} share ${key}`).toBeUndefined();
      seen.set(key, ch);
    }
  });
});
