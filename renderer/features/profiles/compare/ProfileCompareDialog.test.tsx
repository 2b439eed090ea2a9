// @vitest-environment jsdom
/**
 * "Compare results under two profiles…" over the editor's real store, with a fake worker that
 * validates with the real core (the app's worker runs the same code): the command opens the
 * dialog for the active document, the imported profile is offered as B, the differences are
 * grouped (new, gone, severity changed) with path, message and spec reference, a click closes the
 * dialog and selects the field; a large document is validated by the worker holding it; without
 * a document the command does nothing.
 */
import createCache from '@emotion/cache';
import { CacheProvider } from '@emotion/react';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { detect, validateText } from '../../../../shared/index';
import type { ProfileEntry } from '../../../../shared/ipc/profiles';
import { recordLayout } from '../../../../shared/document/records';
import { BUILTIN_PROFILES } from '../../../../shared/validate/profiles';
import type { ValidationReport } from '../../../../shared/validate/report';
// The snapshot of the reference samples kept with the tests (tests/support/reference.ts).
import LEGACY from '../../../../tests/fixtures/reference/samples/dossier/05-dongbohosomc-minimal-legacy-valid.json?raw';
import { I18nProvider } from '../../../i18n/I18nProvider';
import { translate } from '../../../i18n/dictionary';
import { profileById, setUserProfiles } from '../../document/profiles';
import { runCommand } from '../../editor/commands/bus';
import { EditorProvider } from '../../editor/model/EditorContext';
import { EditorStore, type LargeHandle } from '../../editor/model/editorStore';
import type { DocumentFileInfo } from '../../editor/model/types';
import type { CompareValidator } from './compareDocument';
import { ProfileCompareLayer } from './ProfileCompareLayer';

const unstyled = createCache({ key: 'test' });
unstyled.insert = () => undefined;

/** A province's new guide: Email and Fax required (M), the empty-field check off. */
const GUIDE = {
  id: 'tinh-thu',
  name: { vi: 'Tỉnh thử', en: 'Test province' },
  version: '2026.2',
  fields: { 'dossier.record': { Email: { required: 'M' }, Fax: { required: 'M' } } },
  rules: { 'required.empty': 'off' },
};

const ENTRIES: ProfileEntry[] = [
  ...Object.values(BUILTIN_PROFILES).map((p) => ({ id: p.id, version: p.version, name: p.name, base: p.base, builtIn: true, source: 'built-in' })),
  { id: 'tinh-thu', version: '2026.2', name: GUIDE.name, base: 'strict', builtIn: false, source: 'profiles/tinh-thu.json', definition: JSON.stringify(GUIDE) },
];

const INFO: DocumentFileInfo = { name: '05-legacy.json', origin: 'browser', size: LEGACY.length, encoding: 'utf-8', bom: false, lineEnding: 'lf' };
const T = (key: Parameters<typeof translate>[0], values?: Record<string, string | number>) => translate(key, 'en', values);

/** The worker stand-in: the real core, and a log of the profiles it was asked for. */
function fakeWorker() {
  const calls: string[] = [];
  const validator: CompareValidator = {
    validate: async (text, profileId) => {
      calls.push(profileId);
      return validateText(text, { profile: profileById(profileId) });
    },
  };
  return { calls, validator };
}

function newStore() {
  return new EditorStore({ validate: async (text, id) => validateText(text, { profile: profileById(id) }), now: () => 0, setTimer: () => 0, clearTimer: () => undefined }, 'strict');
}

function Harness({ store, validator }: { store: EditorStore; validator: CompareValidator }) {
  const [open, setOpen] = useState(false);
  return (
    <CacheProvider value={unstyled}>
      <I18nProvider lang="en">
        <EditorProvider store={store}>
          <span data-testid="closed">{String(!open)}</span>
          <ProfileCompareLayer open={open} profileId="strict" entries={ENTRIES} validator={validator} onOpen={() => setOpen(true)} onClose={() => setOpen(false)} />
        </EditorProvider>
      </I18nProvider>
    </CacheProvider>
  );
}

/** The items of a group, by its heading's text. */
function group(dialog: HTMLElement, key: 'profileCompare.added' | 'profileCompare.gone' | 'profileCompare.changed', n: number) {
  return within(within(dialog).getByRole('list', { name: T(key, { n }) })).getAllByRole('button');
}

beforeEach(() => {
  setUserProfiles(ENTRIES);
});

afterEach(() => {
  cleanup();
  setUserProfiles([]);
});

