/** Small formatting helpers shared by the report builders (escaping, spec references, Vietnam time). */
import type { Lang } from '../i18n/localized';
import { formatDisplay, nowInVietnam } from '../datetime/wire';
import type { SpecRef } from '../spec/types';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Escapes text for XML, dropping characters XML 1.0 cannot carry. */
export function escapeXml(text: string): string {
  // eslint-disable-next-line no-control-regex
  return escapeHtml(text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, ''));
}

/**
 * "dossier.md §2.1, mục 18" / "dossier.md §2.1, row 18" — "mục" as in the app and the command
 * line: reports also say "dòng" for a line of the file.
 */
export function specRefText(ref: SpecRef | undefined, lang: Lang): string {
  if (!ref) return '';
  const row = ref.row ? `, ${lang === 'vi' ? 'mục' : 'row'} ${ref.row}` : '';
  return `${ref.file} ${ref.section}${row}`;
}

/** A moment as dd/MM/yyyy HH:mm in Vietnam time (UTC+7, Asia/Ho_Chi_Minh). */
export function vietnamTime(ms: number): string {
  return formatDisplay(nowInVietnam(ms));
}
