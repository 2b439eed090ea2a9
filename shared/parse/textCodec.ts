/**
 * TextDecoder/TextEncoder exist in every runtime of the product (browsers, Node, workers) but not
 * in the ES library the shared/ project compiles against, so they are reached through globalThis
 * with the few members we use typed here.
 */
import { utf8Encode } from '../encoding/utf8';

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

/** Encodes text as UTF-8 with the platform encoder. */
export function platformEncodeUtf8(text: string): Uint8Array {
  if (platform.TextEncoder) return new platform.TextEncoder().encode(text);
  // A runtime without TextEncoder: the core's own encoder (same output, lone surrogates → U+FFFD).
  return Uint8Array.from(utf8Encode(text));
}
