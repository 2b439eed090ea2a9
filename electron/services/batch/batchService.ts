/**
 * Batch triage runs (issue 6 §2): read every file, validate them in parallel through the host's
 * validation service (worker threads; this service adds no pool of its own), report progress as
 * files finish — with the grouped counts so far, so the screen fills in while the run goes on —
 * and stop at once on cancel. A file that cannot be read, decoded or checked stays in the batch
 * with its reason. Finished batches are kept (a few) for the triage screen's questions.
 */
import type { Localized } from '../../../shared/i18n/localized';
import type { BatchSummary } from '../../../shared/report/index';
import type { ValidationReport } from '../../../shared/validate/report';
import { ServiceError } from '../errors';
import { BatchSession, failureReport, type BatchView, type FileFailure } from '../../../shared/report/batchSession';

/** One file to triage: how to name it and how to read it. */
export interface BatchSource {
  /** How the host names the file (the `files:read` path), or the uploaded file's name. */
  file: string;
  /** The path inside the batch, as shown and reported. */
  name: string;
  size: number;
  /** The decoded text, or why there is none (never throws). */
  read(): Promise<{ text: string } | { failure: FileFailure }>;
}

/** Validates one text; the host's worker-thread service or, on the command line, the core in process. */
export interface BatchValidator {
  validate(jobId: string, text: string, profileId?: string): Promise<ValidationReport>;
  /** Several texts in one job (one worker thread), each report as it is ready; optional. */
  validateMany?(jobId: string, texts: string[], profileId: string | undefined, onItem: (index: number, report: ValidationReport) => void): Promise<void>;
  cancel(jobId: string): void;
}

/** What a run reports while it goes. */
export interface BatchProgress {
  batchId: string;
  done: number;
  total: number;
  /** The file that just finished. */
  name?: string;
  /** The grouped counts so far (throttled). */
  summary?: BatchSummary;
}

export interface RunInput {
  batchId: string;
  root: string;
  sources: BatchSource[];
  /** The profile to validate with (a built-in id for the worker threads). */
  profileId?: string;
  /** Profile stated on stand-in reports of unreadable files. */
  profile: { id: string; version: string };
  skipped?: { name: string; reason: Localized }[];
  truncated?: boolean;
}

export interface BatchServiceOptions {
  validator: BatchValidator;
  /** Jobs in flight at the same time (the validator may queue them further). */
  concurrency?: number;
  /** At most this many files, and about this many characters, per job of `validateMany`. */
  chunkFiles?: number;
  chunkChars?: number;
  /** Texts longer than this are validated but not kept parsed (no record lookups): memory stays bounded. */
  keepDocumentChars?: number;
  /** How many finished batches are kept for queries. */
  keep?: number;
  now?: () => number;
  /** Minimum time between two progress reports carrying a summary. */
  summaryEveryMs?: number;
}

export interface BatchService {
  /** Runs a batch; resolves with its view (also when cancelled: what was done so far). */
  run(input: RunInput, onProgress: (p: BatchProgress) => void): Promise<BatchView>;
  cancel(batchId: string): boolean;
  /** A kept batch, or a clear error when it is gone (closed, or pushed out by newer ones). */
  session(batchId: string): BatchSession;
  /** The view of a kept batch. */
  view(batchId: string): BatchView;
  close(batchId: string): boolean;
}

/** A parsed document for record lookups, or undefined (not JSON, or too large to keep). */
function parseForLookups(text: string, limit: number): unknown {
  if (text.length > limit) return undefined;
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return undefined;
  }
}

function gone(batchId: string): ServiceError {
  return new ServiceError('batch.not-found', {
    vi: `Không còn kết quả của lượt kiểm tra "${batchId}" (đã đóng hoặc đã bị thay bởi lượt mới hơn). Hãy chạy lại.`,
    en: `The results of batch "${batchId}" are gone (closed, or replaced by newer batches). Run it again.`,
  });
}

