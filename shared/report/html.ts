/**
 * HTML report: one self-contained file (inline CSS, no script, no external resource) that prints
 * cleanly (print CSS: A4, repeated table headers, no split rows). It states the app, spec and
 * profile versions and the time in dd/MM/yyyy HH:mm, Asia/Ho_Chi_Minh.
 */
import type { Lang, Localized } from '../i18n/localized';
import { escapeHtml as h, specRefText, vietnamTime } from './format';
import { L, tr } from './labels';
import { issueRows, type IssueRow } from './rows';
import { ruleTitle } from './ruleTitles';
import { summarize, type GroupCount } from './summary';
import { DEFAULT_APP_NAME, type ReportEntry, type ReportOptions } from './types';

/** The stylesheet shared by the HTML report and the evidence pack. */
export const REPORT_CSS = `
*{box-sizing:border-box}
body{font-family:"Segoe UI","Noto Sans",Arial,sans-serif;font-size:13px;color:#1a1a1a;margin:24px;line-height:1.4}
h1{font-size:20px;margin:0 0 8px}h2{font-size:16px;margin:24px 0 8px;border-bottom:1px solid #ccc;padding-bottom:4px}
h3{font-size:14px;margin:16px 0 6px}
table{border-collapse:collapse;width:100%;margin:6px 0 12px}
th,td{border:1px solid #bbb;padding:4px 6px;text-align:left;vertical-align:top;word-break:break-word}
th{background:#eef1f5}
.meta th{width:30%}
.sev-error{color:#a40000;font-weight:600}.sev-warning{color:#8a5a00}.sev-info{color:#245}
.badge{display:inline-block;padding:1px 6px;border:1px solid currentColor;border-radius:3px;font-size:12px}
.masked{color:#0a5}.unmasked{color:#a40000}
.mono{font-family:Consolas,"DejaVu Sans Mono",monospace;font-size:12px}
.muted{color:#555}
pre{white-space:pre-wrap;word-break:break-all;background:#f6f6f6;border:1px solid #ddd;padding:8px;font-size:12px}
@media print{body{margin:0;font-size:11px}thead{display:table-header-group}tr{page-break-inside:avoid}h2{page-break-after:avoid}section.file{page-break-inside:auto}}
@page{size:A4;margin:14mm}
`;

