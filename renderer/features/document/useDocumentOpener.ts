/**
 * Opening documents into the editor's store — browser files, pastes, templates, and files the
 * host reads (native dialog, workspace, command line). Every document is decoded, parsed and
 * validated in the document Web Worker; a large one stays there (large-file mode) and is shown
 * as soon as it is parsed, while its validation goes on. Opening another file while one is being
 * read cancels the first; Cancel works at once (the worker is ended).
 */
import { useCallback, useRef, useState } from 'react';
import type { Bridge } from '../../../shared/ipc/bridge';
import type { OpenedFile } from '../../../shared/ipc/contract';
import type { IpcError } from '../../../shared/ipc/result';
import { localize } from '../../i18n/dictionary';
import type { EditorStore, LargeHandle } from '../editor/model/editorStore';
import type { DocumentFileInfo } from '../editor/model/types';
import { largeModeNotes } from '../editor/large/largeMode';
import type { Notices } from '../shell/useNotices';
import { offerLegacyConversion } from '../helpdesk/legacy/legacyOffer';
import { JobError, openInWorker, type DocumentWorker, type OpenOutcome, type WorkerFactory } from '../../workers/client';
import { utf8Size, type BusyState } from './documentModel';

/**
 * Texts of this many UTF-16 code units or more (about 2 MB) open in large-file mode. Above it,
 * a full syntax tree on the UI thread (cursor ↔ path) and a Monaco model of the whole text start
 * to cost hundreds of milliseconds (measured: 3.7 MB, 600 ms for the first cursor → path).
 */
export const LARGE_TEXT_LENGTH = 2_000_000;

export interface DocumentOpener {
  busy?: BusyState;
  openBrowserFile(file: File): Promise<void>;
  openText(name: string, text: string, origin: 'paste' | 'template'): Promise<void>;
  openHostPath(path: string): Promise<void>;
  openHostDialog(): Promise<void>;
}

const CANCELLED = 'documents.cancelled';

function openFailed(name: string, error: IpcError | JobError) {
  return {
    severity: 'error' as const,
    title: localize('notice.openFailed', { name }),
    message: error instanceof JobError ? error.localized : error.message,
  };
}

/**
 * The store's handle on a large document held by its worker. What came with the document (the
 * first summaries, the first record) is answered at once: the worker is busy validating then.
 */
function largeHandle(worker: DocumentWorker, opened: OpenOutcome['opened']): LargeHandle {
  const early = opened.summaries ?? [];
  const first = opened.firstRecord;
  return {
    layout: opened.layout!,
    getRecordSummaries: (from, count) =>
      from >= 0 && from + count <= early.length ? Promise.resolve(early.slice(from, from + count)) : worker.summaries(from, count),
    getRecord: (index) => (index === 0 && first ? Promise.resolve(first) : worker.record(index)),
    getText: () => worker.text(),
    turnedOff: largeModeNotes(),
    revalidate: (profileId, onProgress) => worker.revalidate(profileId, onProgress),
    dispose: () => worker.terminate(),
  };
}

