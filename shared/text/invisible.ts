/**
 * Characters that look like nothing (zero-width) or like a plain space (no-break spaces), which
 * make two equal-looking codes differ and break the portal's lookups.
 */
import { t, type Localized } from '../i18n/localized';

/** Invisible or space-like characters, with what cleaning does to each. */
export const INVISIBLE_CHARS: Record<string, { name: string; label: Localized; replaceWith: string }> = {
  '\u200b': { name: 'ZERO WIDTH SPACE', label: t('khoảng trắng độ rộng 0', 'zero-width space'), replaceWith: '' },
  '\u200c': { name: 'ZERO WIDTH NON-JOINER', label: t('ký tự không nối độ rộng 0', 'zero-width non-joiner'), replaceWith: '' },
  '\u200d': { name: 'ZERO WIDTH JOINER', label: t('ký tự nối độ rộng 0', 'zero-width joiner'), replaceWith: '' },
  '\u2060': { name: 'WORD JOINER', label: t('ký tự nối từ', 'word joiner'), replaceWith: '' },
  '\ufeff': { name: 'ZERO WIDTH NO-BREAK SPACE (BOM)', label: t('dấu BOM giữa văn bản', 'byte order mark inside text'), replaceWith: '' },
  '\u200e': { name: 'LEFT-TO-RIGHT MARK', label: t('dấu hướng trái-phải', 'left-to-right mark'), replaceWith: '' },
  '\u200f': { name: 'RIGHT-TO-LEFT MARK', label: t('dấu hướng phải-trái', 'right-to-left mark'), replaceWith: '' },
  '\u00ad': { name: 'SOFT HYPHEN', label: t('gạch nối mềm', 'soft hyphen'), replaceWith: '' },
  '\u00a0': { name: 'NO-BREAK SPACE', label: t('khoảng trắng không ngắt', 'no-break space'), replaceWith: ' ' },
  '\u202f': { name: 'NARROW NO-BREAK SPACE', label: t('khoảng trắng hẹp không ngắt', 'narrow no-break space'), replaceWith: ' ' },
  '\u2007': { name: 'FIGURE SPACE', label: t('khoảng trắng chữ số', 'figure space'), replaceWith: ' ' },
  '\u3000': { name: 'IDEOGRAPHIC SPACE', label: t('khoảng trắng toàn khổ', 'ideographic space'), replaceWith: ' ' },
};

const INVISIBLE_RE = new RegExp(`[${Object.keys(INVISIBLE_CHARS).join('')}]`, 'g');

/** One invisible character found in a value. */
export interface InvisibleHit {
  /** Index in UTF-16 units. */
  index: number;
  char: string;
  codePoint: string;
  name: string;
  label: Localized;
}

/** Lists the invisible and space-like characters of a value. */
export function findInvisible(text: string): InvisibleHit[] {
  const hits: InvisibleHit[] = [];
  for (const m of text.matchAll(INVISIBLE_RE)) {
    const info = INVISIBLE_CHARS[m[0]];
    hits.push({ index: m.index!, char: m[0], codePoint: `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`, name: info.name, label: info.label });
  }
  return hits;
}

/** Removes zero-width characters and turns no-break spaces into plain spaces. */
export function cleanInvisible(text: string): string {
  return text.replace(INVISIBLE_RE, (c) => INVISIBLE_CHARS[c].replaceWith);
}
