/**
 * Unicode normalisation of Vietnamese: the same "ễ" can be one code point (NFC, what TCVN 6909
 * and the portal's search expect) or "e" + circumflex + tilde (NFD, what macOS file names and
 * some copy-pastes produce). Mixed forms compare unequal and break search and deduplication.
 */

export type NormalizationForm = 'nfc' | 'nfd' | 'mixed' | 'ascii';

/** Which form a value is in: plain ASCII, NFC, wholly decomposed, or a mix of both. */
export function normalizationForm(text: string): NormalizationForm {
  let precomposed = false;
  let nonAscii = false;
  for (const ch of text) {
    if (ch.charCodeAt(0) > 0x7f) nonAscii = true;
    if (ch.normalize('NFD') !== ch) precomposed = true;
  }
  if (!nonAscii) return 'ascii';
  if (text.normalize('NFC') === text) return 'nfc';
  return precomposed ? 'mixed' : 'nfd';
}
