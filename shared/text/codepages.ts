/**
 * The code pages the mojibake detector works with. The tables themselves live once, in
 * shared/encoding (shared with the file decoder); this module keeps the text lens's imports, and
 * those of shared/evidence, stable.
 */
export { CP1252, CP1258, type CodePage } from '../encoding/windows';
export { utf8Encode, utf8DecodeStrict } from '../encoding/utf8';
