/**
 * The triage screen's state: one batch at a time, run by the host (`batch:run`) with progress
 * events that already carry the grouped counts, a Stop that ends it at once, and the files the
 * browser uploaded kept so any of them can be opened in the editor afterwards.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Bridge } from '../../../shared/ipc/bridge';
import type { BatchSourceRequest, BatchView } from '../../../shared/ipc/helpdesk';
import type { Localized } from '../../../shared/i18n/localized';
import type { BatchSummary } from '../../../shared/report/summary';

export interface TriageProgress {
  done: number;
  total: number;
  name?: string;
  summary?: BatchSummary;
}

export interface TriageState {
  phase: 'idle' | 'reading' | 'running' | 'done' | 'failed';
  batchId?: string;
  /** What is being checked, as the user chose it (a folder, "12 files"). */
  label?: string;
  progress?: TriageProgress;
  view?: BatchView;
  error?: Localized;
}

export interface Triage extends TriageState {
  /** Runs a batch (the previous one is closed). `browserFiles` are the uploaded files by batch name. */
  run(source: BatchSourceRequest, label: string, options?: { allFiles?: boolean; browserFiles?: Map<string, File> }): Promise<void>;
  /** Shows that the browser is reading the chosen files (before `run`). */
  reading(label: string, count: number): void;
  cancel(): void;
  /** Runs the last batch again (after files were fixed). */
  rerun(): Promise<void>;
  /** The last batch can be read again from where it came (a host folder or host files, not uploaded texts). */
  canRerun: boolean;
  /** An uploaded file of the current batch, to open it. */
  browserFile(name: string): File | undefined;
}

let counter = 0;
const newBatchId = () => `b${Date.now().toString(36)}${(counter++).toString(36)}`;

/** The triage state of the shell, over the bridge. */
export function useTriage(bridge: Bridge, profileId: string): Triage {
  const [state, setState] = useState<TriageState>({ phase: 'idle' });
  const current = useRef<string | undefined>(undefined);
  const files = useRef<Map<string, File>>(new Map());
  const last = useRef<{ source: BatchSourceRequest; label: string; allFiles?: boolean } | undefined>(undefined);

  useEffect(
    () =>
      bridge.on('batch:progress', (p) => {
        if (p.batchId !== current.current) return;
        setState((s) => (s.phase === 'running' ? { ...s, progress: { done: p.done, total: p.total, name: p.name, summary: p.summary ?? s.progress?.summary } } : s));
      }),
    [bridge],
  );

  const run = useCallback<Triage['run']>(
    async (source, label, options = {}) => {
      const previous = current.current;
      if (previous) void bridge.batch.close({ batchId: previous });
      const batchId = newBatchId();
      current.current = batchId;
      files.current = options.browserFiles ?? new Map();
      last.current = { source, label, allFiles: options.allFiles };
      setState({ phase: 'running', batchId, label, progress: { done: 0, total: 0 } });
      const r = await bridge.batch.run({ batchId, source, profileId, ...(options.allFiles ? { allFiles: true } : {}) });
      if (current.current !== batchId) return;
      setState(r.ok ? { phase: 'done', batchId, label, view: r.value } : { phase: 'failed', batchId, label, error: r.error.message });
    },
    [bridge, profileId],
  );

  const reading = useCallback((label: string, count: number) => {
    current.current = undefined;
    setState({ phase: 'reading', label, progress: { done: 0, total: count } });
  }, []);

  const cancel = useCallback(() => {
    if (current.current) void bridge.batch.cancel({ batchId: current.current });
  }, [bridge]);

  const rerun = useCallback(async () => {
    const l = last.current;
    if (l) await run(l.source, l.label, { allFiles: l.allFiles, browserFiles: files.current });
  }, [run]);

  const browserFile = useCallback((name: string) => files.current.get(name), []);

  const canRerun = Boolean(last.current && !('files' in last.current.source));
  return { ...state, run, reading, cancel, rerun, canRerun, browserFile };
}
