import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes, detectLineEnding, encodeText, firstInvalidUtf8 } from './decode';
import { SAMPLES_DIR } from '../../tests/support/reference';

const SAMPLES = SAMPLES_DIR;
const sampleFiles = readdirSync(SAMPLES, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.json'))
  .map((f) => join(SAMPLES, f));
const dossier = readFileSync(join(SAMPLES, 'dossier/01-dongbohosomc-create-online-valid.json'), 'utf8');

/** Bytes of a string whose characters are all below U+0100 (how legacy-encoded text looks when read as Latin-1). */
const latin1 = (s: string) => Uint8Array.from(Buffer.from(s, 'latin1'));
const bytes = (b: Buffer) => Uint8Array.from(b);

describe('decodeBytes — UTF-8', () => {
  it('reads every sample packet as UTF-8 without a BOM', () => {
    expect(sampleFiles.length).toBeGreaterThan(20);
    for (const f of sampleFiles) {
      const raw = readFileSync(f);
      const d = decodeBytes(bytes(raw));
      expect(d.error, f).toBeUndefined();
      expect(d.text).toBe(raw.toString('utf8'));
      expect(d.encoding).toBe('utf-8');
      expect(d.bom).toBe(false);
    }
  });

  it('strips and reports a UTF-8 BOM and a CRLF file', () => {
    const text = dossier.replace(/\n/g, '\r\n');
    const d = decodeBytes(bytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])));
    expect(d).toMatchObject({ encoding: 'utf-8', bom: true, lineEnding: 'crlf' });
    expect(d.text).toBe(text);
  });

  it('keeps NFD text exactly as written (no silent normalisation)', () => {
    const nfd = '{"ChuHoSo": "Nguyễn Thị Minh Hằng"}'.normalize('NFD');
    const d = decodeBytes(bytes(Buffer.from(nfd, 'utf8')));
    expect(d.text).toBe(nfd);
    expect(d.text).not.toBe(d.text.normalize('NFC'));
  });

  it('classifies line endings', () => {
    expect(detectLineEnding('{}')).toBe('none');
    expect(detectLineEnding('{\n}\n')).toBe('lf');
    expect(detectLineEnding('{\r\n}\r\n')).toBe('crlf');
    expect(detectLineEnding('{\r\n}\n')).toBe('mixed');
    expect(detectLineEnding('{\r}')).toBe('mixed');
  });

  it('rejects overlong forms, surrogates and code points past U+10FFFF, as TextDecoder does', () => {
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xc0, 0xaf]))).toBe(1);
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0x62, 0xed, 0xa0, 0x80]))).toBe(2);
    expect(firstInvalidUtf8(Uint8Array.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(Uint8Array.from([0xe1, 0xbb]))).toBe(0); // cut in the middle of ệ
    expect(firstInvalidUtf8(Uint8Array.from(Buffer.from('Việt Nam 😀', 'utf8')))).toBe(-1);
    const fatal = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 24 }), (b) => {
        let valid = true;
        try {
          fatal.decode(b);
        } catch {
          valid = false;
        }
        expect(firstInvalidUtf8(b) === -1).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('decodeBytes — UTF-16', () => {
  const text = dossier.slice(0, 600);
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.from(text, 'utf16le').swap16();

  it('reads UTF-16 LE and BE with a BOM', () => {
    expect(decodeBytes(bytes(Buffer.concat([Buffer.from([0xff, 0xfe]), le])))).toMatchObject({ text, encoding: 'utf-16le', bom: true });
    expect(decodeBytes(bytes(Buffer.concat([Buffer.from([0xfe, 0xff]), be])))).toMatchObject({ text, encoding: 'utf-16be', bom: true });
  });

  it('recognises UTF-16 LE and BE without a BOM from the NUL pattern', () => {
    expect(decodeBytes(bytes(le))).toMatchObject({ text, encoding: 'utf-16le', bom: false, lineEnding: 'lf' });
    expect(decodeBytes(bytes(be))).toMatchObject({ text, encoding: 'utf-16be', bom: false });
  });

  it('reports a truncated UTF-16 file instead of inventing its last character', () => {
    const d = decodeBytes(bytes(Buffer.concat([Buffer.from([0xff, 0xfe]), le.subarray(0, le.length - 1)])));
    expect(d.error?.code).toBe('decode.invalid-utf16');
    expect(d.error?.message.vi).toMatch(/số byte lẻ/);
    expect(d.text).toBe('');
  });

  it('refuses UTF-32 with a clear message', () => {
    const d = decodeBytes(Uint8Array.from([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0]));
    expect(d.error?.code).toBe('decode.utf32');
  });
});

describe('decodeBytes — legacy 8-bit encodings are named, never guessed silently', () => {
  // The same record in the three legacy encodings, written as the Latin-1 "mojibake" users see.
  const tcvn3 = '{\n  "ChuHoSo": "NguyÔn ThÞ Minh H»ng",\n  "DonViXuLy": "UBND thµnh phè Hµ Giang"\n}';
  const vni = '{\n  "ChuHoSo": "Nguyeãn Thò Minh Haèng",\n  "DonViXuLy": "UBND thaønh phoá Haø Giang"\n}';
  const cp1258 = '{\n  "ChuHoSo": "Nguy\xea\xden Thi\xf2 Minh H\xe3\xccng",\n  "DonViXuLy": "UBND th\xe0nh ph\xf4\xec H\xe0 Giang"\n}';

  it.each([
    ['tcvn3', tcvn3],
    ['vni', vni],
    ['windows-1258', cp1258],
  ] as const)('names %s and points at the first byte that is not UTF-8', (enc, mojibake) => {
    const b = latin1(mojibake);
    const d = decodeBytes(b);
    expect(d.error?.code).toBe('decode.not-utf8');
    expect(d.error?.suspected).toBe(enc);
    expect(d.text).toBe('');
    const first = b.findIndex((x) => x >= 0x80);
    expect(d.error?.byteOffset).toBe(first);
    expect(d.error?.line).toBe(2);
    expect(d.error?.message.vi).toContain('không được mã hoá UTF-8');
    expect(d.error?.message.vi).toContain(`dòng 2`);
    expect(d.error?.message.en).toContain('line 2');
  });

  it('says so when the bytes are 8-bit but not Vietnamese', () => {
    const d = decodeBytes(latin1('{"name": "Müller Straße", "city": "Köln"}'));
    expect(d.error?.code).toBe('decode.not-utf8');
    expect(d.error?.suspected).toBeUndefined();
    expect(d.error?.message.en).toMatch(/does not match a legacy Vietnamese encoding/);
  });
});

describe('decodeBytes — binary files', () => {
  it('recognises a PDF and a Word/Excel (ZIP) file by their signature', () => {
    const pdf = decodeBytes(latin1('%PDF-1.7\n%âãÏÓ\n1 0 obj'));
    expect(pdf.error).toMatchObject({ code: 'decode.binary', fileType: 'pdf' });
    const docx = decodeBytes(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0, 8, 0]));
    expect(docx.error).toMatchObject({ code: 'decode.binary', fileType: 'zip' });
    expect(docx.error?.message.vi).toContain('Word');
  });

  it('refuses data full of NUL and control bytes', () => {
    const noise = new Uint8Array(4096);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919) % 13 === 0 ? 0 : (i * 31) % 256;
    expect(decodeBytes(noise).error?.code).toBe('decode.binary');
  });
});

