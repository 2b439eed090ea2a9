/**
 * Electron's main process: thin glue over the plain-Node services (STYLE.md "The shape of the
 * house"). Bundled to dist/electron/main.mjs; the preload to dist/electron/preload.cjs.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage, session } from 'electron';
import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { fill } from '../../shared/i18n/localized';
import type { EventName } from '../../shared/ipc/channels';
import type { EventPayload } from '../../shared/ipc/contract';
import { filesFromArgv } from '../services/argv';
import { coreInfo } from '../services/coreInfo';
import { resolveDataDir } from '../services/dataDir';
import { localFileAccess } from '../services/files/access';
import { createRecentStore } from '../services/files/recent';
import { createServiceHandlers } from '../services/handlers/serviceHandlers';
import { osSecretChoice } from '../services/handlers/secretChoice';
import { createSendServices } from '../services/handlers/sendServices';
import type { Handlers } from '../services/ipc/dispatch';
import { encryptedFileSecretStore } from '../services/secrets/secretStore';
import { createSettingsStore } from '../services/settings/settingsStore';
import { createValidationService } from '../services/validation/validationService';
import { createRecoveryStore } from '../services/recovery/recoveryStore';
import { profileStoreFor } from '../services/profiles/profileStore';
import { createDialogs } from './dialogs';
import { createHelpdeskHost } from './helpdeskHost';
import { registerIpcHandlers } from './ipc';
import { buildMenuTemplate } from './menu';
import { menuText, MENU_STRINGS } from './menuStrings';
import { APP_ENTRY_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './protocol';
import { denyPermissions, hardenContents, mainWindowOptions } from './window';

const here = import.meta.dirname;
// argv is [executable, …switches, (unpackaged: the app's entry), …files]: skip the executable and
// leave out the app itself wherever it is.
const ARG_SKIP = 1;
const APP_ITSELF = [import.meta.filename, here, resolve(here, '..', '..')];
const rendererDir = join(here, '..', 'renderer');
// Worker threads cannot load from inside app.asar; electron-builder.yml unpacks the worker.
const workerPath = join(here, '..', 'node', 'validate-worker.mjs').replace(`app.asar${sep}`, `app.asar.unpacked${sep}`);

function optionValue(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  if (i >= 0 && i + 1 < argv.length) return argv[i + 1];
  const inline = argv.find((a) => a.startsWith(`${name}=`));
  return inline?.slice(name.length + 1);
}

// --data-dir / QCVN120_DATA_DIR: a separate data folder (the e2e fixture uses a fresh one per test).
const explicitDataDir = optionValue(process.argv, '--data-dir');
if (explicitDataDir || process.env.QCVN120_DATA_DIR) {
  app.setPath('userData', resolve(resolveDataDir({ explicit: explicitDataDir, env: process.env, platform: process.platform, home: homedir() })));
}

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

let mainWindow: BrowserWindow | undefined;
let rendererReady = false;
const pending: string[] = filesFromArgv(process.argv, process.cwd(), ARG_SKIP, APP_ITSELF);

function send<E extends EventName>(event: E, payload: EventPayload<E>): void {
  mainWindow?.webContents.send(event, payload);
}

/** Files to open: queued until the renderer asks for them, then pushed. */
function deliver(paths: string[]): void {
  if (paths.length === 0) return;
  if (rendererReady && mainWindow) send('files:openRequested', { paths });
  else pending.push(...paths);
  if (mainWindow) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  }
}

if (!app.requestSingleInstanceLock()) {
  // Another window is already open: it receives our files through 'second-instance'.
  app.quit();
} else {
  app.on('second-instance', (_event, argv, cwd) => deliver(filesFromArgv(argv, cwd, ARG_SKIP, APP_ITSELF)));
  app.on('open-file', (event, path) => {
    event.preventDefault();
    deliver([path]);
  });
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.whenReady().then(start, (error: unknown) => {
    console.error(error);
    app.exit(1);
  });
}

