/**
 * A send result as lines of text for people (the CLI's `--format text`, logs, a copy-to-clipboard
 * summary): one line per request with its reply or fault, the explanation and what to do, then
 * a summary. Contains nothing secret, because a result never does.
 */
import { pick, type Lang } from '../i18n/localized';
import { environmentName } from './environment';
import type { ChunkResult, SendResult } from './result';

function chunkLine(c: ChunkResult, total: number, lang: Lang): string[] {
  const vi = lang === 'vi';
  const head = `${vi ? 'Phần' : 'Part'} ${c.index + 1}/${total} · ${c.service}${c.isUpdating ? ` · isUpdating ${c.isUpdating}` : ''}${c.maHoSo.length ? ` · ${c.maHoSo.join(', ')}` : ''}`;
  const out: string[] = [];
  if (c.status === 'not-sent') {
    out.push(`${head} → ${vi ? 'chưa gửi' : 'not sent'}`);
    return out;
  }
  const timing = c.durationMs !== undefined ? ` (${c.durationMs} ms)` : '';
  if (c.status === 'fault' && c.fault) {
    out.push(`${head} → ${pick(c.fault.title, lang)}${c.httpStatus ? ` (HTTP ${c.httpStatus})` : ''}${timing}`);
    out.push(`  ${pick(c.fault.message, lang)}`);
    out.push(`  ${vi ? 'Cần làm' : 'What to do'}: ${pick(c.fault.action, lang)}`);
    if (c.fault.detail) out.push(`  ${vi ? 'Chi tiết' : 'Detail'}: ${c.fault.detail}`);
    return out;
  }
  const code = c.reply ? JSON.stringify(c.reply.error_code) : '?';
  const message = typeof c.reply?.message === 'string' && c.reply.message ? `: ${c.reply.message}` : '';
  out.push(`${head} → HTTP ${c.httpStatus ?? '?'}, error_code ${code}${message}${timing}${c.relogins ? (vi ? ' [đã đăng nhập lại]' : ' [logged in again]') : ''}`);
  if (c.explanation && c.status !== 'success') {
    out.push(`  ${pick(c.explanation.title, lang)}: ${pick(c.explanation.explanation, lang)}`);
    out.push(`  ${vi ? 'Cần làm' : 'What to do'}: ${pick(c.explanation.action, lang)}`);
  }
  return out;
}

/** The result as text lines in one language. */
export function describeResult(result: SendResult, lang: Lang): string[] {
  const vi = lang === 'vi';
  const out: string[] = [];
  const env = `${environmentName(result.environment, lang)}${result.environment.kind === 'production' ? (vi ? ' (môi trường thật)' : ' (production)') : ''}`;
  out.push(`${vi ? 'Gửi tới' : 'Sending to'} ${env}${result.service ? ` · ${result.service}` : ''}`);
  for (const n of result.notices) out.push(`  ${vi ? 'Lưu ý' : 'Note'}: ${pick(n, lang)}`);
  if (result.validation && result.validation.counts.warning + result.validation.counts.error > 0) {
    const c = result.validation.counts;
    out.push(vi ? `Kiểm tra trước khi gửi: ${c.error} lỗi, ${c.warning} cảnh báo` : `Checked before sending: ${c.error} error(s), ${c.warning} warning(s)`);
    for (const i of result.validation.issues.filter((x) => x.severity === 'error').slice(0, 10)) out.push(`  ${i.path || '""'}: ${pick(i.message, lang)} [${i.code}]`);
  }
  if (result.refusal) out.push(`${vi ? 'Không gửi' : 'Not sent'}: ${pick(result.refusal.message, lang)}`);
  for (const d of result.decisions) out.push(`  ${d.maHoSo}: ${pick(d.reason, lang)}`);
  if (result.fault) {
    out.push(`${pick(result.fault.title, lang)}: ${pick(result.fault.message, lang)}`);
    out.push(`  ${vi ? 'Cần làm' : 'What to do'}: ${pick(result.fault.action, lang)}`);
    if (result.fault.detail) out.push(`  ${vi ? 'Chi tiết' : 'Detail'}: ${result.fault.detail}`);
  }
  for (const c of result.chunks) out.push(...chunkLine(c, result.chunks.length, lang));
  if (result.undecided.length) {
    out.push(vi ? `Không gửi ${result.undecided.length} bản ghi vì không xác định được isUpdating.` : `${result.undecided.length} record(s) not sent: isUpdating could not be decided.`);
  }
  const ok = result.chunks.filter((c) => c.status === 'success').length;
  const summary: Record<SendResult['outcome'], [string, string]> = {
    success: [`Thành công: ${ok}/${result.chunks.length} yêu cầu được Cổng chấp nhận.`, `Success: ${ok}/${result.chunks.length} request(s) accepted by the portal.`],
    'portal-error': [`Cổng trả lỗi: ${ok}/${result.chunks.length} yêu cầu được chấp nhận.`, `The portal answered with an error: ${ok}/${result.chunks.length} request(s) accepted.`],
    fault: ['Lỗi kết nối: việc gửi đã dừng.', 'Transport fault: sending stopped.'],
    cancelled: ['Đã hủy.', 'Cancelled.'],
    refused: ['Chưa gửi gì.', 'Nothing was sent.'],
  };
  out.push(`${summary[result.outcome][vi ? 0 : 1]} (${result.durationMs} ms)`);
  return out;
}
