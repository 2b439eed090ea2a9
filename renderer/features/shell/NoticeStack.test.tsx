// @vitest-environment jsdom
/**
 * The notice area as a user meets it: a success confirmation leaves by itself after a while
 * (unless the pointer rests on it), an error stays until it is dismissed.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useEffect } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/I18nProvider';
import { NoticeStack, SUCCESS_NOTICE_MS } from './NoticeStack';
import { useNotices, type Notice } from './useNotices';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function Harness({ initial }: { initial: Omit<Notice, 'id'>[] }) {
  const notices = useNotices();
  // Pushed once, on mount, as the shell pushes notices after an action.
  useEffect(() => initial.forEach((n) => notices.push(n)), []);
  return <NoticeStack notices={notices} />;
}

const saved = { severity: 'success' as const, message: { vi: 'Đã lưu "a.json".', en: 'Saved "a.json".' } };
const failed = { severity: 'error' as const, message: { vi: 'Không mở được "b.json".', en: 'Could not open "b.json".' } };

describe('notice stack', () => {
  it('lets a success go after a while and keeps an error until it is dismissed', () => {
    render(
      <I18nProvider lang="vi">
        <Harness initial={[saved, failed]} />
      </I18nProvider>,
    );
    expect(screen.getByText('Đã lưu "a.json".')).toBeTruthy();
    act(() => vi.advanceTimersByTime(SUCCESS_NOTICE_MS - 100));
    expect(screen.queryByText('Đã lưu "a.json".')).not.toBeNull();
    act(() => vi.advanceTimersByTime(200));
    expect(screen.queryByText('Đã lưu "a.json".')).toBeNull();

    act(() => vi.advanceTimersByTime(10 * SUCCESS_NOTICE_MS));
    expect(screen.getByRole('alert').textContent).toContain('Không mở được "b.json".');
    fireEvent.click(screen.getByRole('button', { name: 'Đóng thông báo' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('keeps a success while the pointer rests on it, then lets it go', () => {
    render(
      <I18nProvider lang="en">
        <Harness initial={[saved]} />
      </I18nProvider>,
    );
    const notice = screen.getByRole('status');
    fireEvent.mouseEnter(notice);
    act(() => vi.advanceTimersByTime(3 * SUCCESS_NOTICE_MS));
    expect(screen.queryByText('Saved "a.json".')).not.toBeNull();
    fireEvent.mouseLeave(notice);
    act(() => vi.advanceTimersByTime(SUCCESS_NOTICE_MS + 10));
    expect(screen.queryByText('Saved "a.json".')).toBeNull();
  });
});
