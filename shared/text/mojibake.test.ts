import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CP1252, CP1258, utf8Encode } from './codepages';
import { detectMojibake } from './mojibake';
import { SAMPLES_DIR } from '../../tests/support/reference';

/** What a Western-configured program shows for UTF-8 bytes. */
const asWindows = (text: string, page = CP1252) => page.decode(utf8Encode(text));

describe('mojibake detection, one real example per family', () => {
  it('UTF-8 read as Windows-1252 ("Nguyá»…n")', () => {
    const garbled = asWindows('Nguyễn Thị Minh Hằng');
    expect(garbled).toBe('Nguyá»…n Thá»‹ Minh Háº±ng');
    expect(detectMojibake(garbled)).toEqual({ family: 'utf8-as-1252', repaired: 'Nguyễn Thị Minh Hằng' });
  });

  it('UTF-8 read as Windows-1258 (Ă where 1252 shows Ã)', () => {
    const garbled = asWindows('Hà Nội', CP1258);
    expect(garbled.startsWith('HĂ')).toBe(true);
    expect(detectMojibake(garbled)).toEqual({ family: 'utf8-as-1258', repaired: 'Hà Nội' });
  });

  it('Windows-1258 (combining tones) read as Windows-1252 ("NguyêÞn")', () => {
    expect(detectMojibake('NguyêÞn Thi\u00f2')).toEqual({ family: 'cp1258-as-1252', repaired: 'Nguyễn Thị' });
  });

  it('TCVN3 read as Windows-1252 ("NguyÔn", the national motto)', () => {
    expect(detectMojibake('NguyÔn ThÞ Minh H»ng')).toEqual({ family: 'tcvn3-as-1252', repaired: 'Nguyễn Thị Minh Hằng' });
    expect(detectMojibake('Céng hoµ x· héi chñ nghÜa ViÖt Nam')?.repaired).toBe('Cộng hoà xã hội chủ nghĩa Việt Nam');
    // The soft hyphen is TCVN3's "ư".
    expect(detectMojibake('Tr\u00adêng THPT Chuyªn Hµ Giang')?.repaired).toBe('Trường THPT Chuyên Hà Giang');
  });

  it('VNI read as Windows-1252 ("Nguyeãn"), even when every character looks Vietnamese', () => {
    expect(detectMojibake('Nguyeãn Thò Minh Haèng')).toEqual({ family: 'vni-as-1252', repaired: 'Nguyễn Thị Minh Hằng' });
    expect(detectMojibake('Tröôøng THPT Chuyeân Haø Giang')?.repaired).toBe('Trường THPT Chuyên Hà Giang');
    expect(detectMojibake('ÑAÊNG KYÙ')?.repaired).toBe('ĐĂNG KÝ');
  });

  it('leaves correct Vietnamese and foreign words alone', () => {
    for (const ok of ['Nguyễn Thị Minh Hằng', 'Hoà Bình', 'Đắk Lắk', 'Müller GmbH', '© 2024 Công ty TNHH', 'Liều 5 µg/ml', 'Thủ tục “cấp phép”', 'Ê Đê', 'NGUYỄN VĂN AN', '']) {
      expect(detectMojibake(ok), ok).toBeUndefined();
    }
  });

  it('finds no mojibake in any string of the reference samples (no false alarms on real packets)', () => {
    const root = SAMPLES_DIR;
    const strings: string[] = [];
    const collect = (v: unknown) => {
      if (typeof v === 'string') strings.push(v);
      else if (v && typeof v === 'object') Object.values(v).forEach(collect);
    };
    for (const kind of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      for (const f of readdirSync(join(root, kind.name)).filter((n) => n.endsWith('.json'))) {
        try {
          collect(JSON.parse(readFileSync(join(root, kind.name, f), 'utf8')));
        } catch {
          // Invalid samples that are not JSON are the parser's business.
        }
      }
    }
    expect(strings.length).toBeGreaterThan(200);
    expect(strings.filter((s) => detectMojibake(s))).toEqual([]);
  });
});
