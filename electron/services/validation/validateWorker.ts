/**
 * The worker thread that reads, parses and validates one document off the host's main thread,
 * so a 100 MB packet never blocks the window or the web host. Bundled as its own entry
 * (`dist/node/validate-worker.mjs`) by scripts/build-node.mjs.
 */
import { readFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { basename } from 'node:path';
import { decodeBytes, enableCodegen, validateText } from '../../../shared/index';
import { resolveJobProfile } from './profiles';
import type { WorkerJob, WorkerMessage } from './workerProtocol';

// Node allows code generation, so the host's worker uses the core's compiled accelerator
// (the renderer's worker cannot: its CSP has no unsafe-eval). TOOLCHAIN.md "Validation speed".
enableCodegen(true);

function post(message: WorkerMessage): void {
  parentPort?.postMessage(message);
}

async function run(job: WorkerJob): Promise<void> {
  const resolved = resolveJobProfile(job);
  if (resolved && !resolved.ok) {
    post({ type: 'error', code: resolved.code, message: resolved.message });
    return;
  }
  const profile = resolved?.profile;
  if (job.items) {
    job.items.forEach((item, index) => post({ type: 'item', index, report: validateText(item, { kind: job.kind, packetId: job.packetId, profile, locate: true }) }));
    post({ type: 'items-done' });
    return;
  }
  let text: string;
  if ('text' in job.source) {
    text = job.source.text;
  } else {
    const bytes = await readFile(job.source.path);
    const decoded = decodeBytes(bytes);
    if (decoded.error) {
      const name = basename(job.source.displayPath);
      post({
        type: 'error',
        code: 'files.decode',
        message: { vi: `Không đọc được tệp "${name}": ${decoded.error.message.vi}`, en: `Cannot read file "${name}": ${decoded.error.message.en}` },
      });
      return;
    }
    text = decoded.text;
  }
  let last = 0;
  let lastAt = Date.now();
  const report = validateText(text, {
    kind: job.kind,
    packetId: job.packetId,
    profile,
    locate: true,
    onProgress(fraction) {
      // Throttled: a progress bar needs a few updates a second, not one per record.
      const now = Date.now();
      if (fraction - last >= 0.01 || now - lastAt >= 100) {
        last = fraction;
        lastAt = now;
        post({ type: 'progress', fraction: Math.min(1, Math.max(0, fraction)) });
      }
    },
  });
  post({ type: 'done', report });
}

run(workerData as WorkerJob).catch((error: unknown) => {
  const text = error instanceof Error ? error.message : String(error);
  post({ type: 'error', code: 'documents.failed', message: { vi: `Kiểm tra tài liệu thất bại: ${text}`, en: `Validating the document failed: ${text}` } });
});
