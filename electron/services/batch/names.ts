/**
 * File names the helpdesk exports suggest: what the file is, in the interface language, and when
 * it was made (Vietnam time), so a week of reports sorts by date in a folder.
 */
import type { Lang } from '../../../shared/i18n/localized';
import { formatWire, nowInVietnam } from '../../../shared/datetime/wire';

/** `yyyyMMdd-HHmm` in Vietnam time. */
export function stamp(ms: number): string {
  const w = formatWire(nowInVietnam(ms));
  return `${w.slice(0, 8)}-${w.slice(8, 12)}`;
}

/** `bao-cao-kiem-tra-20240312-0830.html` / `validation-report-20240312-0830.html` (`-da-che` / `-masked` when masked). */
export function reportFileName(lang: Lang, ms: number, extension: string, masked: boolean): string {
  const base = lang === 'vi' ? 'bao-cao-kiem-tra' : 'validation-report';
  const mark = masked ? (lang === 'vi' ? '-da-che' : '-masked') : '';
  return `${base}${mark}-${stamp(ms)}${extension}`;
}
