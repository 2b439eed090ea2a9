/**
 * UTF-8 as plain arithmetic, for the core that compiles without TextEncoder/TextDecoder (not in
 * the ES2023 library shared/ builds against): the mojibake detector re-reads Windows bytes as
 * UTF-8, evidence packs hash and measure UTF-8 text.
 */

/** UTF-8 bytes of a string (lone surrogates become U+FFFD, as TextEncoder does). */
export function utf8Encode(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) {
    let cp = ch.codePointAt(0)!;
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return out;
}

/** Strict UTF-8 decoding: undefined on any malformed or overlong sequence. */
export function utf8DecodeStrict(bytes: ArrayLike<number>): string | undefined {
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    let cp: number;
    let n: number;
    if (b < 0x80) {
      cp = b;
      n = 0;
    } else if (b >= 0xc2 && b <= 0xdf) {
      cp = b & 31;
      n = 1;
    } else if (b >= 0xe0 && b <= 0xef) {
      cp = b & 15;
      n = 2;
    } else if (b >= 0xf0 && b <= 0xf4) {
      cp = b & 7;
      n = 3;
    } else return undefined;
    for (let k = 1; k <= n; k++) {
      const c = i + k < bytes.length ? bytes[i + k] : undefined;
      if (c === undefined || (c & 0xc0) !== 0x80) return undefined;
      cp = (cp << 6) | (c & 63);
    }
    if ((n === 2 && cp < 0x800) || (n === 3 && (cp < 0x10000 || cp > 0x10ffff)) || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
    out += String.fromCodePoint(cp);
    i += n + 1;
  }
  return out;
}
