// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { validateText } from '../../../../shared/index';
import { I18nProvider } from '../../../i18n/I18nProvider';
// The snapshot of the reference samples kept with the tests (tests/support/reference.ts).
import SAMPLE_93 from '../../../../tests/fixtures/reference/samples/dossier/93-invalid-cross-field.json?raw';
import SAMPLE_90 from '../../../../tests/fixtures/reference/samples/dossier/90-invalid-date-format.json?raw';
import { runCommand } from '../commands/bus';
import { EditorProvider, useActiveDocument } from '../model/EditorContext';
import { EditorStore } from '../model/editorStore';
import { IssuesPanel } from './IssuesPanel';
import type { Issue } from '../../../../shared/issues/issue';

afterEach(cleanup);

// jsdom has no layout: give elements a height, so the virtual list shows its rows.
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 2000 });
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', { configurable: true, get: () => 2000 });
  HTMLElement.prototype.getBoundingClientRect = function rect() {
    return { x: 0, y: 0, top: 0, left: 0, bottom: 2000, right: 440, width: 440, height: 2000, toJSON: () => ({}) } as DOMRect;
  };
  HTMLElement.prototype.scrollTo = function scrollTo() {} as HTMLElement['scrollTo'];
});

function storeWith(text: string) {
  const store = new EditorStore({ validate: async (t) => validateText(t), now: () => 0, setTimer: () => 0, clearTimer: () => undefined });
  store.open({ info: { name: 'x.json', origin: 'browser', size: 1, encoding: 'utf-8', bom: false, lineEnding: 'lf' }, text, report: validateText(text) });
  return store;
}

function Panel({ onFix }: { onFix(issue: Issue): void }) {
  const doc = useActiveDocument();
  return doc ? <IssuesPanel doc={doc} onFix={onFix} /> : null;
}

function show(store: EditorStore, onFix = vi.fn()) {
  render(
    <I18nProvider lang="vi">
      <EditorProvider store={store}>
        <Panel onFix={onFix} />
      </EditorProvider>
    </I18nProvider>,
  );
  return onFix;
}

const list = () => screen.getByRole('list', { name: 'Các vấn đề' });
const items = () => within(list()).getAllByRole('listitem');

describe('issues panel', () => {
  it('lists every issue with its path, position, message and spec reference, and the counts', () => {
    const store = storeWith(SAMPLE_93);
    show(store);
    const report = store.document()!.report!;
    expect(items()).toHaveLength(report.issues.length);
    const deadline = items().find((li) => li.textContent!.includes('data[0].NgayHenTra'))!;
    expect(deadline.textContent).toContain('dòng 25, cột 21');
    expect(deadline.textContent).toContain(report.issues.find((i) => i.path === 'data[0].NgayHenTra')!.message.vi);
    // The rule's item in the reference is named as such, not a bare number beside "dòng 25".
    const rule = report.issues.find((i) => i.path === 'data[0].NgayHenTra')!.specRef!;
    expect(deadline.textContent).toContain(`Đặc tả: dossier.md ${rule.section} mục ${rule.row}`);
    expect(screen.getByTestId('issues-panel-counts').textContent).toBe(`${report.counts.error} lỗi, ${report.counts.warning} cảnh báo, 0 thông tin`);
  });

  it('clicking an issue selects its field for every view', () => {
    const store = storeWith(SAMPLE_93);
    show(store);
    const item = items().find((li) => li.textContent!.includes('data[0].NgayTra'))!;
    fireEvent.click(within(item).getAllByRole('button')[0]);
    expect(store.document()!.selection).toMatchObject({ path: ['data', 0, 'NgayTra'], source: 'issues' });
    expect(item.getAttribute('aria-current')).toBe('true');
  });

  it('filters by severity and groups by rule', () => {
    const store = storeWith(SAMPLE_93);
    show(store);
    fireEvent.click(screen.getByRole('button', { name: /^Lỗi \d/ }));
    // Only the warning is left.
    expect(items().map((li) => li.textContent).join('|')).toContain('DanhSachGiayToKetQua');
    expect(items()).toHaveLength(store.document()!.report!.counts.warning);
    fireEvent.click(screen.getByRole('button', { name: /^Lỗi \d/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Theo quy tắc' }));
    const headers = within(list()).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headers).toContain('dossier.deadline-before-receipt');
  });

  it('F8 and Shift+F8 walk the issues in the order shown, wrapping around', () => {
    const store = storeWith(SAMPLE_93);
    show(store);
    const paths = store.document()!.report!.issues.map((i) => i.path);
    act(() => void runCommand('nextIssue'));
    expect(store.document()!.selection?.issue?.path).toBe(paths[0]);
    act(() => void runCommand('nextIssue'));
    expect(store.document()!.selection?.issue?.path).toBe(paths[1]);
    act(() => void runCommand('previousIssue'));
    act(() => void runCommand('previousIssue'));
    expect(store.document()!.selection?.issue?.path).toBe(paths[paths.length - 1]);
  });

  it('offers a quick fix where the core has one, and Ctrl+. opens the current issue’s', () => {
    const store = storeWith(SAMPLE_90);
    const onFix = show(store);
    const fixable = store.document()!.report!.issues.filter((i) => i.fix);
    expect(fixable.length).toBeGreaterThan(0);
    expect(screen.getAllByRole('button', { name: /Sửa nhanh/ })).toHaveLength(fixable.length);
    fireEvent.click(screen.getAllByRole('button', { name: /Sửa nhanh/ })[0]);
    expect(onFix).toHaveBeenCalledWith(fixable[0]);
    act(() => void runCommand('quickFix'));
    expect(onFix).toHaveBeenCalledTimes(2);
  });

  it('highlights the issue of a field selected in another view, and clears it for a field without issues', () => {
    const store = storeWith(SAMPLE_93);
    show(store);
    const current = () => items().filter((li) => li.getAttribute('aria-current') === 'true');
    act(() => store.select(['data', 0, 'NgayHenTra'], 'tree'));
    expect(current()).toHaveLength(1);
    expect(current()[0].textContent).toContain('data[0].NgayHenTra');
    // F8 goes on from there.
    const paths = store.document()!.report!.issues.map((i) => i.path);
    act(() => void runCommand('nextIssue'));
    expect(store.document()!.selection?.issue?.path).toBe(paths[paths.indexOf('data[0].NgayHenTra') + 1]);
    act(() => store.select(['madonvi'], 'json'));
    expect(current()).toHaveLength(0);
  });
});
