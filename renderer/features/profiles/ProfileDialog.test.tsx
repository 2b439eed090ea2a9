// @vitest-environment jsdom
/**
 * The profile picker over a host that keeps profiles in memory and checks them with the core's
 * loadProfile as the real store does (e2e/web/profiles-import.spec.ts runs the real host): a user profile chosen in settings is applied once the host lists it (documents
 * validated again, never left checked as strict), a broken file is refused in the dialog with its
 * located problem and nothing is stored, removing the profile in use goes back to strict, and a
 * chosen profile that is gone is reported and replaced by strict.
 */
import createCache from '@emotion/cache';
import { CacheProvider } from '@emotion/react';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Bridge } from '../../../shared/ipc/bridge';
import type { ProfileEntry } from '../../../shared/ipc/profiles';
import type { IpcResult } from '../../../shared/ipc/result';
import type { Localized } from '../../../shared/i18n/localized';
import { BUILTIN_PROFILES, loadProfile } from '../../../shared/validate/profiles';
import { invalidProfileMessage } from '../../../shared/validate/profileRef';
import { I18nProvider } from '../../i18n/I18nProvider';
import { profileById, profileRefFor, setUserProfiles } from '../document/profiles';
import type { EditorStore } from '../editor/model/editorStore';
import type { Notices } from '../shell/useNotices';
import { ProfileDialog } from './ProfileDialog';
import { useUserProfiles } from './useUserProfiles';

const unstyled = createCache({ key: 'test' });
unstyled.insert = () => undefined;

const PROFILE = {
  id: 'tinh-thu',
  name: { vi: 'Tỉnh thử', en: 'Test province' },
  version: '2026.2',
  fields: { 'dossier.record': { Email: { required: 'M' } } },
};

/** The host's stored profiles (file name → text), as the data folder's profiles/ would hold them. */
let stored = new Map<string, string>();

beforeEach(() => {
  stored = new Map();
  setUserProfiles([]);
});

afterEach(cleanup);

const ok = <T,>(value: T): IpcResult<T> => ({ ok: true, value });

/** A host answering the `profiles:*` channels from `stored`. */
function fakeHost(): Bridge {
  const entries = (): ProfileEntry[] => [
    ...Object.values(BUILTIN_PROFILES).map((p) => ({ id: p.id, version: p.version, name: p.name, base: p.base, builtIn: true, source: 'built-in' })),
    ...[...stored].map(([file, text]) => {
      const p = (loadProfile(text, file) as { ok: true; profile: { id: string; version: string; name: Localized; base: 'strict' | 'lenient' } }).profile;
      return { id: p.id, version: p.version, name: p.name, base: p.base, builtIn: false, source: `profiles/${file}`, definition: text };
    }),
  ];
  const profiles = {
    list: async () => ok({ profiles: entries(), notices: [] }),
    import: async (req: { name: string; text: string }) => {
      const loaded = loadProfile(req.text, req.name);
      if (!loaded.ok) return { ok: false, error: { code: 'profiles.invalid', message: invalidProfileMessage(req.name, loaded.errors) } };
      stored.set(`${loaded.profile.id}.json`, req.text);
      return ok({ profile: entries().find((e) => e.id === loaded.profile.id)!, warnings: [] });
    },
    remove: async (req: { id: string }) => ok({ removed: stored.delete(`${req.id}.json`) }),
    export: async (req: { id: string }) => ok({ name: `${req.id}.json`, text: stored.get(`${req.id}.json`)! }),
  };
  return { profiles } as unknown as Bridge;
}

function setup(profileId: string) {
  const store = { profile: profileId, setProfile: vi.fn((id: string) => void (store.profile = id)) };
  const pushed: Localized[] = [];
  const notices = { list: [], push: (n: { message: Localized }) => pushed.push(n.message), dismiss: () => undefined } as unknown as Notices;
  const choose = vi.fn();
  const bridge = fakeHost();
  function Harness() {
    const profiles = useUserProfiles(bridge, store as unknown as EditorStore, notices, choose);
    return <ProfileDialog open profiles={profiles} value={store.profile} nativeDialogs={false} workspace={null} onImportFromWorkspace={() => undefined} onClose={() => undefined} onChoose={choose} />;
  }
  render(
    <CacheProvider value={unstyled}>
      <I18nProvider lang="en">
        <Harness />
      </I18nProvider>
    </CacheProvider>,
  );
  return { store, pushed, choose };
}

