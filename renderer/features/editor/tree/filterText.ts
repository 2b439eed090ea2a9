/**
 * Matching of the tree's filter box: case and Vietnamese diacritics ignored, so "da tra" finds
 * "Đã trả kết quả" and "ngayhentra" finds `NgayHenTra` (helpdesk staff type without accents).
 */
import { toAscii } from '../../../../shared/generate/vietnamese';

const cache = new Map<string, string>();

/** The form text is compared in: lower case, no diacritics, spaces collapsed. */
export function normalizeQuery(text: string): string {
  return toAscii(text.normalize('NFC')).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Whether `text` contains the normalised query `q`. Labels repeat across records: their normal forms are cached. */
export function textMatches(text: string, q: string): boolean {
  if (!text) return false;
  let n = cache.get(text);
  if (n === undefined) {
    n = normalizeQuery(text);
    // Values are many and mostly distinct; only short texts (labels, codes) are worth keeping.
    if (text.length <= 64 && cache.size < 50_000) cache.set(text, n);
  }
  return n.includes(q);
}
