/**
 * The validation service both hosts use for `documents:validate`: one worker thread per job
 * (a fresh heap, killed on cancel), at most `maxConcurrent` at a time, progress relayed.
 */
import { Worker } from 'node:worker_threads';
import type { ValidationReport } from '../../../shared/validate/report';
import type { ProfileRef } from '../../../shared/validate/profileRef';
import { ServiceError } from '../errors';
import type { WorkerJob, WorkerMessage } from './workerProtocol';

export interface ValidationService {
  /** Runs a job; rejects with `documents.cancelled` when cancelled. */
  validate(jobId: string, job: WorkerJob, onProgress: (fraction: number) => void): Promise<ValidationReport>;
  /**
   * Validates several texts in one worker thread, one after another (batch triage): `onItem` gets
   * each report as it is ready; resolves when all are done, rejects like `validate` on cancel.
   */
  validateItems?(jobId: string, items: string[], profile: string | ProfileRef | undefined, onItem: (index: number, report: ValidationReport) => void): Promise<void>;
  /** Stops a running or queued job; false when there is none with that id. */
  cancel(jobId: string): boolean;
  /** Stops every job. */
  close(): Promise<void>;
}

export interface ValidationServiceOptions {
  /** The bundled worker script (`validate-worker.mjs`). */
  workerPath: string;
  maxConcurrent?: number;
  /** Heap limit of a worker; a 100 MB document needs well over 1 GB while parsed. */
  maxHeapMb?: number;
}

interface Job {
  id: string;
  job: WorkerJob;
  onProgress: (fraction: number) => void;
  /** Batch jobs: each item's report. */
  onItem?: (index: number, report: ValidationReport) => void;
  resolve: (report?: ValidationReport) => void;
  reject: (error: unknown) => void;
  worker?: Worker;
}

const cancelled = () =>
  new ServiceError('documents.cancelled', { vi: 'Đã huỷ việc kiểm tra tài liệu.', en: 'Validation of the document was cancelled.' });

/** Creates the service. */
export function createValidationService({ workerPath, maxConcurrent = 2, maxHeapMb = 4096 }: ValidationServiceOptions): ValidationService {
  const queue: Job[] = [];
  const running = new Map<string, Job>();
  // Every worker until it has fully exited (a finished job's thread still tears down for a moment).
  const live = new Map<Worker, Promise<void>>();

  const pump = () => {
    while (running.size < maxConcurrent && queue.length > 0) start(queue.shift()!);
  };

  const finish = (job: Job) => {
    running.delete(job.id);
    pump();
  };

  const start = (job: Job) => {
    const worker = new Worker(workerPath, { workerData: job.job, resourceLimits: { maxOldGenerationSizeMb: maxHeapMb } });
    job.worker = worker;
    live.set(worker, new Promise<void>((resolve) => worker.once('exit', () => resolve())));
    running.set(job.id, job);
    let settled = false;
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') job.onProgress(message.fraction);
      else if (message.type === 'item') job.onItem?.(message.index, message.report);
      else if (message.type === 'items-done') {
        settled = true;
        job.resolve();
      } else if (message.type === 'done') {
        settled = true;
        job.resolve(message.report);
      } else {
        settled = true;
        job.reject(new ServiceError(message.code, message.message));
      }
    });
    worker.on('error', (error) => {
      if (settled) return;
      settled = true;
      const text = error.message;
      const outOfMemory = /heap|memory/i.test(text);
      job.reject(
        new ServiceError(outOfMemory ? 'documents.out-of-memory' : 'documents.failed', {
          vi: outOfMemory ? 'Tài liệu quá lớn để kiểm tra với bộ nhớ hiện có.' : `Kiểm tra tài liệu thất bại: ${text}`,
          en: outOfMemory ? 'The document is too large to validate with the memory available.' : `Validating the document failed: ${text}`,
        }),
      );
    });
    worker.on('exit', () => {
      live.delete(worker);
      if (!settled) {
        settled = true;
        job.reject(cancelled());
      }
      finish(job);
    });
  };

  const duplicate = (jobId: string) =>
    running.has(jobId) || queue.some((j) => j.id === jobId)
      ? new ServiceError('documents.duplicate-job', { vi: `Mã công việc "${jobId}" đang được dùng.`, en: `Job id "${jobId}" is already in use.` })
      : undefined;

  return {
    validate(jobId, job, onProgress) {
      const taken = duplicate(jobId);
      if (taken) return Promise.reject(taken);
      return new Promise<ValidationReport>((resolve, reject) => {
        queue.push({ id: jobId, job, onProgress, resolve: (r) => resolve(r!), reject });
        pump();
      });
    },
    validateItems(jobId, items, profile, onItem) {
      const taken = duplicate(jobId);
      if (taken) return Promise.reject(taken);
      return new Promise<void>((resolve, reject) => {
        queue.push({ id: jobId, job: { source: { text: '' }, items, ...(typeof profile === 'string' ? { profileId: profile } : profile ? { profile } : {}) }, onProgress: () => undefined, onItem, resolve: () => resolve(), reject });
        pump();
      });
    },
    cancel(jobId) {
      const queued = queue.findIndex((j) => j.id === jobId);
      if (queued >= 0) {
        queue.splice(queued, 1)[0].reject(cancelled());
        return true;
      }
      const job = running.get(jobId);
      if (!job?.worker) return false;
      // Terminating is instant even in the middle of JSON.parse, which a cooperative flag is not.
      void job.worker.terminate();
      return true;
    },
    async close() {
      for (const j of queue.splice(0)) j.reject(cancelled());
      const exits = [...live.values()];
      for (const worker of live.keys()) void worker.terminate();
      // Resolve only when no worker thread is left, so a host (or a test) can stop cleanly.
      await Promise.all(exits);
    },
  };
}