const options = () => screen.getAllByRole('option');

/** A file as the browser's picker gives it (jsdom's File has no arrayBuffer()). */
function pickedFile(text: string, name: string): File {
  const bytes = new TextEncoder().encode(text);
  return Object.assign(new File([bytes], name, { type: 'application/json' }), { arrayBuffer: async () => bytes.buffer });
}

describe('profile picker', () => {
  it('applies a user profile chosen in settings once the host lists it, and validates again', async () => {
    stored.set('tinh-thu.json', JSON.stringify(PROFILE));
    expect(profileRefFor('tinh-thu')).toBeUndefined();
    const { store, choose } = setup('tinh-thu');
    await waitFor(() => expect(options()).toHaveLength(3));
    expect(store.setProfile).toHaveBeenCalledWith('tinh-thu', true);
    expect(choose).not.toHaveBeenCalled();
    expect(profileById('tinh-thu')?.version).toBe('2026.2');
    // The worker is sent the definition, not a bare id.
    expect(profileRefFor('tinh-thu')?.definition).toContain('"Email"');
    expect(options()[2].textContent).toContain('tinh-thu · version 2026.2 · profiles/tinh-thu.json');
    expect(options()[2].getAttribute('aria-selected')).toBe('true');
  });

  it('refuses a broken file in the dialog with its located problem and stores nothing', async () => {
    setup('strict');
    await waitFor(() => expect(options()).toHaveLength(2));
    const broken = pickedFile('{\n  "name": "Hỏng",\n  "version": "1",\n  "rules": { "required.missing": "fatal" }\n}', 'broken.json');
    await act(async () => {
      fireEvent.change(screen.getByTestId('profile-file-input'), { target: { files: [broken] } });
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The profile file was not imported; nothing changed.');
    expect(alert.textContent).toMatch(/broken\.json:4:\d+ rules\.required\.missing: /);
    expect(options()).toHaveLength(2);
    expect([...stored.keys()]).toEqual([]);
  });

  it('imports a good file through the picker and lists it; removing the one in use goes back to strict', async () => {
    const { store, choose, pushed } = setup('strict');
    await waitFor(() => expect(options()).toHaveLength(2));
    await act(async () => {
      fireEvent.change(screen.getByTestId('profile-file-input'), { target: { files: [pickedFile(JSON.stringify(PROFILE), 'tinh-thu.json')] } });
    });
    await waitFor(() => expect(options()).toHaveLength(3));
    expect(screen.getByRole('status').textContent).toContain('Imported the profile "Test province" (tinh-thu 2026.2).');
    expect([...stored.keys()]).toEqual(['tinh-thu.json']);

    store.profile = 'tinh-thu';
    fireEvent.click(screen.getByRole('button', { name: 'Remove the profile tinh-thu' }));
    const confirm = screen.getByRole('alertdialog');
    await act(async () => {
      fireEvent.click(confirm.querySelectorAll('button')[1]);
    });
    await waitFor(() => expect(options()).toHaveLength(2));
    expect(choose).toHaveBeenCalledWith('strict');
    expect(store.profile).toBe('strict');
    expect(pushed.map((m) => m.en)).toContain('Removed the profile tinh-thu that was in use; documents are validated again with strict.');
    expect([...stored.keys()]).toEqual([]);
  });

  it('reports a chosen profile that is no longer in the data folder and uses strict', async () => {
    const { choose, pushed } = setup('gone');
    await waitFor(() => expect(choose).toHaveBeenCalledWith('strict'));
    expect(pushed.map((m) => m.en)).toContain('The chosen profile "gone" is no longer in the data folder; documents are validated with strict.');
  });
});
