// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Bridge } from '../../../shared/ipc/bridge';
import { BridgeProvider } from '../../bridge/BridgeContext';
import { I18nProvider } from '../../i18n/I18nProvider';
import { registerCommandHandlers } from '../editor/commands/bus';
import { CommandMenu, type MenuEntry } from './CommandMenu';

const removers: (() => void)[] = [];
afterEach(() => {
  cleanup();
  removers.splice(0).forEach((remove) => remove());
});

function show(entries: MenuEntry[], options: { host?: 'web' | 'electron'; lang?: 'vi' | 'en'; disabled?: (id: string) => boolean } = {}) {
  // The menu reads only the host kind from the bridge.
  const bridge = { host: options.host ?? 'web' } as Bridge;
  render(
    <BridgeProvider bridge={bridge}>
      <I18nProvider lang={options.lang ?? 'vi'}>
        <CommandMenu label="Tệp" entries={entries} disabled={options.disabled} />
      </I18nProvider>
    </BridgeProvider>,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Tệp' }));
  return screen.getByRole('menu', { name: 'Tệp' });
}

describe('app bar command menu', () => {
  it('names each command as the registry does, with its shortcut in this host, and runs it', async () => {
    const paste = vi.fn();
    removers.push(registerCommandHandlers({ paste, close: () => undefined }));
    show(['paste', 'divider', 'close']);
    const item = screen.getByRole('menuitem', { name: 'Dán thành tài liệu mới…' });
    expect(item.textContent).toContain('Ctrl+Shift+V');
    expect(item.getAttribute('aria-keyshortcuts')).toBe('Control+Shift+V');
    // A browser keeps Ctrl+W, so the web host's Close is Ctrl+Alt+W.
    expect(screen.getByRole('menuitem', { name: 'Đóng tài liệu' }).getAttribute('aria-keyshortcuts')).toBe('Control+Alt+W');
    expect(screen.getAllByRole('separator')).toHaveLength(1);
    fireEvent.click(item);
    await waitFor(() => expect(paste).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull());
  });

  it('uses the desktop shortcut in Electron and the English name in English', () => {
    removers.push(registerCommandHandlers({ close: () => undefined }));
    show(['close'], { host: 'electron', lang: 'en' });
    expect(screen.getByRole('menuitem', { name: 'Close document' }).getAttribute('aria-keyshortcuts')).toBe('Control+W');
  });

  it('greys a command nobody handles and one that cannot run now', () => {
    removers.push(registerCommandHandlers({ save: () => undefined }));
    show(['save', 'openFromWorkspace'], { disabled: (id) => id === 'save' });
    const saveItem = screen.getByRole('menuitem', { name: 'Lưu' });
    expect(saveItem.getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByRole('menuitem', { name: 'Mở tệp từ thư mục làm việc…' }).getAttribute('aria-disabled')).toBe('true');
  });

  it('enables a command as soon as its handler arrives', async () => {
    show(['openFromWorkspace']);
    const item = () => screen.getByRole('menuitem', { name: 'Mở tệp từ thư mục làm việc…' });
    expect(item().getAttribute('aria-disabled')).toBe('true');
    act(() => void removers.push(registerCommandHandlers({ openFromWorkspace: () => undefined })));
    await waitFor(() => expect(item().getAttribute('aria-disabled')).toBeNull());
  });
});
