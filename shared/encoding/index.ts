/** Byte ↔ character tables: Windows-1252/1258, TCVN3, VNI (one copy for the file decoder and the mojibake detector), UTF-8. */
export { CP1252, CP1258, decodeWindows1258, encodeWindows1258, type CodePage } from './windows';
export { decodeLegacyBytes, encodeLegacy, decodeShownAs1252, LEGACY_ENCODINGS, type LegacyEncoding } from './legacy';
export { utf8Encode, utf8DecodeStrict } from './utf8';
