/**
 * The helpdesk toolkit in the app (issue 6): handlers for its commands of the one registry
 * (palette, app-bar menu, Electron menu), and the screens they open — batch triage, report
 * export, masking, evidence packs, the text-integrity lens, the reply explainer and the
 * legacy-encoding confirmation. Mounted once by the shell, inside the editor's provider.
 */
import { useCallback, useEffect, useState } from 'react';
import { formatPath, type PathSegment } from '../../../shared/issues/issue';
import type { AppInfo } from '../../../shared/ipc/contract';
import type { BatchView } from '../../../shared/ipc/helpdesk';
import { useBridge } from '../../bridge/BridgeContext';
import { localize } from '../../i18n/dictionary';
import { useI18n } from '../../i18n/I18nProvider';
import { registerCommandHandlers } from '../editor/commands/bus';
import { useActiveDocument, useEditorState, useEditorStore } from '../editor/model/EditorContext';
import type { EditorDocument } from '../editor/model/types';
import { useAppInfo } from '../shell/useAppInfo';
import type { Notices } from '../shell/useNotices';
import { TriageChooser } from '../triage/TriageChooser';
import { TriageScreen, type OpenTarget } from '../triage/TriageScreen';
import { useTriage } from '../triage/useTriage';
import { documentText } from './documentText';
import { EvidenceDialog } from './evidence/EvidenceDialog';
import { ExplainDialog } from './explain/ExplainDialog';
import { vietnamStamp } from './exports/download';
import { documentReport } from './exports/documentReport';
import { ExportDialog, type ReportChoice } from './exports/ExportDialog';
import { useExporter } from './exports/useExporter';
import { CodePointsDialog } from './integrity/CodePointsDialog';
import { NormalizeDialog } from './integrity/NormalizeDialog';
import { LegacyEncodingDialog, type ConvertedFile } from './legacy/LegacyEncodingDialog';
import { setLegacyHandler, type LegacyCandidate } from './legacy/legacyOffer';
import { MaskDialog } from './mask/MaskDialog';

/** What the layer needs of the shell's document opener (useDocumentOpener). */
export interface HelpdeskOpener {
  openHostPath(path: string): Promise<void>;
  openBrowserFile(file: File): Promise<void>;
  openText(name: string, text: string, origin: 'paste' | 'template'): Promise<void>;
}

export interface HelpdeskLayerProps {
  opener: HelpdeskOpener;
  notices: Notices;
  /** The host's description, when the shell already has it (asked again otherwise). */
  info?: AppInfo;
}

type DialogName = 'report' | 'mask' | 'evidence' | 'explain' | 'codepoints' | 'normalize' | null;

const utf8Size = (s: string) => new TextEncoder().encode(s).byteLength;

