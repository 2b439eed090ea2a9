/**
 * The output of `qcvn120 validate --compare-profile B`: per file, the verdict and counts under A
 * (the profile in use, `--profile`) and B (the profile considered), and the issues that appear,
 * disappear or change severity (shared/validate/compareReports.ts). Text for people, Vietnamese
 * first; JSON as one document:
 * `{"profiles":{"a":{id,version},"b":{id,version}},"files":[{"file","kind","a":{"valid","errors","warnings"},
 *   "b":{…},"onlyA":[issue…],"onlyB":[…],"changed":[{"path","code","a","b","message","line","column"}]}]}`.
 */
import { pick, type Lang } from '../shared/i18n/localized';
import type { Issue, Severity } from '../shared/index';
import type { ComparedSide, ReportComparison } from '../shared/validate/compareReports';

/** One input compared: the comparison (and B's kind), or why it could not be read. */
export interface ComparedFile {
  file: string;
  kind?: string;
  comparison?: ReportComparison;
  error?: { vi: string; en: string };
}

type ProfileName = { id: string; version: string };

const SEVERITY: Record<Severity, { vi: string; en: string }> = {
  error: { vi: 'lỗi', en: 'error' },
  warning: { vi: 'cảnh báo', en: 'warning' },
  info: { vi: 'thông tin', en: 'info' },
};

const where = (i: Issue) => ({ line: i.range?.line ?? 1, column: i.range?.column ?? 1 });

function jsonIssue(i: Issue, lang: Lang) {
  return { path: i.path, code: i.code, severity: i.severity, message: pick(i.message, lang), ...where(i) };
}

const jsonSide = (s: ComparedSide) => ({ valid: s.valid, errors: s.counts.error, warnings: s.counts.warning });

/** Renders the JSON document of a comparison. */
export function renderCompareJson(profiles: { a: ProfileName; b: ProfileName }, results: ComparedFile[], lang: Lang): string {
  const files = results.map((r) => {
    if (!r.comparison) return { file: r.file, kind: null, error: pick(r.error, lang) };
    const c = r.comparison;
    return {
      file: r.file,
      kind: r.kind ?? null,
      a: jsonSide(c.a),
      b: jsonSide(c.b),
      onlyA: c.onlyA.map((i) => jsonIssue(i, lang)),
      onlyB: c.onlyB.map((i) => jsonIssue(i, lang)),
      changed: c.changed.map((x) => ({ path: x.b.path, code: x.b.code, a: x.a.severity, b: x.b.severity, message: pick(x.b.message, lang), ...where(x.b) })),
    };
  });
  return `${JSON.stringify({ profiles, files })}\n`;
}

function counts(s: ComparedSide, lang: Lang): string {
  return (['error', 'warning', 'info'] as const)
    .map((sev) => (lang === 'vi' ? `${s.counts[sev]} ${SEVERITY[sev].vi}` : `${s.counts[sev]} ${SEVERITY[sev].en}${s.counts[sev] === 1 ? '' : 's'}`))
    .join(', ');
}

const verdict = (valid: boolean, lang: Lang) => (valid ? (lang === 'vi' ? 'HỢP LỆ' : 'VALID') : lang === 'vi' ? 'KHÔNG HỢP LỆ' : 'INVALID');
const name = (p: ProfileName) => `${p.id} ${p.version}`.trim();
const shownPath = (i: Issue, lang: Lang) => (i.path === '' ? (lang === 'vi' ? '(toàn bộ tài liệu)' : '(whole document)') : i.path);

function spec(i: Issue, lang: Lang): string {
  const r = i.specRef;
  if (!r) return '';
  return ` [${r.file} ${r.section}${r.row ? (lang === 'vi' ? ` mục ${r.row}` : ` row ${r.row}`) : ''}]`;
}

function issueLine(mark: string, file: string, i: Issue, lang: Lang): string {
  const { line, column } = where(i);
  return `  ${mark} ${file}:${line}:${column} ${pick(SEVERITY[i.severity], lang)} ${shownPath(i, lang)} ${i.code}: ${pick(i.message, lang)}${spec(i, lang)}`;
}

/** Renders the text of a comparison: a legend, each file's verdicts and differences, a total. */
export function renderCompareText(profiles: { a: ProfileName; b: ProfileName }, results: ComparedFile[], lang: Lang): string {
  const vi = lang === 'vi';
  const a = name(profiles.a);
  const b = name(profiles.b);
  const lines = [
    vi
      ? `So sánh kết quả theo hồ sơ A = ${a} và B = ${b} (+ mới theo B, − không còn theo B, ~ đổi mức).`
      : `Comparing results under profile A = ${a} and B = ${b} (+ new under B, − gone under B, ~ severity changed).`,
  ];
  const total = { becomesInvalid: 0, becomesValid: 0, added: 0, gone: 0, changed: 0 };
  for (const r of results) {
    const shown = r.file === '-' ? '(stdin)' : r.file;
    if (!r.comparison) {
      lines.push(`${shown}:1:1 ${pick(SEVERITY.error, lang)} ${pick(r.error, lang)}`);
      continue;
    }
    const c = r.comparison;
    const move = c.verdict === 'same' ? verdict(c.b.valid, lang) : `${verdict(c.a.valid, lang)} → ${verdict(c.b.valid, lang)}`;
    lines.push(`${shown}: ${move} (A: ${counts(c.a, lang)}; B: ${counts(c.b, lang)})`);
    for (const i of c.onlyB) lines.push(issueLine('+', shown, i, lang));
    for (const i of c.onlyA) lines.push(issueLine('−', shown, i, lang));
    for (const x of c.changed) {
      const { line, column } = where(x.b);
      const sev = `${pick(SEVERITY[x.a.severity], lang)} → ${pick(SEVERITY[x.b.severity], lang)}`;
      lines.push(`  ~ ${shown}:${line}:${column} ${sev} ${shownPath(x.b, lang)} ${x.b.code}: ${pick(x.b.message, lang)}${spec(x.b, lang)}`);
    }
    if (!c.onlyA.length && !c.onlyB.length && !c.changed.length) lines.push(vi ? '  (không có khác biệt)' : '  (no difference)');
    if (c.verdict !== 'same') total[c.verdict]++;
    total.added += c.onlyB.length;
    total.gone += c.onlyA.length;
    total.changed += c.changed.length;
  }
  const n = results.length;
  lines.push(
    vi
      ? `Tổng: ${n} tệp; ${total.becomesInvalid} tệp từ hợp lệ thành không hợp lệ, ${total.becomesValid} tệp từ không hợp lệ thành hợp lệ; ${total.added} vấn đề mới, ${total.gone} không còn, ${total.changed} đổi mức.`
      : `Total: ${n} file${n === 1 ? '' : 's'}; ${total.becomesInvalid} go from valid to invalid, ${total.becomesValid} from invalid to valid; ${total.added} new issue${total.added === 1 ? '' : 's'}, ${total.gone} gone, ${total.changed} with another severity.`,
  );
  return `${lines.join('\n')}\n`;
}
