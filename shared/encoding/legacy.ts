/**
 * The pre-Unicode Vietnamese encodings behind "loạn font" (PEERS.md [V2]), in both directions, and
 * the same tables applied to text that went through one of them and was then shown as
 * Windows-1252 ("NguyÔn", "Nguyeãn"): the file decoder reads bytes, the mojibake detector reads
 * such strings, and both get the same letter for the same byte.
 */
import { decodeTcvn3, encodeTcvn3 } from './tcvn3';
import { decodeVni, encodeVni } from './vni';
import { CP1252, decodeWindows1258, encodeWindows1258 } from './windows';

/** The legacy encodings the product can convert from. */
export type LegacyEncoding = 'windows-1258' | 'tcvn3' | 'vni';

/** Every legacy encoding, in a fixed order. */
export const LEGACY_ENCODINGS: readonly LegacyEncoding[] = ['windows-1258', 'tcvn3', 'vni'];

/** Converts bytes of a legacy Vietnamese encoding to NFC text; bytes it does not assign keep their Windows-1252 meaning. */
export function decodeLegacyBytes(bytes: ArrayLike<number>, encoding: LegacyEncoding): string {
  switch (encoding) {
    case 'windows-1258':
      return decodeWindows1258(bytes);
    case 'tcvn3':
      return decodeTcvn3(bytes);
    case 'vni':
      return decodeVni(bytes);
  }
}

/** The bytes of `text` in a legacy encoding, or undefined when some character cannot be written in it. */
export function encodeLegacy(text: string, encoding: LegacyEncoding): Uint8Array | undefined {
  switch (encoding) {
    case 'windows-1258':
      return encodeWindows1258(text);
    case 'tcvn3':
      return encodeTcvn3(text);
    case 'vni':
      return encodeVni(text);
  }
}

/**
 * Reads text that was written in `encoding` and then shown as Windows-1252: the characters go back
 * to their Windows-1252 bytes and those bytes are decoded with the legacy table. Characters
 * Windows-1252 has no byte for (a correct "ư" next to a garbled word) are kept as they are and
 * split the text into separately decoded runs.
 */
export function decodeShownAs1252(text: string, encoding: LegacyEncoding): string {
  let out = '';
  let run: number[] = [];
  const flush = () => {
    if (run.length > 0) out += decodeLegacyBytes(run, encoding);
    run = [];
  };
  for (const ch of text) {
    const b = CP1252.byteOf(ch);
    if (b === undefined) {
      flush();
      out += ch;
    } else run.push(b);
  }
  flush();
  return out.normalize('NFC');
}
