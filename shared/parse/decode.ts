/**
 * Bytes → text for every document the product opens. The wire is UTF-8 (spec/README.md
 * "Conventions"), but files arrive with a BOM, in UTF-16 (Notepad's "Unicode"), or in a legacy
 * Vietnamese 8-bit encoding (PEERS.md [V2]). Honest reading: UTF-8 is validated strictly and a
 * file that is not UTF-8 is reported with the likely legacy encoding — never guessed silently.
 */
import type { Localized } from '../i18n/localized';
import { LEGACY_ENCODING_NAMES, type LegacyEncoding } from './legacy';
import { guessLegacyEncoding } from './legacyDetect';
import { platformDecode, platformEncodeUtf8 } from './textCodec';

/** The Unicode encodings a document can be read in and saved back to. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** The line breaks a text uses; `mixed` also covers lone CRs. */
export type LineEnding = 'lf' | 'crlf' | 'mixed' | 'none';

/** Kinds of non-text files recognised by their signature. */
export type BinaryKind = 'pdf' | 'zip' | 'ole' | 'gzip' | 'png' | 'jpeg' | 'unknown';

/** Why bytes could not be read as text. */
export interface DecodeError {
  code: 'decode.not-utf8' | 'decode.binary' | 'decode.invalid-utf16' | 'decode.utf32';
  message: Localized;
  /** The legacy encoding the bytes most likely use (decode.not-utf8 only). */
  suspected?: LegacyEncoding;
  /** What the binary file appears to be (decode.binary only). */
  fileType?: BinaryKind;
  /** Offset of the first byte that breaks the encoding, and its 1-based line. */
  byteOffset?: number;
  line?: number;
}

/** The outcome of decodeBytes; when `error` is set, `text` is empty (use decodeLegacy after the user confirms). */
export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  bom: boolean;
  lineEnding: LineEnding;
  error?: DecodeError;
}

/** Classifies the line breaks of a text. */
export function detectLineEnding(text: string): LineEnding {
  const firstLf = text.indexOf('\n');
  const firstCr = text.indexOf('\r');
  if (firstLf < 0 && firstCr < 0) return 'none';
  if (firstCr < 0) return 'lf';
  let crlf = 0;
  let lf = 0;
  for (let i = firstLf; i >= 0; i = text.indexOf('\n', i + 1)) {
    if (i > 0 && text.charCodeAt(i - 1) === 13) crlf++;
    else lf++;
  }
  // Every CR must be the first half of a CRLF, otherwise there are lone CRs (old Mac line ends).
  let cr = 0;
  for (let i = firstCr; i >= 0; i = text.indexOf('\r', i + 1)) cr++;
  if (cr !== crlf) return 'mixed';
  if (lf > 0 && crlf > 0) return 'mixed';
  return crlf > 0 ? 'crlf' : 'lf';
}