async function start(): Promise<void> {
  const dataDir = app.getPath('userData');
  mkdirSync(dataDir, { recursive: true });
  denyPermissions(session.defaultSession);
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir));

  const settings = createSettingsStore(dataDir);
  const recent = createRecentStore(dataDir);
  const validation = createValidationService({ workerPath });
  const lang = async () => (await settings.get()).settings.language;
  let currentLang: 'vi' | 'en' = await lang();
  const info = { name: app.getName(), version: app.getVersion(), platform: process.platform, dataDir, ...coreInfo() };

  const refreshMenu = async () => {
    currentLang = await lang();
    const template = buildMenuTemplate({
      lang: currentLang,
      recent: await recent.list(),
      isMac: process.platform === 'darwin',
      dev: !app.isPackaged,
      send: (command, path) => send('menu:command', path === undefined ? { command } : { command, path }),
      clearRecent: () => void recent.clear().then(refreshMenu),
      about: () => void showAbout(),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };

  const showAbout = async () => {
    const detail = fill(MENU_STRINGS.aboutDetail, {
      version: info.version,
      spec: info.specVersion,
      profiles: info.profiles.map((p) => `${p.id} ${p.version}`).join(', '),
      dataDir,
    })[currentLang];
    const options = { type: 'info' as const, title: menuText('about', currentLang), message: `QCVN 120 Packet Studio ${info.version}`, detail, buttons: [menuText('ok', currentLang)] };
    if (mainWindow) await dialog.showMessageBox(mainWindow, options);
    else await dialog.showMessageBox(options);
  };

  // One safeStorage-backed secret store: the shell's secrets and the environments' passwords.
  const secrets = encryptedFileSecretStore(dataDir, safeStorage);
  const sending = createSendServices({ dataDir, secrets: osSecretChoice(secrets), appVersion: info.version });
  const base = createServiceHandlers({
    host: 'electron',
    info,
    settings,
    recent,
    secrets,
    send: sending,
    validation,
    access: localFileAccess(),
    dialogs: createDialogs(dialog, () => mainWindow, () => currentLang),
    helpdesk: createHelpdeskHost(dialog, BrowserWindow, () => mainWindow, () => currentLang),
    takePending: () => {
      rendererReady = true;
      return pending.splice(0);
    },
    recovery: createRecoveryStore(dataDir),
    // User validation profiles (the data folder's profiles/), shared with the send path.
    profiles: profileStoreFor(dataDir),
  });
  // The menu shows the recent list and speaks the chosen language: rebuild it when they change.
  const handlers: Handlers = { ...base };
  for (const channel of ['files:read', 'files:save', 'files:openDialog', 'files:saveDialog', 'files:clearRecent', 'settings:update'] as const) {
    const inner = base[channel] as (req: unknown, ctx: unknown) => Promise<unknown>;
    (handlers as Record<string, unknown>)[channel] = async (req: unknown, ctx: unknown) => {
      const value = await inner(req, ctx);
      void refreshMenu();
      return value;
    };
  }
  registerIpcHandlers(ipcMain, handlers, (event) => ({ emit: (name, payload) => event.sender.send(name, payload) }));
  await refreshMenu();

  const { settings: saved } = await settings.get();
  // The window icon matters on Linux (taskbar); packaged builds carry it beside dist/ (electron-builder.yml).
  const icon = join(here, '..', '..', 'assets', 'icons', 'icon.png');
  mainWindow = new BrowserWindow(mainWindowOptions(join(here, 'preload.cjs'), saved.window, existsSync(icon) ? icon : undefined));
  if (saved.window?.maximized) mainWindow.maximize();
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  // The renderer holds a close with unsaved changes through 'beforeunload' (useUnloadGuard);
  // Electron shows no question by itself, so the glue asks, natively.
  mainWindow.webContents.on('will-prevent-unload', (event) => {
    const options = {
      type: 'question' as const,
      title: menuText('unsavedTitle', currentLang),
      message: menuText('unsavedMessage', currentLang),
      detail: menuText('unsavedDetail', currentLang),
      buttons: [menuText('keepOpen', currentLang), menuText('closeAnyway', currentLang)],
      defaultId: 0,
      cancelId: 0,
    };
    const choice = mainWindow ? dialog.showMessageBoxSync(mainWindow, options) : dialog.showMessageBoxSync(options);
    // preventDefault here overrides the page's refusal: the window closes.
    if (choice === 1) event.preventDefault();
  });
  mainWindow.on('close', () => {
    if (!mainWindow) return;
    const b = mainWindow.getNormalBounds();
    void settings.update({ window: { width: b.width, height: b.height, x: b.x, y: b.y, maximized: mainWindow.isMaximized() } });
  });
  mainWindow.on('closed', () => {
    mainWindow = undefined;
    rendererReady = false;
  });
  app.on('before-quit', () => {
    void validation.close();
    void sending.close();
  });
  await mainWindow.loadURL(APP_ENTRY_URL);
}
