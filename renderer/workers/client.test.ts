import { describe, expect, it, vi } from 'vitest';
import type { WorkerReply, WorkerRequest } from './protocol';
import { BackgroundValidator, JobError, openInWorker } from './client';

/** A stand-in for the Web Worker that answers each request with scripted replies. */
function fakeWorker(script: (request: WorkerRequest) => Omit<WorkerReply, 'id'>[] | 'silent') {
  const worker = {
    onmessage: null as ((e: MessageEvent<WorkerReply>) => void) | null,
    onerror: null as ((e: ErrorEvent) => void) | null,
    terminate: vi.fn(),
    transferred: [] as Transferable[],
    postMessage: vi.fn((request: WorkerRequest, transfer: Transferable[]) => {
      worker.transferred = transfer;
      const replies = script(request);
      if (replies === 'silent') return;
      queueMicrotask(() => {
        for (const r of replies) worker.onmessage?.({ data: { ...r, id: request.id } } as MessageEvent<WorkerReply>);
      });
    }),
  };
  return worker;
}

const report = { form: 'record' as const, provisional: false, recordCount: 1, issues: [], counts: { error: 0, warning: 0, info: 0 }, valid: true, repairs: [], profile: { id: 'strict', version: '1.0.0' } };
const decoded = { encoding: 'utf-8' as const, bom: false, lineEnding: 'none' as const };
const callbacks = () => ({ onProgress: vi.fn(), onOpened: vi.fn() });

describe('document worker client', () => {
  it('transfers the bytes (no copy), relays progress, and ends the worker of a small document', async () => {
    const worker = fakeWorker(() => [
      { type: 'progress', stage: 'validating', fraction: 0.5 },
      { type: 'opened', decoded, text: '{}', large: false, length: 2 },
      { type: 'report', report },
    ]);
    const cb = callbacks();
    const bytes = new ArrayBuffer(2);
    const outcome = await openInWorker({ bytes }, { largeThreshold: 100 }, cb, new AbortController().signal, () => worker as unknown as Worker);
    expect(worker.transferred).toEqual([bytes]);
    expect(cb.onProgress).toHaveBeenCalledWith('validating', 0.5);
    expect(outcome.opened.text).toBe('{}');
    expect(outcome.report.valid).toBe(true);
    expect(outcome.worker).toBeUndefined();
    expect(worker.terminate).toHaveBeenCalled();
  });

  it('keeps the worker of a large document alive, holding the text, and tells as soon as it is parsed', async () => {
    const worker = fakeWorker((req) =>
      req.type === 'open'
        ? [
            { type: 'opened', decoded, large: true, length: 10, layout: { arrayPath: ['data'], count: 3 }, summaries: [] },
            { type: 'report', report },
          ]
        : req.type === 'record'
          ? [{ type: 'record', record: { index: req.index, path: ['data', req.index], text: '{}', offset: 0, line: 1, value: {} } }]
          : 'silent',
    );
    const cb = callbacks();
    const outcome = await openInWorker({ text: '…' }, { largeThreshold: 1 }, cb, new AbortController().signal, () => worker as unknown as Worker);
    expect(cb.onOpened).toHaveBeenCalledWith(expect.objectContaining({ large: true }), outcome.worker);
    expect(worker.terminate).not.toHaveBeenCalled();
    expect((await outcome.worker!.record(2))?.path).toEqual(['data', 2]);
  });

  it('rejects with the worker’s own message when the file cannot be decoded', async () => {
    const message = { vi: 'Tệp không phải UTF-8', en: 'The file is not UTF-8' };
    const worker = fakeWorker(() => [{ type: 'error', code: 'files.decode', message }]);
    await expect(openInWorker({ text: 'x' }, { largeThreshold: 100 }, callbacks(), new AbortController().signal, () => worker as unknown as Worker)).rejects.toMatchObject({
      code: 'files.decode',
      localized: message,
    });
  });

  it('a worker whose script cannot be loaded says so and what to do, not "failed: undefined"', async () => {
    const worker = fakeWorker(() => 'silent');
    const job = openInWorker({ text: '[]' }, { largeThreshold: 100 }, callbacks(), new AbortController().signal, () => worker as unknown as Worker);
    // What the browser gives for a worker script it could not fetch: an Event with no message.
    worker.onerror?.(new Event('error') as ErrorEvent);
    const error = (await job.catch((e: unknown) => e)) as JobError;
    expect(error.code).toBe('documents.failed');
    expect(error.localized.vi).not.toContain('undefined');
    expect(error.localized.vi).toContain('tải lại trang');
    expect(error.localized.en).toContain('Reload the page');
  });

  it('cancels by ending the worker at once', async () => {
    const worker = fakeWorker(() => 'silent');
    const abort = new AbortController();
    const job = openInWorker({ text: '[]' }, { largeThreshold: 100 }, callbacks(), abort.signal, () => worker as unknown as Worker);
    abort.abort();
    await expect(job).rejects.toMatchObject({ code: 'documents.cancelled' });
    expect(worker.terminate).toHaveBeenCalled();
  });

  it('the background validator starts a new worker after one failed', async () => {
    const workers: ReturnType<typeof fakeWorker>[] = [];
    const validator = new BackgroundValidator(() => {
      const w = fakeWorker(() => [{ type: 'report', report }]);
      workers.push(w);
      return w as unknown as Worker;
    });
    await validator.validate('{}', 'strict');
    workers[0].onerror?.({ message: 'boom' } as ErrorEvent);
    await validator.validate('{}', 'strict');
    expect(workers).toHaveLength(2);
  });
});
