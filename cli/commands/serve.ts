/**
 * `qcvn120 serve [--port N] [--no-open] [--data-dir DIR] [--workspace DIR] [--no-build]`: the app
 * in a browser through the local web host (the same as `npm run web`), until Ctrl+C.
 */
import { t } from '../../shared/i18n/localized';
import { findLayout, runWebHost } from '../../electron/services/webhost/run';
import { WEB_HOST_USAGE } from '../../electron/services/webhost/args';
import type { Command } from '../command';

export const serveCommand: Command = {
  name: 'serve',
  summary: t('Mở ứng dụng trong trình duyệt (máy chủ web cục bộ 127.0.0.1)', 'Open the app in a browser (local web host on 127.0.0.1)'),
  usage: 'qcvn120 serve [--port N] [--no-open] [--data-dir DIR] [--workspace DIR] [--no-build]',
  help: WEB_HOST_USAGE,
  // The web host parses its own options (electron/services/webhost/args.ts).
  options: [],
  async run({ argv, io }) {
    const started = await runWebHost(argv, findLayout(import.meta.dirname), {
      out: (line) => io.stdout(`${line}\n`),
      err: (line) => io.stderr(`${line}\n`),
    });
    if (typeof started === 'number') return started;
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await started.stop();
    return 0;
  },
};
