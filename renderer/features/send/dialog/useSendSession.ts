/**
 * One opening of the send dialog: the document as it was when the dialog opened (the dialog is
 * modal, so it cannot change underneath), the options, the preview of the exact requests, the
 * confirmation a production environment needs, the running send with its progress and cancel,
 * and the result with its one-click follow-ups (retry, send again as update). The document in the
 * editor is only read, never written: whatever happens here, the packet and its edits stay.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Localized } from '../../../../shared/i18n/localized';
import type { EnvironmentSummary } from '../../../../shared/portal/environment';
import { productionConfirmation, type SendPreview, type SendProgress, type SendRequestInput, type SendResult } from '../../../../shared/portal/result';
import type { Bridge } from '../../../../shared/ipc/bridge';
import { newRunId, retryOptions, updateOptions, type Sendable, type SendOptions } from '../sendFlow';

export type Stage = 'preview' | 'sending' | 'done';

export interface PendingConfirmation {
  options: SendOptions;
  preview?: SendPreview;
}

export interface SendSession {
  stage: Stage;
  options: SendOptions;
  setOptions(patch: Partial<SendOptions>): void;
  preview?: SendPreview;
  previewing: boolean;
  previewError?: Localized;
  /** The host could not run the send at all (a bridge failure, not a portal fault). */
  sendError?: Localized;
  /** A production send waiting for the user's confirmation (the dialog names the target). */
  confirming?: PendingConfirmation;
  progress?: SendProgress;
  result?: SendResult;
  /** The options of the send that produced `result`. */
  lastOptions?: SendOptions;
  /** Sends with the given options (the dialog's by default); asks for confirmation first on production. */
  send(options?: SendOptions): void;
  confirm(): void;
  cancelConfirm(): void;
  /** Stops a running send. */
  stop(): void;
  retry(): void;
  sendAsUpdate(records: number[]): void;
  backToPreview(): void;
}

const DEFAULT_OPTIONS: SendOptions = { isUpdating: 'document', allowInvalid: false };

/** The state and actions of one send dialog. */
export function useSendSession(bridge: Bridge, env: EnvironmentSummary, sendable: Extract<Sendable, { ok: true }>): SendSession {
  const [stage, setStage] = useState<Stage>('preview');
  const [options, setOptionsState] = useState<SendOptions>(DEFAULT_OPTIONS);
  const [preview, setPreview] = useState<SendPreview>();
  const [previewing, setPreviewing] = useState(true);
  const [previewError, setPreviewError] = useState<Localized>();
  const [sendError, setSendError] = useState<Localized>();
  const [confirming, setConfirming] = useState<PendingConfirmation>();
  const [progress, setProgress] = useState<SendProgress>();
  const [result, setResult] = useState<SendResult>();
  const [lastOptions, setLastOptions] = useState<SendOptions>();
  const runId = useRef<string | undefined>(undefined);
  const previewSeq = useRef(0);

  const request = useCallback(
    (o: SendOptions): SendRequestInput => ({ ...o, environmentId: env.id, document: sendable.document, documentMasked: sendable.masked }),
    [env.id, sendable],
  );

  // Progress events of the send this dialog runs (the web host broadcasts to every tab).
  useEffect(
    () =>
      bridge.on('portal:progress', (e) => {
        if (e.runId === runId.current) setProgress(e.progress);
      }),
    [bridge],
  );

  // The preview follows the options, a moment after the last change; an older answer never wins.
  useEffect(() => {
    if (stage !== 'preview') return undefined;
    const seq = ++previewSeq.current;
    setPreviewing(true);
    const timer = setTimeout(() => {
      void bridge.portal.preview(request(options)).then((r) => {
        if (seq !== previewSeq.current) return;
        setPreviewing(false);
        if (r.ok) {
          setPreview(r.value);
          setPreviewError(undefined);
        } else setPreviewError(r.error.message);
      });
    }, 150);
    return () => clearTimeout(timer);
  }, [bridge, request, options, stage]);

  const run = useCallback(
    async (o: SendOptions, confirmation?: string) => {
      const id = newRunId();
      runId.current = id;
      setConfirming(undefined);
      setProgress(undefined);
      setResult(undefined);
      setSendError(undefined);
      setLastOptions(o);
      setStage('sending');
      const r = await bridge.portal.send({ ...request(o), runId: id, ...(confirmation ? { confirmation } : {}) });
      if (runId.current !== id) return;
      runId.current = undefined;
      if (r.ok) setResult(r.value);
      else setSendError(r.error.message);
      setStage(r.ok ? 'done' : 'preview');
    },
    [bridge, request],
  );

  const send = useCallback(
    (o: SendOptions = options) => {
      if (env.kind !== 'production') {
        void run(o);
        return;
      }
      // The confirmation names the target and what goes there, from a preview of exactly these options.
      setConfirming({ options: o });
      void bridge.portal.preview(request(o)).then((r) => {
        if (r.ok) setConfirming((c) => (c && c.options === o ? { ...c, preview: r.value } : c));
        else {
          // Without a preview the target cannot be confirmed: say why instead of waiting forever.
          setConfirming(undefined);
          setSendError(r.error.message);
        }
      });
    },
    [env.kind, options, run, bridge, request],
  );

  return {
    stage,
    options,
    setOptions: (patch) => setOptionsState((o) => ({ ...o, ...patch })),
    preview,
    previewing,
    previewError,
    sendError,
    confirming,
    progress,
    result,
    lastOptions,
    send,
    confirm: () => confirming && void run(confirming.options, productionConfirmation(env)),
    cancelConfirm: () => setConfirming(undefined),
    stop: () => {
      if (runId.current) void bridge.portal.cancel({ runId: runId.current });
    },
    retry: () => result && lastOptions && send(retryOptions(lastOptions, result)),
    sendAsUpdate: (records) => lastOptions && send(updateOptions(lastOptions, records)),
    backToPreview: () => {
      setResult(undefined);
      setStage('preview');
    },
  };
}
