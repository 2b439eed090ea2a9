/**
 * The web host put together: arguments → data folder, workspace, services, server; prints the
 * address on stdout (one line a script can read) and opens a browser unless `--no-open`.
 * Used by `npm run web` (dist/node/webhost.mjs) and by `npx qcvn120 serve`.
 */
import { mkdir, readFile, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { resolveDataDir } from '../dataDir';
import { noFileAccess, workspaceFileAccess } from '../files/access';
import { createRecentStore } from '../files/recent';
import { createServiceHandlers } from '../handlers/serviceHandlers';
import { webSecretChoice } from '../handlers/secretChoice';
import { createSendServices } from '../handlers/sendServices';
import { memorySecretStore } from '../secrets/secretStore';
import { createSettingsStore } from '../settings/settingsStore';
import { createValidationService } from '../validation/validationService';
import { createRecoveryStore } from '../recovery/recoveryStore';
import { profileStoreFor } from '../profiles/profileStore';
import { coreInfo } from '../coreInfo';
import { WEB_HOST_USAGE, parseWebHostArgs } from './args';
import { buildRenderer, rendererNeedsBuild } from './buildCheck';
import { openBrowser } from './openBrowser';
import { startWebHost, type WebHost } from './server';

export interface WebHostLayout {
  /** The repository (or installed package) root: package.json, dist/. */
  root: string;
  rendererDir: string;
  workerPath: string;
}

export interface Io {
  out(line: string): void;
  err(line: string): void;
}

/**
 * The layout of the app around a running file: the nearest folder above `start` holding the
 * app's package.json (the bundle in dist/node/, the CLI's bundle, or sources under test).
 */
export function findLayout(start: string): WebHostLayout {
  let dir = resolve(start);
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && /"name":\s*"qcvn120-packet-studio"/.test(readFileSync(pkg, 'utf8'))) break;
    const up = dirname(dir);
    if (up === dir) throw new Error(`package.json of QCVN 120 Packet Studio not found above ${start}`);
    dir = up;
  }
  return { root: dir, rendererDir: join(dir, 'dist', 'renderer'), workerPath: join(dir, 'dist', 'node', 'validate-worker.mjs') };
}

/** Starts the web host from command-line arguments; returns the host, or an exit code. */
export async function runWebHost(argv: string[], layout: WebHostLayout, io: Io): Promise<{ host: WebHost; stop(): Promise<void> } | number> {
  let args;
  try {
    args = parseWebHostArgs(argv);
  } catch (error) {
    io.err(error instanceof Error ? error.message : String(error));
    io.err(`${WEB_HOST_USAGE.vi}\n\n${WEB_HOST_USAGE.en}`);
    return 2;
  }
  if (args.help) {
    io.out(`${WEB_HOST_USAGE.vi}\n\n${WEB_HOST_USAGE.en}`);
    return 0;
  }
  const dataDir = resolve(resolveDataDir({ explicit: args.dataDir, env: process.env, platform: process.platform, home: homedir() }));
  await mkdir(dataDir, { recursive: true });

  let workspace;
  if (args.workspace !== undefined) {
    const dir = resolve(args.workspace);
    const info = await stat(dir).catch(() => undefined);
    if (!info?.isDirectory()) {
      io.err(`Thư mục làm việc không tồn tại: ${dir}\nThe workspace folder does not exist: ${dir}`);
      return 2;
    }
    workspace = await workspaceFileAccess(dir);
  }

  if (args.build && rendererNeedsBuild(layout.root)) {
    io.err('Đang dựng giao diện (vite build)… / Building the interface (vite build)…');
    await buildRenderer(layout.root);
  }

  const pkg = JSON.parse(await readFile(join(layout.root, 'package.json'), 'utf8')) as { version: string; productName?: string };
  const validation = createValidationService({ workerPath: layout.workerPath });
  // Environment passwords: memory only for this run, unless the user opens a passphrase file.
  const send = createSendServices({ dataDir, secrets: webSecretChoice(dataDir), appVersion: pkg.version });
  const handlers = createServiceHandlers({
    host: 'web',
    info: { name: pkg.productName ?? 'QCVN 120 Packet Studio', version: pkg.version, platform: process.platform, dataDir, ...coreInfo() },
    settings: createSettingsStore(dataDir),
    recent: createRecentStore(dataDir),
    // The browser has no OS key store to borrow: secrets live for this run only.
    secrets: memorySecretStore(),
    validation,
    // Without a workspace the web host touches no server-side files at all.
    access: workspace ?? noFileAccess(),
    workspace: workspace && { name: basename(workspace.root), resolveDir: workspace.resolveDir },
    takePending: () => [],
    send,
    // Copies of unsaved documents, offered back after a crash (the data folder's recovery/).
    recovery: createRecoveryStore(dataDir),
    // User validation profiles (the data folder's profiles/), shared with the send path.
    profiles: profileStoreFor(dataDir),
  });
  if (!existsSync(layout.workerPath)) {
    io.err(`Thiếu ${layout.workerPath}; hãy chạy "npm run build". / ${layout.workerPath} is missing; run "npm run build".`);
    return 2;
  }
  const host = await startWebHost({ port: args.port, rendererDir: layout.rendererDir, handlers, log: (m) => io.err(m) });
  io.out(`QCVN 120 Packet Studio: ${host.url}`);
  if (args.open && !(await openBrowser(host.url))) {
    io.err('Không mở được trình duyệt; hãy mở địa chỉ trên. / Could not open a browser; open the address above.');
  }
  return {
    host,
    async stop() {
      await validation.close();
      await send.close();
      await host.close();
    },
  };
}
