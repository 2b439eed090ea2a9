/**
 * Readings of text written in the legacy Vietnamese font encodings and then shown as Windows-1252,
 * the way a Western-configured program (or a careless export) shows them:
 * - TCVN3 (TCVN 5712:1993, the ".Vn" fonts): one byte per letter, "Nguyễn" → "NguyÔn";
 * - VNI Windows: a base letter followed by a byte for the marks, "Nguyễn" → "Nguyeãn".
 * The tables are the file decoder's (shared/encoding): the text goes back to its Windows-1252 bytes
 * and is decoded exactly as a file in that encoding would be. Each returns NFC; characters that
 * have no Windows-1252 byte are kept.
 */
import { decodeShownAs1252 } from '../encoding/legacy';

/** Reads text that was TCVN3 shown through Windows-1252. */
export function decodeTcvn3(text: string): string {
  return decodeShownAs1252(text, 'tcvn3');
}

/** Reads text that was VNI Windows shown through Windows-1252. */
export function decodeVni(text: string): string {
  return decodeShownAs1252(text, 'vni');
}
