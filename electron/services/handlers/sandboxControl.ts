/**
 * "Start the sandbox portal" from the app: the host runs the same sandbox as
 * `npx qcvn120 sandbox` in its own process, on the port the built-in Sandbox environment points
 * at, with its data in `<data folder>/sandbox` (the command's default too, so both see the same
 * dossiers). Testers then need no terminal; the command stays documented on screen for those
 * who want faults, another port or a separate process.
 */
import { join } from 'node:path';
import { fill, t } from '../../../shared/i18n/localized';
import type { SandboxStatus } from '../../../shared/ipc/send';
import { SANDBOX_DEFAULT_PORT, SANDBOX_ENVIRONMENT_ID, SANDBOX_USERNAME } from '../../../shared/portal/environment';
import { ServiceError, errnoCode } from '../errors';
import type { EnvironmentStore } from '../environments/store';
import { NO_FAULTS, parseFaultSpec } from '../sandbox/faults';
import { startSandbox, type RunningSandbox } from '../sandbox/server';

export interface SandboxControl {
  status(): SandboxStatus;
  /** Starts the sandbox (or returns the running one). `faults` is a `--faults` spec. */
  start(options?: { faults?: string }): Promise<SandboxStatus>;
  stop(): Promise<SandboxStatus>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The port the Sandbox environment points at, when it points at this machine. */
export function sandboxPortOf(baseUrl: string): number | undefined {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    return undefined;
  }
  if (!LOOPBACK.has(url.hostname)) return undefined;
  return url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
}

/** The sandbox the host can start on demand, for one data folder. */
export function createSandboxControl(dataDir: string, environments: EnvironmentStore): SandboxControl {
  const sandboxDir = join(dataDir, 'sandbox');
  let running: RunningSandbox | undefined;
  let starting: Promise<RunningSandbox> | undefined;

  const status = (): SandboxStatus => ({
    running: Boolean(running),
    dataDir: sandboxDir,
    username: SANDBOX_USERNAME,
    command: `npx qcvn120 sandbox --port ${running?.port ?? SANDBOX_DEFAULT_PORT} --data-dir "${sandboxDir}"`,
    // No faults: nothing to show (the command line's English "(none)" was shown in the Vietnamese interface).
    ...(running ? { url: running.url, port: running.port, ...(running.faults !== NO_FAULTS ? { faults: running.faults } : {}) } : {}),
  });

  const launch = async (faults: string | undefined): Promise<RunningSandbox> => {
    const env = await environments.get(SANDBOX_ENVIRONMENT_ID);
    const port = sandboxPortOf(env.baseUrl);
    if (port === undefined) {
      throw new ServiceError(
        'sandbox.not-local',
        fill(
          t(
            'Môi trường Sandbox đang trỏ tới {url}, không phải máy này (127.0.0.1), nên ứng dụng không thể chạy cổng thử nghiệm ở đó. Sửa địa chỉ của môi trường Sandbox thành http://127.0.0.1:{port}.',
            'The Sandbox environment points at {url}, not at this machine (127.0.0.1), so the app cannot run the sandbox portal there. Change the Sandbox environment\'s address to http://127.0.0.1:{port}.',
          ),
          { url: env.baseUrl, port: SANDBOX_DEFAULT_PORT },
        ),
      );
    }
    const parsed = parseFaultSpec(faults);
    if (!parsed.ok) throw new ServiceError('sandbox.faults-invalid', parsed.error);
    try {
      return await startSandbox({ dataDir: sandboxDir, port, faults: parsed.spec });
    } catch (error) {
      if (errnoCode(error) === 'EADDRINUSE') {
        throw new ServiceError(
          'sandbox.port-in-use',
          fill(
            t(
              'Cổng {port} đang được dùng: có thể cổng thử nghiệm đã chạy (ví dụ bằng "npx qcvn120 sandbox"); nếu vậy, cứ gửi. Nếu không, đổi cổng trong địa chỉ của môi trường Sandbox.',
              'Port {port} is in use: the sandbox portal may already be running (for example from "npx qcvn120 sandbox"); if so, just send. Otherwise change the port in the Sandbox environment\'s address.',
            ),
            { port },
          ),
        );
      }
      throw error;
    }
  };

  return {
    status,
    async start(options = {}) {
      if (running) return status();
      starting ??= launch(options.faults).finally(() => (starting = undefined));
      running = await starting;
      return status();
    },
    async stop() {
      const r = running;
      running = undefined;
      await r?.close();
      return status();
    },
  };
}