/** A table of groups; `describe` adds a group's title under its key (a rule code's name). */
function groupTable(title: string, groups: GroupCount[], lang: Lang, describe?: (key: string) => Localized | undefined): string {
  if (groups.length === 0) return '';
  const named = (key: string) => {
    const d = describe?.(key);
    return d ? `<br><span class="muted">${h(tr(d, lang))}</span>` : '';
  };
  const rows = groups
    .map((g) => `<tr><td><span class="mono">${h(g.key || tr(L.unknown, lang))}</span>${named(g.key)}</td><td>${g.count}</td><td>${g.bySeverity.error}</td><td>${g.bySeverity.warning}</td><td>${g.bySeverity.info}</td><td>${g.files}</td></tr>`)
    .join('');
  return `<h3>${h(title)}</h3><table><thead><tr><th>${h(tr(L.group, lang))}</th><th>${h(tr(L.count, lang))}</th><th>${h(tr(L.severity.error, lang))}</th><th>${h(tr(L.severity.warning, lang))}</th><th>${h(tr(L.severity.info, lang))}</th><th>${h(tr(L.files, lang))}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** The issues table of one file (shared with the evidence pack). */
export function issuesTable(rows: readonly IssueRow[], lang: Lang, bilingual = false): string {
  if (rows.length === 0) return `<p>${h(tr(L.noIssues, lang))}</p>`;
  const c = L.columns;
  const other: Lang = lang === 'vi' ? 'en' : 'vi';
  const body = rows
    .map((r) => {
      const where = [r.path ? `<span class="mono">${h(r.path)}</span>` : '', r.line ? `<span class="muted">${h(tr(c.line, lang))} ${r.line}:${r.column}</span>` : ''].filter(Boolean).join('<br>');
      const msg = `${h(tr(r.message, lang))}${bilingual ? `<br><span class="muted">${h(tr(r.message, other))}</span>` : ''}${r.hint ? `<br><span class="muted">${h(tr(L.hint, lang))}: ${h(tr(r.hint, lang))}</span>` : ''}`;
      const ref = r.specRef ? `${h(specRefText(r.specRef, lang))}${bilingual ? `<br><span class="muted">${h(specRefText(r.specRef, other))}</span>` : ''}` : '';
      return `<tr><td class="sev-${r.severity}">${h(tr(L.severity[r.severity], lang))}</td><td class="mono">${h(r.code)}</td><td>${where}</td><td>${r.record ?? ''}</td><td>${msg}</td><td>${ref}</td></tr>`;
    })
    .join('');
  return `<table><thead><tr><th>${h(tr(c.severity, lang))}</th><th>${h(tr(c.code, lang))}</th><th>${h(tr(c.path, lang))}</th><th>${h(tr(c.record, lang))}</th><th>${h(tr(c.message, lang))}</th><th>${h(tr(c.specRef, lang))}</th></tr></thead><tbody>${body}</tbody></table>`;
}

/** The versions block (shared with the evidence pack). */
export function metaTable(options: ReportOptions, profiles: string[], lang: Lang): string {
  const m = options.meta;
  const masked = options.masker ? `<span class="badge masked">${h(tr(L.masked, lang))}</span>` : `<span class="badge unmasked">${h(tr(L.notMasked, lang))}</span>`;
  return `<table class="meta"><tbody>
<tr><th>${h(tr(L.app, lang))}</th><td>${h(m.appName ?? DEFAULT_APP_NAME)} ${h(m.appVersion)}</td></tr>
<tr><th>${h(tr(L.spec, lang))}</th><td>${h(m.specVersion)}</td></tr>
<tr><th>${h(tr(L.profile, lang))}</th><td class="mono">${h(profiles.join(', ') || '—')}</td></tr>
<tr><th>${h(tr(L.generated, lang))}</th><td>${h(vietnamTime(m.generatedAt))} (Asia/Ho_Chi_Minh)</td></tr>
<tr><th></th><td>${masked}</td></tr>
</tbody></table>`;
}

/** Builds the self-contained, printable HTML report of a batch. */
export function toHtml(entries: readonly ReportEntry[], options: ReportOptions): string {
  const lang = options.lang ?? 'vi';
  const s = summarize(entries, options);
  const m = options.masker;
  const files = entries
    .map((e) => {
      const rows = issueRows([e], options);
      const r = e.report;
      const state = r.valid ? `<span class="badge masked">${h(tr(L.valid, lang))}</span>` : `<span class="badge sev-error">${h(tr(L.invalid, lang))}</span>`;
      const prov = r.provisional ? ` <span class="badge sev-warning">${h(tr(L.provisional, lang))}</span>` : '';
      const facts = [r.kind, r.packetId ?? r.service, `${tr(L.records, lang)}: ${r.recordCount}`, `${r.profile.id}@${r.profile.version}`].filter(Boolean).join(' · ');
      return `<section class="file"><h3 class="mono">${h(m ? m.scrub(e.file) : e.file)}</h3><p>${state}${prov} <span class="muted">${h(facts)}</span></p>${issuesTable(rows, lang)}</section>`;
    })
    .join('\n');
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${h(options.meta.appName ?? DEFAULT_APP_NAME)} ${h(options.meta.appVersion)}">
<title>${h(tr(L.title, lang))}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<h1>${h(tr(L.title, lang))}</h1>
${metaTable(options, s.profiles, lang)}
<h2>${h(tr(L.summary, lang))}</h2>
<table class="meta"><tbody>
<tr><th>${h(tr(L.files, lang))}</th><td>${s.files}</td></tr>
<tr><th>${h(tr(L.filesValid, lang))}</th><td>${s.filesValid}</td></tr>
<tr><th>${h(tr(L.filesUnreadable, lang))}</th><td>${s.filesUnreadable}</td></tr>
<tr><th>${h(tr(L.records, lang))}</th><td>${s.records}</td></tr>
<tr><th>${h(tr(L.severity.error, lang))} / ${h(tr(L.severity.warning, lang))} / ${h(tr(L.severity.info, lang))}</th><td>${s.issues.error} / ${s.issues.warning} / ${s.issues.info}</td></tr>
</tbody></table>
${groupTable(tr(L.byCode, lang), s.byCode, lang, ruleTitle)}
${groupTable(tr(L.byAgency, lang), s.byAgency, lang)}
${groupTable(tr(L.byKind, lang), s.byKind, lang)}
${groupTable(tr(L.byService, lang), s.byService, lang)}
<h2>${h(tr(L.files, lang))}</h2>
${files}
</body>
</html>
`;
}
