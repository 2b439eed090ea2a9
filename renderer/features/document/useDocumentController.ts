/**
 * Opening, validating, saving and closing the document — the shell's logic, kept out of the
 * components. Browser files, pastes and templates are validated in the renderer's Web Worker;
 * files the host reads (native dialog, workspace, command line) in the host's Node worker.
 */
import { useCallback, useRef, useState } from 'react';
import type { Bridge } from '../../../shared/ipc/bridge';
import type { OpenedFile } from '../../../shared/ipc/contract';
import type { IpcError } from '../../../shared/ipc/result';
import { localize } from '../../i18n/dictionary';
import type { Notices } from '../shell/useNotices';
import { newJobId, utf8Size, type BusyState, type DocumentInfo, type DocumentOrigin, type LoadedDocument } from './documentModel';
import { JobError, runValidationJob, type WorkerFactory } from './workerClient';

export interface DocumentController {
  loaded?: LoadedDocument;
  busy?: BusyState;
  openBrowserFile(file: File): Promise<void>;
  openText(name: string, text: string, origin: Extract<DocumentOrigin, 'paste' | 'template'>): Promise<void>;
  openHostPath(path: string): Promise<void>;
  openHostDialog(): Promise<void>;
  /** Replaces the document's identity after a save (new path/name). */
  markSaved(path: string | undefined, name: string): void;
  close(): void;
}

const CANCELLED = 'documents.cancelled';

function openFailed(name: string, error: IpcError | JobError) {
  const message = error instanceof JobError ? error.localized : error.message;
  return {
    severity: 'error' as const,
    title: localize('notice.openFailed', { name }),
    message,
  };
}

/** The document controller of the shell. */
export function useDocumentController(bridge: Bridge, profileId: string, notices: Notices, createWorker?: WorkerFactory): DocumentController {
  const [loaded, setLoaded] = useState<LoadedDocument>();
  const [busy, setBusy] = useState<BusyState>();
  // Only the latest open may finish: opening another file cancels the one in progress.
  const current = useRef<{ cancel(): void } | undefined>(undefined);

  const begin = (name: string, cancel: () => void) => {
    current.current?.cancel();
    const token = { cancel };
    current.current = token;
    setBusy({ name, stage: 'reading', progress: null, cancel });
    return {
      stillCurrent: () => current.current === token,
      progress: (fraction: number | null, stage: BusyState['stage'] = 'validating') => {
        if (current.current === token) setBusy({ name, stage, progress: fraction, cancel });
      },
      end: () => {
        if (current.current === token) {
          current.current = undefined;
          setBusy(undefined);
        }
      },
    };
  };

  const cancelledNotice = (name: string) =>
    notices.push({ severity: 'info', message: localize('notice.openCancelled', { name }) });

  const runInWorker = useCallback(
    async (info: Omit<DocumentInfo, 'text' | 'encoding' | 'bom' | 'lineEnding'>, source: { bytes: ArrayBuffer } | { text: string }, job: ReturnType<typeof begin>, abort: AbortController) => {
      try {
        job.progress(null);
        const outcome = await runValidationJob({ source, profileId }, (f) => job.progress(f), abort.signal, createWorker);
        if (!job.stillCurrent()) return;
        setLoaded({ doc: { ...info, text: outcome.text, ...outcome.decoded }, report: outcome.report });
      } catch (error) {
        if (!job.stillCurrent()) return;
        if (error instanceof JobError && error.code === CANCELLED) cancelledNotice(info.name);
        else if (error instanceof JobError) notices.push(openFailed(info.name, error));
        else throw error;
      } finally {
        job.end();
      }
    },
    [profileId, createWorker, notices],
  );

  const openBrowserFile = useCallback(
    async (file: File) => {
      const abort = new AbortController();
      const job = begin(file.name, () => abort.abort());
      let bytes: ArrayBuffer;
      try {
        bytes = await file.arrayBuffer();
      } catch (error) {
        job.end();
        notices.push(openFailed(file.name, new JobError('files.io', localize('notice.browserReadFailed', { reason: String(error) }))));
        return;
      }
      if (abort.signal.aborted) {
        job.end();
        return cancelledNotice(file.name);
      }
      await runInWorker({ name: file.name, origin: 'browser', size: file.size }, { bytes }, job, abort);
    },
    [runInWorker, notices],
  );

  const openText = useCallback(
    async (name: string, text: string, origin: 'paste' | 'template') => {
      const abort = new AbortController();
      const job = begin(name, () => abort.abort());
      await runInWorker({ name, origin, size: utf8Size(text) }, { text }, job, abort);
    },
    [runInWorker],
  );

  const validateOnHost = useCallback(
    async (file: OpenedFile, job: ReturnType<typeof begin>, jobId: string) => {
      const off = bridge.on('documents:progress', (p) => {
        if (p.jobId === jobId) job.progress(p.fraction);
      });
      try {
        job.progress(null);
        const result = await bridge.documents.validate({ jobId, source: { path: file.path }, profileId });
        if (!job.stillCurrent()) return;
        if (result.ok) {
          setLoaded({
            doc: { name: file.name, path: file.path, origin: 'host', size: file.size, encoding: file.encoding, bom: file.bom, lineEnding: file.lineEnding, text: file.text },
            report: result.value,
          });
        } else if (result.error.code === CANCELLED) cancelledNotice(file.name);
        else notices.push(openFailed(file.name, result.error));
      } finally {
        off();
        job.end();
      }
    },
    [bridge, profileId, notices],
  );

  const openHostPath = useCallback(
    async (path: string) => {
      const name = path.split(/[\\/]/).pop() || path;
      const jobId = newJobId();
      let cancelled = false;
      const job = begin(name, () => {
        cancelled = true;
        void bridge.documents.cancel({ jobId });
      });
      const read = await bridge.files.read({ path });
      if (cancelled || !job.stillCurrent()) {
        job.end();
        if (cancelled) cancelledNotice(name);
        return;
      }
      if (!read.ok) {
        job.end();
        notices.push(openFailed(name, read.error));
        return;
      }
      await validateOnHost(read.value, job, jobId);
    },
    [bridge, validateOnHost, notices],
  );

  const openHostDialog = useCallback(async () => {
    const picked = await bridge.files.openDialog({});
    if (!picked.ok) {
      notices.push({ severity: 'error', message: picked.error.message });
      return;
    }
    if (!picked.value) return; // the user cancelled the dialog
    const jobId = newJobId();
    const job = begin(picked.value.name, () => void bridge.documents.cancel({ jobId }));
    await validateOnHost(picked.value, job, jobId);
  }, [bridge, validateOnHost, notices]);

  const markSaved = useCallback((path: string | undefined, name: string) => {
    setLoaded((l) => (l ? { ...l, doc: { ...l.doc, name, path, origin: path ? 'host' : l.doc.origin } } : l));
  }, []);

  const close = useCallback(() => {
    current.current?.cancel();
    setLoaded(undefined);
  }, []);

  return { loaded, busy, openBrowserFile, openText, openHostPath, openHostDialog, markSaved, close };
}
