/**
 * The evidence pack as one printable HTML page: versions, the reply and its explanation, the
 * issues in both languages with their spec references, each part verbatim, and the checksums.
 * Self-contained like the HTML report (same stylesheet, no script, no external resource).
 */
import type { Lang } from '../i18n/localized';
import { t } from '../i18n/localized';
import { escapeHtml as h } from '../report/format';
import { REPORT_CSS } from '../report/html';
import { L, tr } from '../report/labels';
import type { ReportMeta } from '../report/types';
import type { EvidencePackData } from './pack';

const E = {
  title: t('Gói bằng chứng gửi nhà cung cấp', 'Evidence pack for the vendor'),
  reply: t('Trả lời của Cổng DVCQG', 'DVCQG reply'),
  issues: t('Danh sách vấn đề', 'Issues'),
  parts: t('Các phần và mã kiểm tra SHA-256', 'Parts and SHA-256 checksums'),
  part: t('Phần', 'Part'),
  bytes: t('Số byte (UTF-8)', 'Bytes (UTF-8)'),
  packet: t('Gói tin (đã che dữ liệu cá nhân)', 'Packet (personal data masked)'),
  sent: t('Thời điểm gửi', 'Sent at'),
  received: t('Thời điểm nhận trả lời', 'Reply received at'),
  action: t('Việc cần làm', 'What to do'),
  verify: t(
    'Kiểm tra: mã SHA-256 của từng phần (văn bản UTF-8 đúng như trong tệp JSON đi kèm) phải khớp với bảng trên.',
    'To verify: the SHA-256 of each part (its UTF-8 text exactly as in the companion JSON file) must match the table above.',
  ),
};

/** Renders the pack's HTML page. */
export function evidenceHtml(d: EvidencePackData, lang: Lang, meta: ReportMeta): string {
  const other: Lang = lang === 'vi' ? 'en' : 'vi';
  const both = (l: { vi: string; en: string }) => `${h(l[lang])}<br><span class="muted">${h(l[other])}</span>`;
  const issues = d.issues.length
    ? `<table><thead><tr><th>${h(tr(L.columns.severity, lang))}</th><th>${h(tr(L.columns.code, lang))}</th><th>${h(tr(L.columns.path, lang))}</th><th>${h(tr(L.columns.message, lang))}</th><th>${h(tr(L.columns.specRef, lang))}</th></tr></thead><tbody>${d.issues
        .map(
          (i) =>
            `<tr><td class="sev-${i.severity}">${h(tr(L.severity[i.severity], lang))}</td><td class="mono">${h(i.code)}</td><td class="mono">${h(i.path)}${i.line ? `<br><span class="muted">${h(tr(L.columns.line, lang))} ${i.line}:${i.column}</span>` : ''}</td><td>${both(i.message)}</td><td>${i.specRef ? both(i.specRef) : ''}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : `<p>${h(tr(L.noIssues, lang))}</p>`;
  const reply = d.replyExplanation
    ? `<h2>${h(tr(E.reply, lang))}</h2><table class="meta"><tbody>
<tr><th>error_code</th><td class="mono">${h(d.replyExplanation.code ?? '')}</td></tr>
<tr><th>${h(tr(L.summary, lang))}</th><td>${both(d.replyExplanation.title)}</td></tr>
<tr><th></th><td>${both(d.replyExplanation.explanation)}</td></tr>
<tr><th>${h(tr(E.action, lang))}</th><td>${both(d.replyExplanation.action)}</td></tr>
</tbody></table>`
    : '';
  const partRows = d.parts.map((p) => `<tr><td class="mono">${h(p.name)}</td><td>${p.bytes}</td><td class="mono">${h(p.sha256)}</td></tr>`).join('');
  const partTexts = d.parts.map((p) => `<h3 class="mono">${h(p.name)}</h3><pre>${h(p.text)}</pre>`).join('\n');
  const times = [d.sentAt ? `<tr><th>${h(tr(E.sent, lang))}</th><td>${h(d.sentAt)}</td></tr>` : '', d.receivedAt ? `<tr><th>${h(tr(E.received, lang))}</th><td>${h(d.receivedAt)}</td></tr>` : ''].join('');
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(tr(E.title, lang))}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<h1>${h(tr(E.title, lang))}</h1>
<p class="muted">${h(tr(E.title, other))}</p>
<table class="meta"><tbody>
<tr><th>${h(tr(L.app, lang))}</th><td>${h(d.app.name)} ${h(d.app.version)}</td></tr>
<tr><th>${h(tr(L.spec, lang))}</th><td>${h(d.specVersion)}</td></tr>
<tr><th>${h(tr(L.profile, lang))}</th><td class="mono">${h(`${d.profile.id}@${d.profile.version}`)}</td></tr>
<tr><th>${h(tr(L.generated, lang))}</th><td>${h(d.createdAtVietnam)} (Asia/Ho_Chi_Minh) · ${h(d.createdAt)}</td></tr>
${times}
<tr><th>${h(tr(L.columns.file, lang))}</th><td class="mono">${h(d.packetName)}</td></tr>
<tr><th>${h(tr(L.columns.service, lang))}</th><td class="mono">${h(d.service ?? d.kind ?? '')}</td></tr>
<tr><th></th><td><span class="badge masked">${both(L.masked)}</span> <span class="muted">${h(meta.appName ?? d.app.name)} · keepStructure=${d.mask.options.keepStructure}</span></td></tr>
</tbody></table>
${reply}
<h2>${h(tr(E.issues, lang))}</h2>
${issues}
<h2>${h(tr(E.parts, lang))}</h2>
<table><thead><tr><th>${h(tr(E.part, lang))}</th><th>${h(tr(E.bytes, lang))}</th><th>SHA-256</th></tr></thead><tbody>${partRows}</tbody></table>
<p class="muted">${both(E.verify)}</p>
${partTexts}
</body>
</html>
`;
}
