/**
 * The per-user data folder (settings, recent list, secrets). The same place for the Electron app
 * and the web host, so both see the same settings: Electron's own `userData` folder for this
 * product name. `--data-dir` or `QCVN120_DATA_DIR` override it (tests use a fresh one each).
 */
import { join } from 'node:path';

export const PRODUCT_NAME = 'QCVN 120 Packet Studio';

export interface DataDirInputs {
  explicit?: string;
  env: Record<string, string | undefined>;
  platform: string;
  home: string;
}

/** Where user data lives on this machine. */
export function resolveDataDir({ explicit, env, platform, home }: DataDirInputs): string {
  if (explicit) return explicit;
  if (env.QCVN120_DATA_DIR) return env.QCVN120_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), PRODUCT_NAME);
}
