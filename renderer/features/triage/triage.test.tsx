// @vitest-environment jsdom
/**
 * The triage screen as an officer uses it, over a batch the real batch service made from the
 * reference samples: the counts and the chart are there, the rule with most issues is open with
 * its issues, a tab shows the agencies, "field = value" finds the record, and Open hands the
 * editor the file and the path. Plus the chooser (workspace folder) and the browser-file reading.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Bridge } from '../../../shared/ipc/bridge';
import type { BatchView } from '../../../shared/ipc/helpdesk';
import { validateText } from '../../../shared/index';
import { encodeLegacy } from '../../../shared/encoding';
import { BatchSession } from '../../../shared/report/batchSession';
import SAMPLE_93 from '../../../tests/fixtures/reference/samples/dossier/93-invalid-cross-field.json?raw';
import SAMPLE_90 from '../../../tests/fixtures/reference/samples/dossier/90-invalid-date-format.json?raw';
import SAMPLE_01 from '../../../tests/fixtures/reference/samples/dossier/01-dongbohosomc-create-online-valid.json?raw';
import SAMPLE_STATS from '../../../tests/fixtures/reference/samples/statistics/03-dongbothongkehoso-invalid.json?raw';
import { I18nProvider } from '../../i18n/I18nProvider';
import { translate } from '../../i18n/dictionary';
import { readPicked, selectPicked } from './browserFiles';
import { TriageChooser } from './TriageChooser';
import { TriageScreen } from './TriageScreen';
import type { Triage } from './useTriage';

afterEach(cleanup);

const FILES: [string, string][] = [
  ['93-invalid-cross-field.json', SAMPLE_93],
  ['90-invalid-date-format.json', SAMPLE_90],
  ['01-dongbohosomc-create-online-valid.json', SAMPLE_01],
  ['03-dongbothongkehoso-invalid.json', SAMPLE_STATS],
];
const ok = <T,>(value: T) => Promise.resolve({ ok: true as const, value });
let session: BatchSession;
let view: BatchView;

// The batch as the host's batch service holds it (the same BatchSession), over the reference samples.
beforeAll(() => {
  session = new BatchSession('ui', 'rejected');
  FILES.forEach(([file, text], id) => session.add({ id, file: `rejected/${file}`, name: file, size: text.length, report: validateText(text), document: JSON.parse(text) }));
  view = {
    batchId: 'ui',
    root: 'rejected',
    files: session.fileRows(),
    summary: session.summary(),
    matrix: session.matrix(),
    worst: session.worst(),
    pending: 0,
    cancelled: false,
    skipped: [],
    truncated: false,
    durationMs: 10,
  };
});

function fakeBridge(): Bridge {
  const s = () => session;
  return {
    host: 'web',
    on: () => () => undefined,
    batch: {
      issues: vi.fn((r: { filter: object; offset?: number; limit?: number }) => ok(s().issues(r.filter, r.offset ?? 0, r.limit ?? 200))),
      records: vi.fn((r: { field: string; value: string; limit?: number }) => ok(s().records(r.field, r.value, r.limit ?? 500))),
      values: vi.fn((r: { field: string; limit?: number }) => ok({ values: s().values(r.field, r.limit ?? 50) })),
    },
    files: { listWorkspace: vi.fn((r: { dir?: string }) => ok({ root: 'ws', dir: r.dir ?? '', entries: r.dir ? [] : [{ name: 'rejected', path: 'rejected', type: 'dir', size: 0, modifiedAt: '' }] })) },
  } as unknown as Bridge;
}

function triageOf(v: BatchView): Triage {
  return { phase: 'done', batchId: v.batchId, label: 'rejected', view: v, run: vi.fn(), reading: vi.fn(), cancel: vi.fn(), rerun: vi.fn(), canRerun: true, browserFile: () => undefined };
}

const vi_ = (key: Parameters<typeof translate>[0], values?: Record<string, string | number>) => translate(key, 'vi', values);

describe('triage screen', () => {
  it('shows the counts, the chart and the top rule with its issues; Open lands on the issue path', async () => {
    const onOpen = vi.fn();
    render(
      <I18nProvider lang="vi">
        <TriageScreen open triage={triageOf(view)} bridge={fakeBridge()} onClose={vi.fn()} onChoose={vi.fn()} onExport={vi.fn()} onOpen={onOpen} />
      </I18nProvider>,
    );
    const errors = FILES.reduce((n, [, text]) => n + validateText(text).counts.error, 0);
    expect(screen.getByRole('group', { name: vi_('triage.errors') }).textContent).toBe(`${vi_('triage.errors')}${errors}`);
    expect(screen.getByRole('group', { name: vi_('triage.files') }).textContent).toBe(`${vi_('triage.files')}4`);
    expect(screen.getByRole('img', { name: /Biểu đồ/ })).toBeTruthy();

    // The most frequent rule is chosen at once; its issues come from the host, each openable.
    const top = view.summary.byCode[0];
    const page = await screen.findByRole('region', { name: vi_('triage.issuesOf', { group: top.key }) });
    const opens = await within(page).findAllByRole('button', { name: new RegExp(`^${vi_('hd.openAt')}`) });
    expect(opens).toHaveLength(top.count);
    fireEvent.click(opens[0]);
    expect(onOpen).toHaveBeenCalledTimes(1);
    const target = onOpen.mock.calls[0][0];
    expect(target.file.file).toMatch(/^rejected\//);
    expect(target.code).toBe(top.key);
    expect(target.segments.length).toBeGreaterThan(0);
  });

  it('groups by agency in a tab and finds every record where a field has a value', async () => {
    const onOpen = vi.fn();
    const bridge = fakeBridge();
    render(
      <I18nProvider lang="en">
        <TriageScreen open triage={triageOf(view)} bridge={bridge} onClose={vi.fn()} onChoose={vi.fn()} onExport={vi.fn()} onOpen={onOpen} />
      </I18nProvider>,
    );
    fireEvent.click(screen.getByRole('tab', { name: 'By agency' }));
    const table = screen.getByRole('table', { name: 'By agency' });
    expect(within(table).getByText('000.00.01.H22')).toBeTruthy();
    // The issues beside the table are those of the agency with most issues, no longer the top rule's.
    const topAgency = view.summary.byAgency[0];
    const agencyPage = await screen.findByRole('region', { name: translate('triage.issuesOf', 'en', { group: topAgency.key || translate('hd.unknown', 'en') }) });
    expect(await within(agencyPage).findAllByRole('button', { name: /^Open at the issue/ })).toHaveLength(topAgency.count);
    expect(screen.queryByRole('region', { name: translate('triage.issuesOf', 'en', { group: view.summary.byCode[0].key }) })).toBeNull();

    const maHoSo = JSON.parse(SAMPLE_93).data[0].MaHoSo as string;
    fireEvent.change(screen.getByRole('combobox', { name: /^Value/ }), { target: { value: maHoSo } });
    fireEvent.click(screen.getByRole('button', { name: 'Find' }));
    const status = await screen.findByText(/^Found \d+ records?$/);
    const expected = FILES.filter(([, text]) => {
      const d = JSON.parse(text);
      return Array.isArray(d.data) && d.data.some((r: { MaHoSo?: string }) => r.MaHoSo === maHoSo);
    }).length;
    expect(status.textContent).toBe(expected === 1 ? 'Found 1 record' : `Found ${expected} records`);
    const hits = screen.getByRole('list', { name: status.textContent! });
    fireEvent.click(within(hits).getByRole('button', { name: 'Open the record: 93-invalid-cross-field.json data[0]' }));
    expect(onOpen.mock.calls[0][0]).toMatchObject({ segments: ['data', 0] });
  });
});

describe('choosing a batch', () => {
  it('checks a folder of the web host workspace', async () => {
    const onRun = vi.fn();
    const info = { capabilities: { nativeDialogs: false, workspace: 'ws', secureSecrets: false } } as never;
    render(
      <I18nProvider lang="vi">
        <TriageChooser open bridge={fakeBridge()} info={info} onCancel={vi.fn()} onRun={onRun} onReading={vi.fn()} />
      </I18nProvider>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'rejected' }));
    fireEvent.click(await screen.findByRole('button', { name: vi_('triage.checkThis') }));
    expect(onRun).toHaveBeenCalledWith({ dir: 'rejected' }, 'ws/rejected', false);
  });

  it('reads a folder picked in the browser: .json only, hidden skipped, legacy files carry their reason', async () => {
    const file = (path: string, bytes: Uint8Array | string) => {
      const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
      return { name: path.split('/').pop()!, size: data.byteLength, webkitRelativePath: path, arrayBuffer: async () => data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer };
    };
    const picked = selectPicked(
      [
        file('cases/b.json', '{}'),
        file('cases/.git/x.json', '{}'),
        file('cases/notes.txt', 'x'),
        file('cases/a/legacy.json', encodeLegacy('{"ChuHoSo":"Nguyễn Thị Minh Hằng","TenTTHC":"Cấp giấy phép xây dựng"}', 'tcvn3')!),
      ],
      false,
    );
    expect(picked.map((f) => f.webkitRelativePath)).toEqual(['cases/a/legacy.json', 'cases/b.json']);
    const read = await readPicked(picked);
    expect(read[0].failure?.message.vi).toContain('TCVN3');
    expect(read[1]).toEqual({ name: 'cases/b.json', size: 2, text: '{}' });
  });
});
