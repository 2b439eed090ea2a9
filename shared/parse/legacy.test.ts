import { describe, expect, it } from 'vitest';
import { decodeLegacy, decodeWindows1258Table } from './legacy';
import { guessLegacyEncoding, isPlausibleSyllable } from './legacyDetect';

/** Legacy bytes written as the Latin-1 "mojibake" a Unicode program shows for them. */
const latin1 = (s: string) => Uint8Array.from(Buffer.from(s, 'latin1'));

describe('decodeLegacy — TCVN3 (ABC)', () => {
  it('converts the national motto and everyday packet words', () => {
    expect(decodeLegacy(latin1('Céng hoµ x· héi chñ nghÜa ViÖt Nam'), 'tcvn3')).toBe('Cộng hoà xã hội chủ nghĩa Việt Nam');
    expect(decodeLegacy(latin1('§éc lËp - Tù do - H¹nh phóc'), 'tcvn3')).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(decodeLegacy(latin1('Hå s¬ ®· ®­îc tiÕp nhËn, hÑn tr¶ kÕt qu¶'), 'tcvn3')).toBe('Hồ sơ đã được tiếp nhận, hẹn trả kết quả');
    expect(decodeLegacy(latin1('Trung t©m phôc vô hµnh chÝnh c«ng tØnh'), 'tcvn3')).toBe('Trung tâm phục vụ hành chính công tỉnh');
    expect(decodeLegacy(latin1('CÊp giÊy phÐp x©y dùng nhµ ë riªng lÎ'), 'tcvn3')).toBe('Cấp giấy phép xây dựng nhà ở riêng lẻ');
    expect(decodeLegacy(latin1('NguyÔn ThÞ Minh H»ng, B¾c Ninh, kü thuËt, ñy ban, ch¼ng, s½n, dÉn, mïa, cò'), 'tcvn3')).toBe(
      'Nguyễn Thị Minh Hằng, Bắc Ninh, kỹ thuật, ủy ban, chẳng, sẵn, dẫn, mùa, cũ',
    );
  });

  it('keeps ASCII (keys, digits, punctuation) unchanged', () => {
    const ascii = '{"MaHoSo": "000.21.30.H22-240312-0007", "NgayTiepNhan": "20240312081500"}';
    expect(decodeLegacy(latin1(ascii), 'tcvn3')).toBe(ascii);
  });
});

describe('decodeLegacy — VNI', () => {
  it('joins a base letter with the following tone/mark byte', () => {
    expect(decodeLegacy(latin1('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam'), 'vni')).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
    expect(decodeLegacy(latin1('Ñoäc laäp - Töï do - Haïnh phuùc'), 'vni')).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(decodeLegacy(latin1('Tröôøng, Nguyeãn Thò Minh Haèng, Baéc Ninh'), 'vni')).toBe('Trường, Nguyễn Thị Minh Hằng, Bắc Ninh');
  });

  it('handles capitals, whose marks use the upper-case bytes', () => {
    expect(decodeLegacy(latin1('COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM'), 'vni')).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(decodeLegacy(latin1('ÑOÄC LAÄP - TÖÏ DO - HAÏNH PHUÙC'), 'vni')).toBe('ĐỘC LẬP - TỰ DO - HẠNH PHÚC');
  });

  it('produces NFC text', () => {
    const s = decodeLegacy(latin1('Vieät Nam, Tröôøng, phoá'), 'vni');
    expect(s).toBe(s.normalize('NFC'));
  });
});

describe('decodeLegacy — Windows-1258', () => {
  it('composes the combining tone marks into NFC letters', () => {
    const s = decodeLegacy(latin1('Vi\xea\xf2t Nam, Nguy\xea\xden, H\xe3\xccng, ph\xf4\xec, \xd0\xf4\xecng Th\xe1p'), 'windows-1258');
    expect(s).toBe('Việt Nam, Nguyễn, Hằng, phố, Đống Tháp');
    expect(s).toBe(s.normalize('NFC'));
  });

  it('the built-in table equals the platform decoder on every byte', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    for (let b = 0; b < 256; b++) {
      // One byte at a time after a vowel, so that combining marks have something to sit on.
      const pair = Uint8Array.from([0x61, all[b]]);
      expect(decodeWindows1258Table(pair), `byte 0x${b.toString(16)}`).toBe(new TextDecoder('windows-1258').decode(pair).normalize('NFC'));
    }
  });
});

describe('guessLegacyEncoding', () => {
  const sentence = {
    tcvn3: 'Trung t©m phôc vô hµnh chÝnh c«ng tØnh Hµ Giang ®· tiÕp nhËn hå s¬ cña «ng NguyÔn V¨n B×nh',
    vni: 'Trung taâm phuïc vuï haønh chính coâng tænh Haø Giang ñaõ tieáp nhaän hoà sô cuûa oâng Nguyeãn Vaên Bình',
    'windows-1258': 'Trung t\xe2m phu\xf2c vu\xf2 h\xe0nh ch\xednh c\xf4ng ti\xd2nh H\xe0 Giang \xf0a\xde ti\xea\xecp nh\xe2\xf2n h\xf4\xcc s\xf5 cu\xd2a \xf4ng Nguy\xea\xden V\xe3n Bi\xccnh',
  } as const;

  it.each(Object.entries(sentence))('recognises %s', (enc, text) => {
    expect(guessLegacyEncoding(latin1(text))).toBe(enc);
  });

  it('each test sentence really is the same Vietnamese text in its encoding', () => {
    const expected = 'Trung tâm phục vụ hành chính công tỉnh Hà Giang đã tiếp nhận hồ sơ của ông Nguyễn Văn Bình';
    expect(decodeLegacy(latin1(sentence.tcvn3), 'tcvn3')).toBe(expected);
    expect(decodeLegacy(latin1(sentence.vni), 'vni')).toBe(expected);
    expect(decodeLegacy(latin1(sentence['windows-1258']), 'windows-1258')).toBe(expected);
  });

  it('does not claim Vietnamese for other 8-bit text', () => {
    expect(guessLegacyEncoding(latin1('Grüße aus Köln, naïve café, Ærø'))).toBeUndefined();
    expect(guessLegacyEncoding(Uint8Array.from({ length: 300 }, (_, i) => 0x80 + ((i * 37) % 128)))).toBeUndefined();
  });
});

describe('isPlausibleSyllable', () => {
  it('accepts real syllables and rejects what a wrong decoding produces', () => {
    for (const w of ['Nguyễn', 'nghiêng', 'quyết', 'giữa', 'Trường', 'khuya', 'gì', 'ĐỘC']) expect(isPlausibleSyllable(w), w).toBe(true);
    for (const w of ['Vieọt', 'ViƯt', 'Néi', 'Hµ', 'ViÖt', 'hoáà']) expect(isPlausibleSyllable(w), w).toBe(false);
  });
});