describe('encodeText', () => {
  it('writes UTF-16 exactly as Node does, with the BOM when asked', () => {
    const text = '{"TenTTHC": "Cấp giấy phép xây dựng"}';
    expect(Buffer.from(encodeText(text, 'utf-16le', false))).toEqual(Buffer.from(text, 'utf16le'));
    expect(Buffer.from(encodeText(text, 'utf-16be', true))).toEqual(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]));
    expect(Buffer.from(encodeText(text, 'utf-8', true))).toEqual(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
  });

  it('round-trips any text through decodeBytes in the original encoding', () => {
    // Texts start like JSON (ASCII), which is what makes BOM-less UTF-16 recognisable.
    const jsonish = fc.string({ unit: 'binary', maxLength: 40 }).map((s) => JSON.stringify({ session: '<session-token-from-login>', madonvi: '000.00.01.H22', service: 'DongBoHoSoMC', GhiChu: s }, null, 2));
    fc.assert(
      fc.property(jsonish, fc.constantFrom('utf-8', 'utf-16le', 'utf-16be') as fc.Arbitrary<'utf-8' | 'utf-16le' | 'utf-16be'>, fc.boolean(), (text, enc, bom) => {
        const d = decodeBytes(encodeText(text, enc, bom));
        expect(d.error).toBeUndefined();
        expect(d).toMatchObject({ text, encoding: enc, bom });
      }),
    );
  });
});
