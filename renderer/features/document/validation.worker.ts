/**
 * The renderer's validation worker: decodes and validates a document off the UI thread, so the
 * window stays responsive with a 100 MB packet. The core runs jitless here (the page's CSP has
 * no unsafe-eval), which is why the core's checker is built from closures.
 */
/// <reference lib="webworker" />
import { decodeBytes, validateText } from '../../../shared/index';
import { localize } from '../../i18n/dictionary';
import { profileById } from './profiles';
import type { WorkerReply, WorkerRequest } from './workerProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

function reply(message: WorkerReply): void {
  scope.postMessage(message);
}

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const job = event.data;
  try {
    let text: string;
    let decoded: Extract<WorkerReply, { type: 'done' }>['decoded'];
    if ('bytes' in job.source) {
      const result = decodeBytes(new Uint8Array(job.source.bytes));
      if (result.error) {
        reply({ type: 'error', code: 'files.decode', message: result.error.message });
        return;
      }
      text = result.text;
      decoded = { encoding: result.encoding, bom: result.bom, lineEnding: result.lineEnding };
    } else {
      text = job.source.text;
      decoded = { encoding: 'utf-8', bom: false, lineEnding: /\r\n/.test(text) ? 'crlf' : /\n/.test(text) ? 'lf' : 'none' };
    }
    let last = -1;
    const report = validateText(text, {
      kind: job.kind,
      profile: profileById(job.profileId),
      locate: true,
      onProgress(fraction: number) {
        if (fraction - last >= 0.01) {
          last = fraction;
          reply({ type: 'progress', fraction });
        }
      },
    });
    reply({ type: 'done', text, decoded, report });
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    reply({ type: 'error', code: 'documents.failed', message: localize('job.failed', { reason: text }) });
  }
};