/** Creates the service. */
export function createBatchService(options: BatchServiceOptions): BatchService {
  const { validator, concurrency = 3, chunkFiles = 25, chunkChars = 16 * 1024 * 1024, keepDocumentChars = 32 * 1024 * 1024, keep = 4, now = () => Date.now(), summaryEveryMs = 250 } = options;
  const sessions = new Map<string, { session: BatchSession; view?: BatchView }>();
  const running = new Map<string, { cancelled: boolean; jobs: Set<string> }>();

  const remember = (batchId: string, session: BatchSession) => {
    sessions.delete(batchId);
    sessions.set(batchId, { session });
    while (sessions.size > keep) {
      const oldest = sessions.keys().next().value as string;
      if (running.has(oldest)) break;
      sessions.delete(oldest);
    }
  };

  const buildView = (input: RunInput, session: BatchSession, pending: number, cancelled: boolean, started: number): BatchView => ({
    batchId: input.batchId,
    root: input.root,
    files: session.fileRows(),
    summary: session.summary(),
    matrix: session.matrix(),
    worst: session.worst(),
    pending,
    cancelled,
    skipped: input.skipped ?? [],
    truncated: input.truncated ?? false,
    durationMs: Math.max(0, now() - started),
  });

  return {
    async run(input, onProgress) {
      if (running.has(input.batchId)) {
        throw new ServiceError('batch.duplicate', { vi: `Lượt kiểm tra "${input.batchId}" đang chạy.`, en: `Batch "${input.batchId}" is already running.` });
      }
      const started = now();
      const session = new BatchSession(input.batchId, input.root);
      remember(input.batchId, session);
      const state = { cancelled: false, jobs: new Set<string>() };
      running.set(input.batchId, state);
      const total = input.sources.length;
      let done = 0;
      let lastSummary = -Infinity;
      let next = 0;

      const finished = (source: BatchSource) => {
        done++;
        const t = now();
        const withSummary = t - lastSummary >= summaryEveryMs || done === total;
        if (withSummary) lastSummary = t;
        onProgress({ batchId: input.batchId, done, total, name: source.name, ...(withSummary ? { summary: session.summary() } : {}) });
      };
      const failed = (id: number, source: BatchSource, failure: FileFailure) => {
        session.add({ id, file: source.file, name: source.name, size: source.size, failure, report: failureReport(failure, input.profile) });
        finished(source);
      };
      const checked = (id: number, source: BatchSource, text: string, report: ValidationReport) => {
        session.add({ id, file: source.file, name: source.name, size: source.size, report, document: parseForLookups(text, keepDocumentChars) });
        finished(source);
      };
      const failureOf = (error: unknown): FileFailure =>
        error instanceof ServiceError
          ? { code: error.code, message: error.localized }
          : { code: 'batch.validate-failed', message: { vi: `Kiểm tra thất bại: ${String(error)}`, en: `Validation failed: ${String(error)}` } };

      /** Runs one job of the validator; false when the batch was cancelled meanwhile. */
      const job = async (key: string, work: (jobId: string) => Promise<void>) => {
        const jobId = `${input.batchId}-${key}`;
        state.jobs.add(jobId);
        try {
          await work(jobId);
        } finally {
          state.jobs.delete(jobId);
        }
      };

      /** One file in its own job (no batch support, or a chunk that failed: find the file at fault). */
      const single = async (id: number, source: BatchSource, text: string) => {
        try {
          await job(String(id), async (jobId) => {
            const report = await validator.validate(jobId, text, input.profileId);
            if (!state.cancelled) checked(id, source, text, report);
          });
        } catch (error) {
          if (!state.cancelled) failed(id, source, failureOf(error));
        }
      };

      // Chunks of files share one job (one worker's start and compiled validators): small enough to
      // keep both lanes busy and progress moving, bounded in size so memory stays modest.
      const perChunk = Math.max(1, Math.min(chunkFiles, Math.ceil(total / (2 * concurrency))));
      const lane = async () => {
        while (!state.cancelled && next < total) {
          const chunk: { id: number; source: BatchSource; text: string }[] = [];
          let chars = 0;
          while (!state.cancelled && next < total && chunk.length < perChunk && chars < chunkChars) {
            const id = next++;
            const source = input.sources[id];
            const read = await source.read();
            if (state.cancelled) return;
            if ('failure' in read) failed(id, source, read.failure);
            else {
              chunk.push({ id, source, text: read.text });
              chars += read.text.length;
            }
          }
          if (chunk.length === 0 || state.cancelled) continue;
          const many = validator.validateMany;
          if (!many || chunk.length === 1) {
            for (const c of chunk) if (!state.cancelled) await single(c.id, c.source, c.text);
            continue;
          }
          const reported = new Set<number>();
          try {
            await job(`c${chunk[0].id}`, (jobId) =>
              many.call(validator, jobId, chunk.map((c) => c.text), input.profileId, (index, report) => {
                const c = chunk[index];
                if (!c || reported.has(index) || state.cancelled) return;
                reported.add(index);
                checked(c.id, c.source, c.text, report);
              }),
            );
          } catch {
            if (state.cancelled) return;
            // The worker failed (out of memory, a crash): the files it had not reported are checked one by one.
            for (const [index, c] of chunk.entries()) if (!reported.has(index) && !state.cancelled) await single(c.id, c.source, c.text);
          }
        }
      };

      try {
        onProgress({ batchId: input.batchId, done: 0, total });
        await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, total)) }, lane));
      } finally {
        running.delete(input.batchId);
      }
      const view = buildView(input, session, total - done, state.cancelled, started);
      const kept = sessions.get(input.batchId);
      if (kept) kept.view = view;
      return view;
    },

    cancel(batchId) {
      const state = running.get(batchId);
      if (!state) return false;
      state.cancelled = true;
      for (const job of state.jobs) validator.cancel(job);
      return true;
    },

    session(batchId) {
      const kept = sessions.get(batchId);
      if (!kept) throw gone(batchId);
      return kept.session;
    },

    view(batchId) {
      const kept = sessions.get(batchId);
      if (!kept?.view) throw gone(batchId);
      return kept.view;
    },

    close(batchId) {
      if (running.has(batchId)) this.cancel(batchId);
      return sessions.delete(batchId);
    },
  };
}
