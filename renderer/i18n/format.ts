/**
 * Numbers, sizes, dates and counts as people read them in each language: `1.234` in Vietnamese
 * and `1,234` in English; dates as dd/MM/yyyy HH:mm in Vietnam time (Asia/Ho_Chi_Minh).
 */
import type { Lang } from '../../shared/i18n/localized';
import { formatDisplay, nowInVietnam } from '../../shared/datetime/wire';
import { translate } from './dictionary';

// Creating an Intl.NumberFormat costs far more than using one (measured: tens of ms per screen
// of counts while a big file loads), so each is made once per language.
const integerFormats = new Map<Lang, Intl.NumberFormat>();
const decimalFormats = new Map<Lang, Intl.NumberFormat>();

function integerFormat(lang: Lang): Intl.NumberFormat {
  let f = integerFormats.get(lang);
  if (!f) integerFormats.set(lang, (f = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-US')));
  return f;
}

/** A whole number with the language's digit grouping. */
export function formatNumber(n: number, lang: Lang): string {
  return integerFormat(lang).format(n);
}

/** A byte count as B, KB or MB. */
export function formatBytes(bytes: number, lang: Lang): string {
  let nf = decimalFormats.get(lang);
  if (!nf) decimalFormats.set(lang, (nf = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 1 })));
  if (bytes < 1024) return `${nf.format(bytes)} B`;
  if (bytes < 1024 * 1024) return `${nf.format(bytes / 1024)} KB`;
  return `${nf.format(bytes / 1024 / 1024)} MB`;
}

/** An instant (ISO text) as dd/MM/yyyy HH:mm, Vietnam time, whatever the machine's zone. */
export function formatVietnamTime(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : formatDisplay(nowInVietnam(ms));
}

/**
 * Issue counts as the status bar and screen readers say them: "2 lỗi, 1 cảnh báo" /
 * "2 errors, 1 warning" (the editor's accessibility convention).
 */
export function issueCountsText(counts: { error: number; warning: number }, lang: Lang): string {
  return `${translate('count.errors', lang, { n: formatNumber(counts.error, lang), count: counts.error })}, ${translate('count.warnings', lang, {
    n: formatNumber(counts.warning, lang),
    count: counts.warning,
  })}`;
}
