/**
 * The one secure window factory (STYLE.md practice 4, Electron security checklist): every flag
 * explicit, navigation and new windows denied, permission requests denied.
 */
import type { BrowserWindowConstructorOptions, Session, WebContents, WebPreferences } from 'electron';
import type { Settings } from '../../shared/ipc/settings';
import { APP_ORIGIN } from './protocol';

/** webPreferences of every window. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
  };
}

/** Options of the main window; a saved geometry is used only when it passed the settings schema. */
export function mainWindowOptions(preloadPath: string, saved: Settings['window'], iconPath?: string): BrowserWindowConstructorOptions {
  return {
    width: saved?.width ?? 1280,
    height: saved?.height ?? 820,
    ...(saved?.x !== undefined && saved?.y !== undefined ? { x: saved.x, y: saved.y } : {}),
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'QCVN 120 Packet Studio',
    ...(iconPath ? { icon: iconPath } : {}),
    webPreferences: secureWebPreferences(preloadPath),
  };
}

/** Whether a URL is the app's own renderer (app://renderer/…). */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}` === APP_ORIGIN;
  } catch {
    return false;
  }
}

/** The subset of WebContents the hardening needs (a stand-in in tests). */
export type HardenableContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** Denies navigation away from the app, new windows and <webview>. */
export function hardenContents(contents: HardenableContents): void {
  contents.on('will-navigate', (event, url) => {
    // The renderer is a single page; any navigation (a dropped file, a link) would replace it.
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** The subset of Session the permission policy needs. */
export type PermissionSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;

/** Denies every permission request (camera, notifications, geolocation…): the app needs none. */
export function denyPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
