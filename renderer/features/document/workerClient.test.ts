import { describe, expect, it, vi } from 'vitest';
import type { WorkerReply } from './workerProtocol';
import { runValidationJob } from './workerClient';

/** A stand-in for the Web Worker that answers with scripted replies. */
function fakeWorker(replies: WorkerReply[] | 'silent') {
  const worker = {
    onmessage: null as ((e: MessageEvent<WorkerReply>) => void) | null,
    onerror: null as ((e: ErrorEvent) => void) | null,
    terminate: vi.fn(),
    postMessage: vi.fn((_message: unknown, transfer: Transferable[]) => {
      worker.transferred = transfer;
      if (replies === 'silent') return;
      queueMicrotask(() => {
        for (const data of replies) worker.onmessage?.({ data } as MessageEvent<WorkerReply>);
      });
    }),
    transferred: [] as Transferable[],
  };
  return worker;
}

const report = { form: 'record' as const, provisional: false, recordCount: 1, issues: [], counts: { error: 0, warning: 0, info: 0 }, valid: true, repairs: [], profile: { id: 'strict', version: '1.0.0' } };

describe('validation worker client', () => {
  it('transfers the bytes (no copy), relays progress and resolves with the result', async () => {
    const worker = fakeWorker([
      { type: 'progress', fraction: 0.5 },
      { type: 'done', text: '{}', decoded: { encoding: 'utf-8', bom: false, lineEnding: 'none' }, report },
    ]);
    const progress = vi.fn();
    const bytes = new ArrayBuffer(2);
    const outcome = await runValidationJob({ source: { bytes } }, progress, new AbortController().signal, () => worker as unknown as Worker);
    expect(worker.transferred).toEqual([bytes]);
    expect(progress).toHaveBeenCalledWith(0.5);
    expect(outcome.report.valid).toBe(true);
    expect(worker.terminate).toHaveBeenCalled();
  });

  it('rejects with the worker’s own message when the file cannot be decoded', async () => {
    const message = { vi: 'Tệp không phải UTF-8', en: 'The file is not UTF-8' };
    const worker = fakeWorker([{ type: 'error', code: 'files.decode', message }]);
    await expect(runValidationJob({ source: { text: 'x' } }, () => undefined, new AbortController().signal, () => worker as unknown as Worker)).rejects.toMatchObject({
      code: 'files.decode',
      localized: message,
    });
  });

  it('cancels by terminating the worker at once', async () => {
    const worker = fakeWorker('silent');
    const abort = new AbortController();
    const job = runValidationJob({ source: { text: '[]' } }, () => undefined, abort.signal, () => worker as unknown as Worker);
    abort.abort();
    await expect(job).rejects.toMatchObject({ code: 'documents.cancelled' });
    expect(worker.terminate).toHaveBeenCalled();
  });
});