/** The opener of the shell, over the editor's store. */
export function useDocumentOpener(bridge: Bridge, store: EditorStore, notices: Notices, createWorker?: WorkerFactory): DocumentOpener {
  const [busy, setBusy] = useState<BusyState>();
  // Only the latest open may finish: opening another file cancels the one being read.
  const current = useRef<{ cancel(): void } | undefined>(undefined);

  const begin = useCallback((name: string, cancel: () => void) => {
    current.current?.cancel();
    const token = { cancel };
    current.current = token;
    setBusy({ name, stage: 'reading', progress: null, cancel });
    return {
      stillCurrent: () => current.current === token,
      progress: (stage: BusyState['stage'], fraction: number | null) => {
        if (current.current === token) setBusy({ name, stage, progress: fraction, cancel });
      },
      end: () => {
        if (current.current === token) {
          current.current = undefined;
          setBusy(undefined);
        }
      },
    };
  }, []);

  const cancelledNotice = useCallback((name: string) => notices.push({ severity: 'info', message: localize('notice.openCancelled', { name }) }), [notices]);

  /** Runs the worker on a source and puts the document into the store. */
  const load = useCallback(
    async (
      info: DocumentFileInfo,
      source: { bytes: ArrayBuffer } | { text: string },
      hostDecoded: boolean,
      job: ReturnType<typeof begin>,
      abort: AbortController,
      /** A file that is not UTF-8: offered to the legacy-encoding confirmation (issue 6 §5); false when it did not take it. */
      offerLegacy?: () => Promise<boolean>,
    ) => {
      // A large document enters the store as soon as it is parsed; its first validation follows.
      let largeId: string | undefined;
      const withDecoded = (decoded: OpenOutcome['opened']['decoded']): DocumentFileInfo => (hostDecoded ? info : { ...info, ...decoded });
      try {
        const { opened, report } = await openInWorker(
          source,
          { profileId: store.profile, largeThreshold: LARGE_TEXT_LENGTH },
          {
            onProgress: (stage, fraction) => {
              if (largeId) store.setProgress(largeId, fraction);
              else job.progress(stage === 'reading' ? 'reading' : 'validating', fraction);
            },
            onOpened: (m, worker) => {
              if (!m.large || !m.layout || !job.stillCurrent()) return;
              largeId = store.open({
                info: withDecoded(m.decoded),
                text: '',
                large: largeHandle(worker, m),
                detected: { packetId: m.packetId, kind: m.kind, form: m.form ?? 'unknown' },
                validating: true,
                opening: { cancel: () => abort.abort() },
              });
              job.end();
            },
          },
          abort.signal,
          createWorker,
        );
        if (largeId) return store.opened(largeId, report);
        if (!job.stillCurrent()) return;
        store.open({ info: withDecoded(opened.decoded), text: opened.text ?? '', report });
      } catch (error) {
        if (largeId) store.close(largeId);
        else if (!job.stillCurrent()) return;
        if (error instanceof JobError && error.code === CANCELLED) cancelledNotice(info.name);
        else if (error instanceof JobError && error.code === 'files.decode' && offerLegacy) void offerLegacy().then((taken) => taken || notices.push(openFailed(info.name, error)));
        else if (error instanceof JobError) notices.push(openFailed(info.name, error));
        else throw error;
      } finally {
        job.end();
      }
    },
    [store, notices, cancelledNotice, createWorker],
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
      const info: DocumentFileInfo = { name: file.name, origin: 'browser', size: file.size, encoding: 'utf-8', bom: false, lineEnding: 'none' };
      // The bytes went to the worker; the confirmation reads the file again.
      const offerLegacy = async () => offerLegacyConversion({ kind: 'browser', name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
      await load(info, { bytes }, false, job, abort, offerLegacy);
    },
    [begin, load, notices, cancelledNotice],
  );

  const openText = useCallback(
    async (name: string, text: string, origin: 'paste' | 'template') => {
      const abort = new AbortController();
      const job = begin(name, () => abort.abort());
      await load({ name, origin, size: utf8Size(text), encoding: 'utf-8', bom: false, lineEnding: 'none' }, { text }, false, job, abort);
    },
    [begin, load],
  );

  const openRead = useCallback(
    async (file: OpenedFile, job: ReturnType<typeof begin>, abort: AbortController) => {
      const info: DocumentFileInfo = { name: file.name, path: file.path, origin: 'host', size: file.size, encoding: file.encoding, bom: file.bom, lineEnding: file.lineEnding };
      await load(info, { text: file.text }, true, job, abort);
    },
    [load],
  );

  /** A file already open in a tab is shown rather than opened twice. */
  const alreadyOpen = useCallback(
    (path: string) => {
      const doc = store.getState().documents.find((d) => d.info.origin === 'host' && d.info.path === path);
      if (doc) store.activate(doc.id);
      return Boolean(doc);
    },
    [store],
  );

  const openHostPath = useCallback(
    async (path: string) => {
      if (alreadyOpen(path)) return;
      const name = path.split(/[\\/]/).pop() || path;
      const abort = new AbortController();
      const job = begin(name, () => abort.abort());
      const read = await bridge.files.read({ path });
      if (abort.signal.aborted || !job.stillCurrent()) {
        job.end();
        if (abort.signal.aborted) cancelledNotice(name);
        return;
      }
      if (!read.ok) {
        job.end();
        // Not UTF-8 but a legacy Vietnamese encoding: the confirmation dialog shows the conversion first.
        if (read.error.code === 'files.decode' && offerLegacyConversion({ kind: 'host', path, name }, read.error.details?.decodeCode)) return;
        notices.push(openFailed(name, read.error));
        return;
      }
      await openRead(read.value, job, abort);
    },
    [bridge, begin, openRead, alreadyOpen, notices, cancelledNotice],
  );

  const openHostDialog = useCallback(async () => {
    const picked = await bridge.files.openDialog({});
    if (!picked.ok) {
      notices.push({ severity: 'error', message: picked.error.message });
      return;
    }
    if (!picked.value) return; // the user cancelled the dialog
    if (alreadyOpen(picked.value.path)) return;
    const abort = new AbortController();
    const job = begin(picked.value.name, () => abort.abort());
    await openRead(picked.value, job, abort);
  }, [bridge, begin, openRead, alreadyOpen, notices]);

  return { busy, openBrowserFile, openText, openHostPath, openHostDialog };
}