/** The layer. */
export function HelpdeskLayer({ opener, notices, info: given }: HelpdeskLayerProps) {
  const bridge = useBridge();
  const asked = useAppInfo(bridge);
  const info = given ?? asked;
  const { t } = useI18n();
  const store = useEditorStore();
  const state = useEditorState();
  const doc = useActiveDocument();
  const triage = useTriage(bridge, state.profileId);
  const exporter = useExporter(bridge, info, notices);
  const [dialog, setDialog] = useState<DialogName>(null);
  const [chooser, setChooser] = useState(false);
  const [triageOpen, setTriageOpen] = useState(false);
  const [batchExport, setBatchExport] = useState<BatchView>();
  const [evidenceReply, setEvidenceReply] = useState<string>();
  const [legacy, setLegacy] = useState<LegacyCandidate>();
  const meta = { appName: info?.name ?? 'QCVN 120 Packet Studio', appVersion: info?.version ?? '0.0.0', specVersion: info?.specVersion ?? '' };

  useEffect(() => setLegacyHandler(setLegacy), []);

  const needDocument = useCallback(
    (name: DialogName) => {
      if (!store.document()) {
        notices.push({ severity: 'info', message: localize('hd.noDocument') });
        return;
      }
      setDialog(name);
    },
    [store, notices],
  );

  useEffect(
    () =>
      registerCommandHandlers({
        triageFolder: () => setChooser(true),
        triageResults: () => (triage.phase === 'idle' ? setChooser(true) : setTriageOpen(true)),
        exportReport: () => needDocument('report'),
        maskDocument: () => needDocument('mask'),
        evidencePack: () => {
          setEvidenceReply(undefined);
          needDocument('evidence');
        },
        explainReply: () => setDialog('explain'),
        showCodePoints: () => needDocument('codepoints'),
        normalizeText: () => needDocument('normalize'),
      }),
    [needDocument, triage.phase],
  );

  /** Selects a path in a document (with the issue at it, when the report has one). */
  const selectIn = useCallback(
    (target: EditorDocument, segments: PathSegment[], code?: string) => {
      store.activate(target.id);
      const fresh = store.document(target.id) ?? target;
      const path = formatPath(segments);
      const issue = fresh.report?.issues.find((i) => i.path === path && (code === undefined || i.code === code));
      store.select(segments, 'issues', issue, target.id);
    },
    [store],
  );

  /** Opens a file of the batch in the editor and lands on the path. */
  const openTarget = useCallback(
    async ({ file, segments, code }: OpenTarget) => {
      setTriageOpen(false);
      const uploaded = triage.browserFile(file.file);
      if (uploaded) {
        await opener.openBrowserFile(uploaded);
        const active = store.document();
        if (active && active.info.name === uploaded.name) selectIn(active, segments, code);
        return;
      }
      await opener.openHostPath(file.file);
      const opened = store.getState().documents.find((d) => d.info.path === file.file);
      if (opened) selectIn(opened, segments, code);
    },
    [opener, store, triage, selectIn],
  );

  const openConverted = (f: ConvertedFile) => {
    setLegacy(undefined);
    store.open({
      info: { name: f.name, ...(f.path ? { path: f.path } : {}), origin: f.path ? 'host' : 'browser', size: utf8Size(f.text), encoding: 'utf-8', bom: false, lineEnding: f.lineEnding },
      text: f.text,
      // Not saved as UTF-8 yet: the document says so until it is saved.
      savedText: '',
    });
    notices.push({ severity: 'success', message: localize('legacy.converted', { name: f.name, encoding: f.encoding }) });
  };

  const batchName = (choice: ReportChoice) => {
    const ext = { html: '.html', csv: '.csv', json: '.json', junit: '.xml' }[choice.format];
    const base = choice.lang === 'vi' ? 'bao-cao-kiem-tra' : 'validation-report';
    return `${base}${choice.masked ? (choice.lang === 'vi' ? '-da-che' : '-masked') : ''}-${vietnamStamp(Date.now())}${ext}`;
  };

  return (
    <>
      <TriageChooser
        open={chooser}
        bridge={bridge}
        info={info}
        onCancel={() => setChooser(false)}
        onReading={(label, count) => {
          setChooser(false);
          setTriageOpen(true);
          triage.reading(label, count);
        }}
        onRun={(source, label, allFiles, browserFiles) => {
          setChooser(false);
          setTriageOpen(true);
          void triage.run(source, label, { allFiles, browserFiles });
        }}
      />
      <TriageScreen
        open={triageOpen}
        triage={triage}
        bridge={bridge}
        onClose={() => setTriageOpen(false)}
        onChoose={() => setChooser(true)}
        onExport={(view) => setBatchExport(view)}
        onOpen={(target) => void openTarget(target)}
      />
      {batchExport && (
        <ExportDialog
          open
          title={t('export.titleBatch', { count: batchExport.files.length })}
          exporter={exporter}
          suggestedName={batchName}
          onClose={() => setBatchExport(undefined)}
          build={async (choice) => {
            const r = await bridge.batch.report({ batchId: batchExport.batchId, format: choice.format, masked: choice.masked, keepStructure: choice.keepStructure, lang: choice.lang });
            return r.ok ? { name: r.value.suggestedName, text: r.value.text, mime: r.value.mime } : { error: r.error.message };
          }}
        />
      )}
      {dialog === 'report' && doc && (
        <ExportDialog
          open
          title={t('export.titleDocument', { name: doc.info.name })}
          exporter={exporter}
          suggestedName={(choice) => (choice.masked ? batchName(choice) : `${doc.info.name.replace(/\.[^.]*$/, '')}-${batchName(choice)}`)}
          onClose={() => setDialog(null)}
          build={async (choice) => documentReport(doc, await documentText(doc), choice, meta)}
        />
      )}
      <MaskDialog
        open={dialog === 'mask'}
        doc={doc}
        appVersion={meta.appVersion}
        exporter={exporter}
        onClose={() => setDialog(null)}
        onOpenMasked={(name, text) => {
          setDialog(null);
          void opener.openText(name, text, 'paste').then(() => notices.push({ severity: 'info', message: localize('mask.opened', { name }) }));
        }}
      />
      <EvidenceDialog
        open={dialog === 'evidence'}
        doc={doc}
        initialReply={evidenceReply}
        openReplies={state.documents.filter((d) => d.id !== doc?.id && d.form === 'reply' && !d.large).map((d) => ({ name: d.info.name, text: d.text }))}
        meta={meta}
        exporter={exporter}
        onClose={() => setDialog(null)}
      />
      <ExplainDialog
        open={dialog === 'explain'}
        doc={doc}
        onClose={() => setDialog(null)}
        onSelect={(segments) => {
          setDialog(null);
          if (doc) selectIn(doc, segments);
        }}
        onOpenRequest={(request, segments) => {
          setDialog(null);
          void opener.openText(t('explain.requestName'), `${JSON.stringify(request, null, 2)}\n`, 'paste').then(() => {
            const active = store.document();
            if (active) selectIn(active, segments);
          });
        }}
        onEvidence={(reply) => {
          setEvidenceReply(reply);
          setDialog('evidence');
        }}
      />
      <CodePointsDialog open={dialog === 'codepoints'} doc={doc} notices={notices} onClose={() => setDialog(null)} />
      <NormalizeDialog open={dialog === 'normalize'} doc={doc} notices={notices} onClose={() => setDialog(null)} />
      <LegacyEncodingDialog candidate={legacy} bridge={bridge} onCancel={() => setLegacy(undefined)} onConvert={openConverted} />
    </>
  );
}
