/**
 * Numbers, sizes, dates and counts as people read them in each language: `1.234` in Vietnamese
 * and `1,234` in English; dates as dd/MM/yyyy HH:mm in Vietnam time (Asia/Ho_Chi_Minh).
 */
import type { Lang } from '../../shared/i18n/localized';
import { formatDisplay, nowInVietnam } from '../../shared/datetime/wire';
import { translate } from './dictionary';

/** A whole number with the language's digit grouping. */
export function formatNumber(n: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-US').format(n);
}

/** A byte count as B, KB or MB. */
export function formatBytes(bytes: number, lang: Lang): string {
  const nf = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 1 });
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
