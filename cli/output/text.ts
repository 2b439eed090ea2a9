/**
 * The `text` format, for people: `file:line:column severity path message [spec §]`, a hint under
 * each issue, one summary line per file and a total.
 */
import { pick, type Lang } from '../../shared/i18n/localized';
import type { Issue, Severity } from '../../shared/index';
import type { FileResult } from './fileResult';

const SEVERITY: Record<Severity, { vi: string; en: string }> = {
  error: { vi: 'lỗi', en: 'error' },
  warning: { vi: 'cảnh báo', en: 'warning' },
  info: { vi: 'thông tin', en: 'info' },
};

function specText(issue: Issue, lang: Lang): string {
  const r = issue.specRef;
  if (!r) return '';
  const row = r.row ? (lang === 'vi' ? ` mục ${r.row}` : ` row ${r.row}`) : '';
  return ` [${r.file} ${r.section}${row}]`;
}

function count(n: number, severity: Severity, lang: Lang): string {
  if (lang === 'vi') return `${n} ${SEVERITY[severity].vi}`;
  return `${n} ${SEVERITY[severity].en}${n === 1 ? '' : 's'}`;
}

/** One line per issue (plus its hint), as printed by `validate --format text`. */
export function issueLines(file: string, issue: Issue, lang: Lang): string[] {
  const line = issue.range?.line ?? 1;
  const column = issue.range?.column ?? 1;
  const path = issue.path === '' ? (lang === 'vi' ? '(toàn bộ tài liệu)' : '(whole document)') : issue.path;
  const provisional = issue.provisional ? (lang === 'vi' ? ' (định nghĩa tạm thời)' : ' (provisional definition)') : '';
  const out = [`${file}:${line}:${column} ${pick(SEVERITY[issue.severity], lang)} ${path} ${pick(issue.message, lang)}${provisional}${specText(issue, lang)}`];
  const hint = pick(issue.hint, lang);
  if (hint) out.push(`    ${lang === 'vi' ? 'gợi ý' : 'hint'}: ${hint}`);
  if (issue.fix) out.push(`    ${lang === 'vi' ? 'sửa nhanh' : 'quick fix'}: ${pick(issue.fix.title, lang)}`);
  return out;
}

/** Renders the whole text output of `validate`. */
export function renderText(results: FileResult[], lang: Lang): string {
  const lines: string[] = [];
  const total = { error: 0, warning: 0, info: 0 };
  for (const r of results) {
    const shown = r.file === '-' ? '(stdin)' : r.file;
    if (r.error) {
      lines.push(`${shown}:1:1 ${pick(SEVERITY.error, lang)} ${pick(r.error, lang)}`);
      total.error++;
      continue;
    }
    const rep = r.report!;
    for (const issue of rep.issues) lines.push(...issueLines(shown, issue, lang));
    for (const repair of rep.repairs) {
      lines.push(`    ${lang === 'vi' ? 'gợi ý sửa' : 'suggested repair'}: ${pick(repair.title, lang)} (${repair.count}×) — ${pick(repair.description, lang)}`);
    }
    const what = rep.packetId ? `${rep.packetId} (${rep.kind}), ${rep.recordCount} ${lang === 'vi' ? 'bản ghi' : rep.recordCount === 1 ? 'record' : 'records'}` : lang === 'vi' ? 'không rõ loại gói tin' : 'unknown packet';
    const verdict = rep.valid ? (lang === 'vi' ? 'HỢP LỆ' : 'VALID') : lang === 'vi' ? 'KHÔNG HỢP LỆ' : 'INVALID';
    const counts = (['error', 'warning', 'info'] as const).map((s) => count(rep.counts[s], s, lang)).join(', ');
    const provisional = rep.provisional ? (lang === 'vi' ? ' — định nghĩa gói tin là bản tái dựng, tạm thời' : ' — the packet definition is a provisional reconstruction') : '';
    const profile = `${lang === 'vi' ? 'hồ sơ cấu hình' : 'profile'} ${rep.profile.id} ${rep.profile.version}`;
    lines.push(`${shown}: ${verdict} — ${what}; ${counts} (${profile})${provisional}`);
    for (const s of ['error', 'warning', 'info'] as const) total[s] += rep.counts[s];
  }
  const files = lang === 'vi' ? `${results.length} tệp` : `${results.length} file${results.length === 1 ? '' : 's'}`;
  lines.push(`${lang === 'vi' ? 'Tổng' : 'Total'}: ${files}, ${(['error', 'warning', 'info'] as const).map((s) => count(total[s], s, lang)).join(', ')}.`);
  return `${lines.join('\n')}\n`;
}
