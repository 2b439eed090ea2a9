// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ValidationReport } from '../../../shared/validate/report';
import { I18nProvider } from '../../i18n/I18nProvider';
import type { LoadedDocument } from '../document/documentModel';
import { StatusBar } from './StatusBar';

afterEach(cleanup);

const report = (over: Partial<ValidationReport> = {}): ValidationReport => ({
  kind: 'dossier',
  packetId: 'DongBoHoSoMC',
  form: 'envelope',
  provisional: false,
  recordCount: 3,
  issues: [],
  counts: { error: 2, warning: 1, info: 0 },
  valid: false,
  repairs: [],
  profile: { id: 'strict', version: '1.0.0' },
  ...over,
});

const loaded = (r: ValidationReport): LoadedDocument => ({
  doc: { name: 'case.json', origin: 'browser', size: 2048, encoding: 'utf-8', bom: true, lineEnding: 'crlf', text: '' },
  report: r,
});

describe('status bar', () => {
  it('announces the issue counts politely, in the chosen language', () => {
    const { rerender } = render(
      <I18nProvider lang="vi">
        <StatusBar host="web" loaded={loaded(report())} profileId="strict" />
      </I18nProvider>,
    );
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('2 lỗi, 1 cảnh báo');
    expect(screen.getByRole('contentinfo', { name: 'Thanh trạng thái' }).textContent).toContain('3 bản ghi');
    rerender(
      <I18nProvider lang="en">
        <StatusBar host="electron" loaded={loaded(report())} profileId="strict" />
      </I18nProvider>,
    );
    expect(screen.getByRole('status').textContent).toBe('2 errors, 1 warning');
    expect(screen.getByRole('contentinfo').textContent).toContain('Desktop app');
    expect(screen.getByRole('contentinfo').textContent).toContain('UTF-8 with BOM');
  });

  it('shows where a syntax error is instead of a kind', () => {
    render(
      <I18nProvider lang="vi">
        <StatusBar host="web" loaded={loaded(report({ kind: undefined, form: 'unknown', syntax: { code: 'x', message: { vi: 'a', en: 'b' }, offset: 10, line: 4, column: 3 } }))} profileId="strict" />
      </I18nProvider>,
    );
    expect(screen.getByRole('contentinfo').textContent).toContain('Lỗi cú pháp ở dòng 4, cột 3');
  });
});
