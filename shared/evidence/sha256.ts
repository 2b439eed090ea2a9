/**
 * SHA-256 through Web Crypto (`globalThis.crypto.subtle`, present in browsers, Electron and
 * Node 20), of a text's UTF-8 bytes, as lower-case hex. Typed locally because shared/ compiles
 * without the DOM library.
 */
import { utf8Encode } from '../text/codepages';

interface SubtleLike {
  digest(algorithm: string, data: Uint8Array): Promise<ArrayBuffer>;
}

/** The SHA-256 of the UTF-8 encoding of `text`, hex. Rejects when Web Crypto is unavailable. */
export async function sha256Hex(text: string): Promise<string> {
  const subtle = (globalThis as unknown as { crypto?: { subtle?: SubtleLike } }).crypto?.subtle;
  if (!subtle) throw new Error('Web Crypto (crypto.subtle) is not available');
  const digest = await subtle.digest('SHA-256', new Uint8Array(utf8Encode(text)));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
