/**
 * The UI thread's side of the document worker: requests with promises, progress callbacks, and
 * cancellation by terminating the worker — instant, even in the middle of JSON.parse of 100 MB.
 */
import type { Localized } from '../../shared/i18n/localized';
import type { ValidationReport } from '../../shared/validate/report';
import { localize } from '../i18n/dictionary';
import { profileRefFor } from '../features/document/profiles';
import type { RecordSummary, RecordText, WorkerReply, WorkerRequest } from './protocol';

/** A failure of a job, with a message for the user. */
export class JobError extends Error {
  constructor(
    readonly code: string,
    readonly localized: Localized,
  ) {
    super(localized.en);
  }
}

/** Creates the worker (replaceable in tests). */
export type WorkerFactory = () => Worker;

export const defaultWorkerFactory: WorkerFactory = () => new Worker(new URL('./document.worker.ts', import.meta.url), { type: 'module', name: 'document' });

type Reply<T extends WorkerReply['type']> = Extract<WorkerReply, { type: T }>;
type Request = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

interface Pending {
  resolve(reply: WorkerReply): void;
  reject(error: JobError): void;
  /** Intermediate replies (progress, opened) of a long request. */
  onMessage?(reply: WorkerReply): void;
  final: WorkerReply['type'];
}

/** One document worker and its pending requests. */
export class DocumentWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private dead?: JobError;

  constructor(factory: WorkerFactory = defaultWorkerFactory) {
    this.worker = factory();
    this.worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const message = event.data;
      const p = this.pending.get(message.id);
      if (!p) return;
      if (message.type === 'error') {
        this.pending.delete(message.id);
        return p.reject(new JobError(message.code, message.message));
      }
      if (message.type === p.final) {
        this.pending.delete(message.id);
        return p.resolve(message);
      }
      p.onMessage?.(message);
    };
    // A worker whose script could not be loaded gets a plain Event, without a message ("…failed: undefined").
    this.worker.onerror = (event) =>
      this.fail(new JobError('documents.failed', event.message ? localize('job.workerFailed', { reason: event.message }) : localize('job.workerUnavailable')));
  }

  /** Rejects every pending request and ends the worker. */
  private fail(error: JobError): void {
    this.dead = error;
    this.worker.terminate();
    const all = [...this.pending.values()];
    this.pending.clear();
    for (const p of all) p.reject(error);
  }

  /** Sends a request; resolves with its final reply (`final`), relaying the others to `onMessage`. */
  request<T extends WorkerReply['type']>(request: Request, final: T, onMessage?: (reply: WorkerReply) => void, transfer: Transferable[] = []): Promise<Reply<T>> {
    if (this.dead) return Promise.reject(this.dead);
    const id = this.nextId++;
    return new Promise<Reply<T>>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (r: WorkerReply) => void, reject, onMessage, final });
      this.worker.postMessage({ ...request, id }, transfer);
    });
  }

  /** Ends the worker; pending requests reject as cancelled. */
  terminate(): void {
    if (!this.dead) this.fail(new JobError('documents.cancelled', localize('job.cancelled')));
  }

  get alive(): boolean {
    return !this.dead;
  }

  // Requests of a large document held by this worker.
  record(index: number): Promise<RecordText | null> {
    return this.request({ type: 'record', index }, 'record').then((r) => r.record);
  }

  summaries(from: number, count: number): Promise<RecordSummary[]> {
    return this.request({ type: 'summaries', from, count }, 'summaries').then((r) => r.summaries);
  }

  text(): Promise<string> {
    return this.request({ type: 'text' }, 'text').then((r) => r.text);
  }

  revalidate(profileId: string | undefined, onProgress?: (fraction: number) => void): Promise<ValidationReport> {
    return this.request({ type: 'revalidate', profile: profileRefFor(profileId) }, 'report', (m) => m.type === 'progress' && m.fraction !== null && onProgress?.(m.fraction)).then((r) => r.report);
  }
}

export interface OpenCallbacks {
  onProgress(stage: 'reading' | 'parsing' | 'validating', fraction: number | null): void;
  /** The document is decoded (and, when large, parsed): it can be shown while validation goes on. */
  onOpened(opened: Reply<'opened'>, worker: DocumentWorker): void;
}

export interface OpenOutcome {
  opened: Reply<'opened'>;
  report: ValidationReport;
  /** The worker holding a large document (kept alive); undefined for a small one (ended). */
  worker?: DocumentWorker;
}

/**
 * Opens a document in a fresh worker: decode, (parse,) validate. `signal` cancels (rejects with
 * JobError `documents.cancelled`). A large document's worker is returned alive, holding the text.
 */
export async function openInWorker(
  source: { bytes: ArrayBuffer } | { text: string },
  options: { profileId?: string; largeThreshold: number },
  callbacks: OpenCallbacks,
  signal: AbortSignal,
  factory?: WorkerFactory,
): Promise<OpenOutcome> {
  const worker = new DocumentWorker(factory);
  const cancel = () => worker.terminate();
  if (signal.aborted) cancel();
  signal.addEventListener('abort', cancel, { once: true });
  let opened: Reply<'opened'> | undefined;
  try {
    const transfer = 'bytes' in source ? [source.bytes] : [];
    const { report } = await worker.request(
      { type: 'open', source, profile: profileRefFor(options.profileId), largeThreshold: options.largeThreshold },
      'report',
      (m) => {
        if (m.type === 'progress') callbacks.onProgress(m.stage, m.fraction);
        else if (m.type === 'opened') {
          opened = m;
          callbacks.onOpened(m, worker);
        }
      },
      transfer,
    );
    if (!opened) throw new JobError('documents.failed', localize('job.failed', { reason: 'no document' }));
    if (!opened.large) worker.terminate();
    return { opened, report, worker: opened.large ? worker : undefined };
  } catch (error) {
    worker.terminate();
    throw error;
  } finally {
    signal.removeEventListener('abort', cancel);
  }
}

/**
 * Validation as the user types, in one long-lived worker shared by the small documents: a new
 * worker replaces one that failed.
 */
export class BackgroundValidator {
  private worker?: DocumentWorker;

  constructor(private readonly factory?: WorkerFactory) {}

  /**
   * Validates a text; the caller discards results of versions it no longer shows. A user profile
   * goes to the worker with its definition (features/document/profiles.ts), not only its id.
   */
  validate(text: string, profileId: string | undefined): Promise<ValidationReport> {
    if (!this.worker?.alive) this.worker = new DocumentWorker(this.factory);
    return this.worker.request({ type: 'validate', text, profile: profileRefFor(profileId) }, 'report').then((r) => r.report);
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = undefined;
  }
}
