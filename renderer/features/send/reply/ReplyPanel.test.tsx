// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeFault } from '../../../../shared/portal/faults';
import { explainReply } from '../../../../shared/portal/reply';
import type { ChunkResult, SendResult } from '../../../../shared/portal/result';
import { I18nProvider } from '../../../i18n/I18nProvider';
import { ReplyPanel } from './ReplyPanel';

afterEach(cleanup);

function result(chunks: ChunkResult[], outcome: SendResult['outcome']): SendResult {
  return {
    sendId: 's',
    environment: { id: 'sandbox', name: 'Sandbox', kind: 'test', colour: '#2e7d32' },
    startedAt: '2025-03-01T03:00:00.000Z',
    durationMs: 42,
    outcome,
    chunks,
    recordCount: chunks.length,
    decisions: [],
    undecided: [],
    notices: [],
  };
}

function chunk(reply: Record<string, unknown> | undefined, over: Partial<ChunkResult> = {}): ChunkResult {
  return {
    index: 0,
    service: 'DongBoHoSoMC',
    url: 'http://127.0.0.1:8120/XrdAdapter/RestService/forward/mapi/g',
    isUpdating: 'False',
    recordIndexes: [0],
    maHoSo: ['000.21.30.H22-240507-0015'],
    request: { service: 'DongBoHoSoMC' },
    status: reply ? (reply.error_code === '0' ? 'success' : 'portal-error') : 'fault',
    httpStatus: 200,
    startedAt: '2025-03-01T03:00:00.000Z',
    durationMs: 17,
    relogins: 0,
    ...(reply ? { reply, explanation: explainReply(reply) } : {}),
    ...over,
  };
}

function show(r: SendResult, lang: 'vi' | 'en' = 'vi') {
  const handlers = { onRetry: vi.fn(), onSendAsUpdate: vi.fn(), onOpenReply: vi.fn(), onOpenRequest: vi.fn() };
  render(
    <I18nProvider lang={lang}>
      <ReplyPanel result={r} {...handlers} />
    </I18nProvider>,
  );
  return handlers;
}

describe('reply panel', () => {
  it('shows the portal\'s own message verbatim, the code, HTTP status and timing, and offers "send again as update" for "-3"', () => {
    const h = show(result([chunk({ error_code: '-3', message: 'Mã hồ sơ 000.21.30.H22-240507-0015 đã tồn tại trên CDVCQG' })], 'portal-error'));
    const part = screen.getByRole('article', { name: 'Phần 1/1' });
    expect(within(part).getByLabelText('error_code').textContent).toBe('"-3"');
    expect(within(part).getByLabelText('Mã HTTP').textContent).toBe('200');
    expect(within(part).getByLabelText('Thông báo của Cổng (message)').textContent).toBe('Mã hồ sơ 000.21.30.H22-240507-0015 đã tồn tại trên CDVCQG');
    expect(within(part).getByLabelText('Thời điểm, thời lượng').textContent).toBe('01/03/2025 10:00 · 17 ms');
    fireEvent.click(within(part).getByRole('button', { name: 'Gửi lại dạng cập nhật' }));
    expect(h.onSendAsUpdate).toHaveBeenCalledWith([0]);
    // A business error is not something to retry as it is.
    expect(screen.queryByRole('button', { name: 'Gửi lại' })).toBeNull();
  });

  it('says a code nobody documented is unknown, in English too', () => {
    show(result([chunk({ error_code: '-99', message: 'Lỗi lạ' })], 'portal-error'), 'en');
    const part = screen.getByRole('article', { name: 'Part 1/1' });
    expect(within(part).getByText('Unknown code')).toBeTruthy();
    expect(part.textContent).toContain('Unknown error (code -99)');
    expect(part.textContent).toContain('its meaning is unknown');
  });

  it('explains a fault, says the document is untouched, warns that a create may have arrived, and retries on one click', () => {
    const fault = makeFault('timeout', { url: 'http://127.0.0.1:8120/XrdAdapter/RestService/forward/mapi/g', timeoutMs: 30_000, phase: 'send' });
    const h = show(result([chunk(undefined, { fault, httpStatus: undefined })], 'fault'));
    expect(screen.getByRole('status').textContent).toContain('Gói tin đang mở và mọi chỉnh sửa của bạn vẫn giữ nguyên.');
    const alert = screen.getAllByRole('alert').find((a) => a.textContent?.includes('Hết thời gian chờ'));
    expect(alert?.textContent).toContain('30 giây');
    expect(document.body.textContent).toContain('Ứng dụng không tự gửi lại.');
    fireEvent.click(screen.getByRole('button', { name: 'Gửi lại' }));
    expect(h.onRetry).toHaveBeenCalledTimes(1);
  });

  it('opens the reply as a document on request', () => {
    const h = show(result([chunk({ error_code: '0', message: 'Thành công' })], 'success'));
    fireEvent.click(screen.getByRole('button', { name: 'Mở trả lời thành tài liệu' }));
    expect(h.onOpenReply).toHaveBeenCalledWith(expect.objectContaining({ service: 'DongBoHoSoMC', reply: { error_code: '0', message: 'Thành công' } }));
  });
});