describe('compare results under two profiles', () => {
  it('lists what the imported guide changes and selects the field clicked', async () => {
    const store = newStore();
    store.open({ info: INFO, text: LEGACY, report: validateText(LEGACY, { profile: profileById('strict') }) });
    const worker = fakeWorker();
    render(<Harness store={store} validator={worker.validator} />);

    act(() => void expect(runCommand('compareProfiles')).toBe(true));
    const dialog = await screen.findByRole('dialog', { name: T('profileCompare.title') });
    // A is the profile in use; B offered first is the imported one.
    expect(dialog.textContent).toContain(`${T('profileCompare.profileA')}: Strict`);
    expect(within(dialog).getByRole('combobox', { name: T('profileCompare.profileB') }).textContent).toBe('Test province (tinh-thu 2026.2)');

    fireEvent.click(within(dialog).getByRole('button', { name: T('profileCompare.run') }));
    await within(dialog).findByTestId('profile-compare-result');
    // The report shown is strict's of this very text: only B is asked of the worker.
    expect(worker.calls).toEqual(['tinh-thu']);
    expect(dialog.textContent).toContain(T('profileCompare.becomesInvalid', { a: 'strict', b: 'tinh-thu' }));

    // Fax (O, dossier.md §2.1 row 14) made M: new; the empty NgayHenTra (required.empty off): gone;
    // Email (M*, row 13): a warning under strict, an error under the guide.
    const added = group(dialog, 'profileCompare.added', 1);
    expect(added[0].textContent).toContain('data[0].Fax');
    expect(added[0].textContent).toContain('required.missing');
    expect(added[0].textContent).toContain('dossier.md §2.1 row 14');
    expect(group(dialog, 'profileCompare.gone', 1)[0].textContent).toContain('data[0].NgayHenTra');
    const changed = group(dialog, 'profileCompare.changed', 1);
    expect(changed[0].textContent).toContain('data[0].Email');
    expect(changed[0].textContent).toContain(T('profileCompare.severityMove', { a: T('severity.warning'), b: T('severity.error') }));
    expect(dialog.textContent).toContain(T('profileCompare.unchanged', { n: 2, count: 2 }));

    fireEvent.click(changed[0]);
    await waitFor(() => expect(screen.getByTestId('closed').textContent).toBe('true'));
    const selection = store.document()!.selection!;
    expect(selection.path).toEqual(['data', 0, 'Email']);
    expect(selection.source).toBe('issues');
    // The issue the editor shows for that field (strict's warning) comes with the selection.
    expect(selection.issue?.severity).toBe('warning');
  });

  it('validates a large document in the worker that holds it', async () => {
    const store = newStore();
    const value = JSON.parse(LEGACY);
    const asked: string[] = [];
    const handle: LargeHandle = {
      layout: recordLayout(value, detect(value).packet),
      getRecordSummaries: async () => [],
      getRecord: async () => null,
      getText: async () => LEGACY,
      turnedOff: [],
      revalidate: async (profileId: string, onProgress: (f: number) => void) => {
        asked.push(profileId);
        onProgress(0.5);
        return validateText(LEGACY, { profile: profileById(profileId) });
      },
      dispose: () => undefined,
    };
    const strict: ValidationReport = validateText(LEGACY);
    store.open({ info: INFO, text: '', large: handle, report: strict });
    const worker = fakeWorker();
    render(<Harness store={store} validator={worker.validator} />);
    act(() => void runCommand('compareProfiles'));
    const dialog = await screen.findByRole('dialog', { name: T('profileCompare.title') });
    // Choose the other built-in, lenient: the M* warnings are no longer reported.
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: T('profileCompare.profileB') }));
    fireEvent.click(await screen.findByRole('option', { name: /\(lenient / }));
    fireEvent.click(within(dialog).getByRole('button', { name: T('profileCompare.run') }));
    await within(dialog).findByTestId('profile-compare-result');
    expect(asked).toEqual(['lenient']);
    expect(worker.calls).toEqual([]);
    expect(group(dialog, 'profileCompare.gone', 4).map((b) => b.textContent)).toEqual([
      expect.stringContaining('data[0].Email'),
      expect.stringContaining('data[0].SoDienThoai'),
      expect.stringContaining('data[0].TrichYeuHoSo'),
      expect.stringContaining('data[0].NgayHenTra'),
    ]);
    expect(within(dialog).queryByRole('list', { name: /New under B/ })).toBeNull();
    expect(dialog.textContent).toContain(T('profileCompare.sameVerdict', { verdict: T('profileCompare.valid') }));
  });

  it('does nothing without a document', () => {
    const store = newStore();
    render(<Harness store={store} validator={fakeWorker().validator} />);
    let ran = true;
    act(() => void (ran = runCommand('compareProfiles')));
    expect(ran).toBe(false);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
