/**
 * TextDecoder/TextEncoder exist in every runtime of the product (browsers, Node, workers) but not
 * in the ES library the shared/ project compiles against, so they are reached through globalThis
 * with the few members we use typed here.
 */

interface TextDecoderLike {
  decode(input: Uint8Array): string;
}
interface TextDecoderCtor {
  new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }): TextDecoderLike;
}
interface TextEncoderLike {
  encode(input: string): Uint8Array;
}
interface TextEncoderCtor {
  new (): TextEncoderLike;
}

const platform = globalThis as unknown as { TextDecoder?: TextDecoderCtor; TextEncoder?: TextEncoderCtor };

/** Decodes bytes with the platform decoder; with `fatal`, malformed input throws a TypeError. */
export function platformDecode(bytes: Uint8Array, label: string, fatal: boolean): string {
  if (!platform.TextDecoder) throw new Error('TextDecoder is not available in this runtime');
  return new platform.TextDecoder(label, { fatal, ignoreBOM: true }).decode(bytes);
}

/** Whether the platform decoder knows an encoding label (small-ICU builds lack the Windows code pages). */
export function platformSupports(label: string): boolean {
  try {
    if (!platform.TextDecoder) return false;
    new platform.TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/** Encodes text as UTF-8 with the platform encoder. */
export function platformEncodeUtf8(text: string): Uint8Array {
  if (platform.TextEncoder) return new platform.TextEncoder().encode(text);
  // Fallback for a runtime without TextEncoder: a plain UTF-8 encoder (lone surrogates → U+FFFD, as TextEncoder does).
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
        i++;
      } else cp = 0xfffd;
    } else if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return Uint8Array.from(out);
}
