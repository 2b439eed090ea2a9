/**
 * The "show code points" view: every character of a value with its U+ number and a name, so a
 * helpdesk officer can see why two equal-looking values differ (NFD marks, no-break spaces…).
 */
import { t, type Localized } from '../i18n/localized';
import { INVISIBLE_CHARS } from './invisible';
import { SMART_QUOTES } from './quotes';

/** Names of the combining marks Vietnamese uses, with their Vietnamese names. */
const MARKS: Record<string, { name: string; label: Localized }> = {
  '\u0300': { name: 'GRAVE', label: t('dấu huyền', 'grave (huyền)') },
  '\u0301': { name: 'ACUTE', label: t('dấu sắc', 'acute (sắc)') },
  '\u0303': { name: 'TILDE', label: t('dấu ngã', 'tilde (ngã)') },
  '\u0309': { name: 'HOOK ABOVE', label: t('dấu hỏi', 'hook above (hỏi)') },
  '\u0323': { name: 'DOT BELOW', label: t('dấu nặng', 'dot below (nặng)') },
  '\u0302': { name: 'CIRCUMFLEX', label: t('dấu mũ', 'circumflex (mũ)') },
  '\u0306': { name: 'BREVE', label: t('dấu trăng', 'breve (trăng)') },
  '\u031b': { name: 'HORN', label: t('dấu móc (râu)', 'horn (móc)') },
};

const DIGITS = ['ZERO', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN', 'EIGHT', 'NINE'];
const QUOTE_NAMES: Record<string, string> = {
  '\u2018': 'LEFT SINGLE QUOTATION MARK', '\u2019': 'RIGHT SINGLE QUOTATION MARK', '\u201a': 'SINGLE LOW-9 QUOTATION MARK',
  '\u201b': 'SINGLE HIGH-REVERSED-9 QUOTATION MARK', '\u201c': 'LEFT DOUBLE QUOTATION MARK', '\u201d': 'RIGHT DOUBLE QUOTATION MARK',
  '\u201e': 'DOUBLE LOW-9 QUOTATION MARK', '\u201f': 'DOUBLE HIGH-REVERSED-9 QUOTATION MARK', '\u2032': 'PRIME', '\u2033': 'DOUBLE PRIME',
  '\u00ab': 'LEFT-POINTING DOUBLE ANGLE QUOTATION MARK', '\u00bb': 'RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK',
  '\u2039': 'SINGLE LEFT-POINTING ANGLE QUOTATION MARK', '\u203a': 'SINGLE RIGHT-POINTING ANGLE QUOTATION MARK',
};

export type CodePointKind = 'letter' | 'digit' | 'combining' | 'invisible' | 'space' | 'quote' | 'control' | 'other';

/** One code point of a value, as the code-point view shows it. */
export interface CodePointInfo {
  char: string;
  /** `U+1EC5`. */
  codePoint: string;
  /** Offset in UTF-16 units (what editors and TextRange use). */
  index: number;
  /** Unicode-style name when known (`LATIN SMALL LETTER E WITH CIRCUMFLEX AND TILDE`). */
  name?: string;
  /** A Vietnamese/English label for marks and invisible characters. */
  label?: Localized;
  kind: CodePointKind;
}

function letterName(ch: string): string | undefined {
  const parts = [...ch.normalize('NFD')];
  let base = parts[0];
  const marks = parts.slice(1).map((m) => MARKS[m]?.name);
  if (marks.some((m) => m === undefined)) return undefined;
  let extra = '';
  if (base === 'đ' || base === 'Đ') {
    extra = ' WITH STROKE';
    base = base === 'đ' ? 'd' : 'D';
  }
  if (!/^[A-Za-z]$/.test(base)) return undefined;
  const kase = base === base.toUpperCase() ? 'CAPITAL' : 'SMALL';
  return `LATIN ${kase} LETTER ${base.toUpperCase()}${extra}${marks.length ? ` WITH ${marks.join(' AND ')}` : ''}`;
}

/** Describes each code point of a value, in order. */
export function codePoints(value: string): CodePointInfo[] {
  const out: CodePointInfo[] = [];
  let index = 0;
  for (const ch of value) {
    const cp = ch.codePointAt(0)!;
    const codePoint = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
    const info: CodePointInfo = { char: ch, codePoint, index, kind: 'other' };
    if (MARKS[ch]) {
      info.kind = 'combining';
      // Unicode calls only the grave, acute and circumflex "ACCENT" (U+0300, U+0301, U+0302).
      info.name = `COMBINING ${MARKS[ch].name}${'\u0300\u0301\u0302'.includes(ch) ? ' ACCENT' : ''}`;
      info.label = MARKS[ch].label;
    } else if (cp >= 0x300 && cp <= 0x36f) {
      info.kind = 'combining';
    } else if (INVISIBLE_CHARS[ch]) {
      info.kind = INVISIBLE_CHARS[ch].replaceWith === ' ' ? 'space' : 'invisible';
      info.name = INVISIBLE_CHARS[ch].name;
      info.label = INVISIBLE_CHARS[ch].label;
    } else if (SMART_QUOTES.includes(ch)) {
      info.kind = 'quote';
      info.name = QUOTE_NAMES[ch];
      info.label = t('dấu nháy kiểu chữ in', 'typographic quote');
    } else if (ch === ' ') {
      info.kind = 'space';
      info.name = 'SPACE';
    } else if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) {
      info.kind = 'control';
      info.label = t('ký tự điều khiển', 'control character');
    } else if (/^[0-9]$/.test(ch)) {
      info.kind = 'digit';
      info.name = `DIGIT ${DIGITS[cp - 0x30]}`;
    } else {
      const name = letterName(ch);
      if (name) {
        info.kind = 'letter';
        info.name = name;
      }
    }
    out.push(info);
    index += ch.length;
  }
  return out;
}
