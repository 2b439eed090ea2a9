/**
 * Conversion of the pre-Unicode Vietnamese 8-bit encodings that still turn up in files exported by
 * old one-stop-shop installations ("loạn font", PEERS.md [V2]). Used only after the user confirms
 * the encoding that decodeBytes suspected: nothing here is applied silently.
 *
 * The tables live in shared/encoding (one copy, shared with the mojibake detector):
 * - Windows-1258: precomposed â ê ô ă ơ ư đ plus *combining* tone marks → normalised to NFC.
 * - TCVN3 (ABC, ".VnTime" fonts): one byte per precomposed lower-case letter; text typed in the
 *   upper-case .VnTimeH fonts uses the same bytes, so its toned capitals come out lower-case.
 * - VNI-Windows: an ASCII base letter followed by one byte carrying the tone and/or the mark
 *   (circumflex, breve); ơ ư đ and the toned i/ỵ are single bytes.
 * Bytes a table does not define keep their Windows-1252 meaning, so nothing is dropped.
 */
import { decodeLegacyBytes, decodeWindows1258, type LegacyEncoding } from '../encoding';

export type { LegacyEncoding } from '../encoding';

/** Display names of the legacy encodings, Vietnamese first. */
export const LEGACY_ENCODING_NAMES: Record<LegacyEncoding, { vi: string; en: string }> = {
  'windows-1258': { vi: 'Windows-1258 (bảng mã Việt của Windows)', en: 'Windows-1258 (Windows Vietnamese code page)' },
  tcvn3: { vi: 'TCVN3 (ABC, phông .VnTime)', en: 'TCVN3 (ABC, .VnTime fonts)' },
  vni: { vi: 'VNI (VNI-Windows, phông VNI-Times)', en: 'VNI (VNI-Windows, VNI-Times fonts)' },
};

/**
 * Windows-1258 from the product's own table, NFC. decodeLegacy always uses it (small-ICU runtimes
 * have no platform decoder for it); the tests check it equals TextDecoder's on every byte.
 */
export function decodeWindows1258Table(bytes: Uint8Array): string {
  return decodeWindows1258(bytes);
}

/** Converts bytes of a legacy Vietnamese encoding to text (NFC); call only after the user confirmed the encoding. */
export function decodeLegacy(bytes: Uint8Array, encoding: LegacyEncoding): string {
  return decodeLegacyBytes(bytes, encoding);
}
