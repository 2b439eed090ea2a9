import { describe, expect, it, vi } from 'vitest';
import { denyPermissions, hardenContents, isAppUrl, mainWindowOptions, secureWebPreferences } from './window';

// Electron's binary is not needed: these modules only take Electron objects as parameters.
vi.mock('electron', () => ({}));

describe('secure window factory', () => {
  it('sets every security flag explicitly', () => {
    const prefs = secureWebPreferences('/app/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(mainWindowOptions('/p.cjs', undefined).webPreferences).toEqual(secureWebPreferences('/p.cjs'));
  });

  it('restores a saved window size, and shows the window only when ready', () => {
    const o = mainWindowOptions('/p.cjs', { width: 900, height: 700, x: 10, y: 20, maximized: false });
    expect([o.width, o.height, o.x, o.y, o.show]).toEqual([900, 700, 10, 20, false]);
  });

  it('denies navigation away from app://renderer, new windows and webviews', () => {
    const listeners: Record<string, (event: { preventDefault(): void }, url?: string) => void> = {};
    let openHandler: ((details: { url: string }) => { action: string }) | undefined;
    const contents = {
      on: (name: string, fn: (event: { preventDefault(): void }, url?: string) => void) => {
        listeners[name] = fn;
        return contents;
      },
      setWindowOpenHandler: (fn: (details: { url: string }) => { action: string }) => {
        openHandler = fn;
      },
    };
    hardenContents(contents as never);
    const navigate = (url: string) => {
      const event = { preventDefault: vi.fn() };
      listeners['will-navigate'](event, url);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(navigate('https://evil.example/')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate('app://renderer/index.html')).toBe(false);
    expect(openHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    const webview = { preventDefault: vi.fn() };
    listeners['will-attach-webview'](webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('denies every permission request and check', () => {
    let request: ((wc: unknown, permission: string, cb: (granted: boolean) => void) => void) | undefined;
    let check: (() => boolean) | undefined;
    denyPermissions({
      setPermissionRequestHandler: (fn: typeof request) => void (request = fn),
      setPermissionCheckHandler: (fn: typeof check) => void (check = fn),
    } as never);
    const granted = vi.fn();
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read']) request?.({}, p, granted);
    expect(granted.mock.calls.every(([g]) => g === false)).toBe(true);
    expect(check?.()).toBe(false);
  });

  it('recognises only the app origin as the app', () => {
    expect(isAppUrl('app://renderer/index.html')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('http://127.0.0.1/')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});