/** Offset of the first byte that is not part of well-formed UTF-8 (RFC 3629), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let cp: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min, cp] = [1, 0x80, b & 0x1f];
    else if (b >= 0xe0 && b <= 0xef) [need, min, cp] = [2, 0x800, b & 0x0f];
    else if (b >= 0xf0 && b <= 0xf4) [need, min, cp] = [3, 0x10000, b & 0x07];
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
    i += need + 1;
  }
  return -1;
}

function binarySignature(bytes: Uint8Array): BinaryKind | undefined {
  const at = (sig: number[]) => sig.every((v, k) => bytes[k] === v);
  if (at([0x25, 0x50, 0x44, 0x46])) return 'pdf';
  if (at([0x50, 0x4b, 0x03, 0x04])) return 'zip';
  if (at([0xd0, 0xcf, 0x11, 0xe0])) return 'ole';
  if (at([0x1f, 0x8b])) return 'gzip';
  if (at([0x89, 0x50, 0x4e, 0x47])) return 'png';
  if (at([0xff, 0xd8, 0xff])) return 'jpeg';
  return undefined;
}

/** UTF-16 without a BOM: JSON starts with ASCII, so every other byte of its first characters is NUL. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 2) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  // Keys and punctuation are ASCII; Vietnamese letters (U+00C0…U+1EF9) rarely have a zero low byte.
  if (oddZero >= pairs * 0.3 && evenZero <= pairs * 0.02 && bytes[0] !== 0 && bytes[1] === 0) return 'utf-16le';
  if (evenZero >= pairs * 0.3 && oddZero <= pairs * 0.02 && bytes[0] === 0 && bytes[1] !== 0) return 'utf-16be';
  return undefined;
}

/** NULs or many control bytes in the first 64 KiB mean the file is not text. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536);
  let nul = 0;
  let ctrl = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) nul++;
    else if (b < 0x20 && b !== 9 && b !== 10 && b !== 13) ctrl++;
  }
  return nul > n * 0.01 || ctrl > n * 0.05;
}

const BINARY_NAMES: Record<BinaryKind, Localized> = {
  pdf: { vi: 'tệp PDF', en: 'a PDF file' },
  zip: { vi: 'tệp nén ZIP (có thể là tài liệu Word .docx hoặc Excel .xlsx)', en: 'a ZIP archive (perhaps a Word .docx or Excel .xlsx document)' },
  ole: { vi: 'tài liệu Word/Excel đời cũ (.doc/.xls)', en: 'a legacy Word/Excel document (.doc/.xls)' },
  gzip: { vi: 'tệp nén gzip', en: 'a gzip archive' },
  png: { vi: 'ảnh PNG', en: 'a PNG image' },
  jpeg: { vi: 'ảnh JPEG', en: 'a JPEG image' },
  unknown: { vi: 'dữ liệu nhị phân', en: 'binary data' },
};

function binaryError(kind: BinaryKind): DecodeError {
  const name = BINARY_NAMES[kind];
  return {
    code: 'decode.binary',
    fileType: kind,
    message: {
      vi: `Tệp này không phải văn bản JSON mà là ${name.vi}. Hãy mở tệp .json chứa gói tin; nếu gói tin nằm trong tài liệu, sao chép phần JSON và dán vào trình soạn thảo.`,
      en: `This file is not JSON text but ${name.en}. Open the .json file holding the packet; if the packet is inside a document, copy the JSON part and paste it into the editor.`,
    },
  };
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
  return line;
}

function notUtf8Error(bytes: Uint8Array): DecodeError {
  const at = Math.max(0, firstInvalidUtf8(bytes));
  const line = lineOfByte(bytes, at);
  const hex = `0x${bytes[at].toString(16).toUpperCase().padStart(2, '0')}`;
  const suspected = guessLegacyEncoding(bytes);
  const where = { vi: `byte ${hex} tại vị trí byte ${at}, dòng ${line}`, en: `byte ${hex} at byte offset ${at}, line ${line}` };
  const message: Localized = suspected
    ? {
        vi: `Tệp không được mã hoá UTF-8 (${where.vi}). Có vẻ tệp dùng bảng mã cũ ${LEGACY_ENCODING_NAMES[suspected].vi}. Cổng DVCQG chỉ nhận UTF-8: hãy chuyển mã tệp sang Unicode UTF-8 (ví dụ bằng công cụ chuyển mã của Unikey), hoặc chọn đọc bằng ${LEGACY_ENCODING_NAMES[suspected].vi} để xem trước bản chuyển đổi rồi lưu lại dạng UTF-8.`,
        en: `The file is not UTF-8 encoded (${where.en}). It appears to use the legacy ${LEGACY_ENCODING_NAMES[suspected].en} encoding. The DVCQG portal accepts only UTF-8: convert the file to Unicode UTF-8 (e.g. with Unikey's converter), or choose to read it as ${LEGACY_ENCODING_NAMES[suspected].en} to preview the conversion and save it as UTF-8.`,
      }
    : {
        vi: `Tệp không được mã hoá UTF-8 (${where.vi}) và không nhận ra bảng mã tiếng Việt cũ nào (VNI, TCVN3, Windows-1258). Hãy lưu lại tệp dưới dạng UTF-8 rồi mở lại.`,
        en: `The file is not UTF-8 encoded (${where.en}) and does not match a legacy Vietnamese encoding (VNI, TCVN3, Windows-1258). Save the file as UTF-8 and open it again.`,
      };
  return { code: 'decode.not-utf8', message, suspected, byteOffset: at, line };
}

function failed(encoding: TextEncoding, bom: boolean, error: DecodeError): DecodedText {
  return { text: '', encoding, bom, lineEnding: 'none', error };
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', bom: boolean): DecodedText {
  const body = bom ? bytes.subarray(2) : bytes;
  try {
    const text = platformDecode(body, encoding, true);
    return { text, encoding, bom, lineEnding: detectLineEnding(text) };
  } catch {
    const odd = body.length % 2 === 1;
    return failed(encoding, bom, {
      code: 'decode.invalid-utf16',
      message: odd
        ? {
            vi: `Tệp ${encoding.toUpperCase()} có số byte lẻ: tệp bị cắt cụt khi sao chép hoặc tải về. Hãy lấy lại bản đầy đủ.`,
            en: `The ${encoding.toUpperCase()} file has an odd number of bytes: it was truncated while copying or downloading. Get the complete file again.`,
          }
        : {
            vi: `Tệp ${encoding.toUpperCase()} chứa cặp mã thay thế (surrogate) không hợp lệ. Hãy lưu lại tệp dưới dạng UTF-8 rồi mở lại.`,
            en: `The ${encoding.toUpperCase()} file contains an invalid surrogate pair. Save the file as UTF-8 and open it again.`,
          },
    });
  }
}

/** Decodes file bytes to text: BOMs, BOM-less UTF-16, strict UTF-8; legacy and binary files get a clear error. */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  const b = bytes;
  if (b.length >= 4 && ((b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) || (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff))) {
    return failed('utf-8', true, {
      code: 'decode.utf32',
      message: {
        vi: 'Tệp được mã hoá UTF-32, bảng mã mà cổng DVCQG không dùng. Hãy lưu lại tệp dưới dạng UTF-8 rồi mở lại.',
        en: 'The file is encoded in UTF-32, which the DVCQG portal does not use. Save the file as UTF-8 and open it again.',
      },
    });
  }
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return decodeUtf16(b, 'utf-16le', true);
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return decodeUtf16(b, 'utf-16be', true);
  const utf8Bom = b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
  if (!utf8Bom) {
    const utf16 = sniffUtf16(b);
    if (utf16) return decodeUtf16(b, utf16, false);
    const sig = binarySignature(b);
    if (sig) return failed('utf-8', false, binaryError(sig));
    if (looksBinary(b)) return failed('utf-8', false, binaryError('unknown'));
  }
  const body = utf8Bom ? b.subarray(3) : b;
  let text: string;
  try {
    text = platformDecode(body, 'utf-8', true);
  } catch {
    const err = notUtf8Error(body);
    if (utf8Bom && err.byteOffset !== undefined) err.byteOffset += 3;
    return failed('utf-8', utf8Bom, err);
  }
  return { text, encoding: 'utf-8', bom: utf8Bom, lineEnding: detectLineEnding(text) };
}

/** Encodes text to bytes in a document's original encoding, with or without a BOM, for saving it back. */
export function encodeText(text: string, encoding: TextEncoding, bom: boolean): Uint8Array {
  // A BOM kept at the start of the text (pasted) is not written twice.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (encoding === 'utf-8') {
    const enc = platformEncodeUtf8(body);
    if (!bom) return enc;
    const out = new Uint8Array(enc.length + 3);
    out.set([0xef, 0xbb, 0xbf]);
    out.set(enc, 3);
    return out;
  }
  const start = bom ? 2 : 0;
  const out = new Uint8Array(start + body.length * 2);
  const le = encoding === 'utf-16le';
  if (bom) out.set(le ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    const p = start + i * 2;
    out[p] = le ? c & 0xff : c >> 8;
    out[p + 1] = le ? c >> 8 : c & 0xff;
  }
  return out;
}
