/**
 * The app frame: toolbar, document tabs, the main area (empty state, progress, or the editor of
 * the active document), notices and the status bar, with the dialogs (paste, templates, the
 * workspace, browser "Save as", unsaved changes, the command palette, compare, recovery).
 * Every action is a command of the one registry (shared/ipc/commands.ts), so the toolbar, the
 * palette, the keyboard and Electron's menu do the same thing.
 */
import { Box } from '@mui/material';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Lang, Localized } from '../../../shared/i18n/localized';
import type { RecentEntry } from '../../../shared/ipc/contract';
import type { CommandId } from '../../../shared/ipc/commands';
import type { KindId } from '../../../shared/spec/types';
import { useBridge } from '../../bridge/BridgeContext';
import { localize } from '../../i18n/dictionary';
import { useI18n } from '../../i18n/I18nProvider';
import { BusyPanel } from '../document/BusyPanel';
import { templateText } from '../document/kindLabels';
import { useDocumentOpener } from '../document/useDocumentOpener';
import { useSaveActions } from '../document/useSaveActions';
import { registerCommandHandlers, runCommand } from '../editor/commands/bus';
import { CommandPalette } from '../editor/commands/CommandPalette';
import { useCommandShortcuts } from '../editor/commands/useCommandShortcuts';
import { CompareDialog } from '../editor/compare/CompareDialog';
import { EditorWorkspace } from '../editor/EditorWorkspace';
import { markFileChosen } from '../editor/large/benchMarks';
import { EditorProvider, useEditorState, useEditorStore } from '../editor/model/EditorContext';
import { useRecordCommands } from '../editor/records/useRecordCommands';
import { RecoveryDialog } from '../editor/recovery/RecoveryDialog';
import { ProductionBanner } from '../send/ProductionBanner';
import { SendFeature } from '../send/SendFeature';
import { useRecovery } from '../editor/recovery/useRecovery';
import { TabBar } from '../editor/tabs/TabBar';
import { EmptyState } from '../empty/EmptyState';
import { HelpdeskLayer } from '../helpdesk/HelpdeskLayer';
import { DocumentBanners } from '../helpdesk/DocumentBanners';
import { HiddenFileInput } from '../open/HiddenFileInput';
import { PasteDialog } from '../open/PasteDialog';
import { ProfileLayer } from '../profiles/ProfileLayer';
import { useProfileLabel } from '../profiles/useProfileLabel';
import { TemplateDialog } from '../open/TemplateDialog';
import { WebSaveDialog } from '../open/WebSaveDialog';
import { WorkspaceDialog } from '../open/WorkspaceDialog';
import type { SettingsState } from '../settings/useSettings';
import { AppToolbar } from './AppToolbar';
import { CloseGuardDialog } from './CloseGuardDialog';
import { DropZone } from './DropZone';
import { NoticeStack } from './NoticeStack';
import { StatusBar } from './StatusBar';
import { useAppInfo } from './useAppInfo';
import { useAppEditorStore } from './useEditorStore';
import { useHostEvents } from './useHostEvents';
import { useNotices } from './useNotices';
import { useUnloadGuard } from './useUnloadGuard';

export interface AppShellProps {
  settings: SettingsState;
  dark: boolean;
  onToggleTheme(): void;
}

/**
 * Whether the keyboard is in a text box of a dialog (the paste box, a file name): there Undo means
 * the box's own undo, not the document's (Electron's menu sends Undo here whatever has the focus).
 */
function nativeEditing(): boolean {
  const el = document.activeElement;
  return el instanceof HTMLElement && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') && el.closest('[role="dialog"]') !== null;
}

type DialogName = 'paste' | 'template' | 'workspace' | 'palette' | 'compare' | 'profile' | null;

/** The whole shell. */
export function AppShell(props: AppShellProps) {
  const store = useAppEditorStore(props.settings.settings.profileId);
  return (
    <EditorProvider store={store}>
      <Shell {...props} />
    </EditorProvider>
  );
}

function Shell({ settings, dark, onToggleTheme }: AppShellProps) {
  const bridge = useBridge();
  const info = useAppInfo(bridge);
  const notices = useNotices();
  const { t, lang } = useI18n();
  const state = useEditorState();
  const store = useEditorStore();
  const opener = useDocumentOpener(bridge, store, notices);
  const saving = useSaveActions(bridge, info, store, notices);
  const [dialog, setDialog] = useState<DialogName>(null);
  const [closing, setClosing] = useState<string>();
  const [recent, setRecent] = useState<RecentEntry[]>([]);
  const fileInput = useRef<HTMLInputElement>(null);
  const active = state.documents.find((d) => d.id === state.activeId);
  const workspace = info?.capabilities.workspace ?? null;
  const busy = opener.busy;
  const recovery = useRecovery(bridge, store, notices);

  const announce = useCallback(
    (message: Localized, severity: 'success' | 'info' | 'warning' | 'error' = 'info') => notices.push({ severity, message }),
    [notices],
  );
  useRecordCommands(store, announce);
  useUnloadGuard(state.documents.some((d) => d.dirty));

  // A settings file the host had to set aside is reported once.
  useEffect(() => {
    if (settings.problem) notices.push({ severity: 'warning', title: localize('notice.settingsProblem'), message: settings.problem });
  }, [settings.problem, notices.push]);

  // The recent list changes whenever the host opened or saved a file.
  useEffect(() => {
    let live = true;
    void bridge.files.recent({}).then((r) => live && r.ok && setRecent(r.value.entries));
    return () => {
      live = false;
    };
  }, [bridge, active?.info.path, active?.info.name, state.documents.length]);

  // The window title names the document and marks unsaved changes.
  useEffect(() => {
    document.title = active ? `${active.dirty ? '● ' : ''}${active.info.name} — ${t('app.title')}` : t('app.title');
  }, [active?.info.name, active?.dirty, active, t]);

  const open = useCallback(() => {
    if (info?.capabilities.nativeDialogs) void opener.openHostDialog();
    else fileInput.current?.click();
  }, [info, opener]);

  const onFiles = useCallback(
    (files: File[]) => {
      markFileChosen();
      const file = files[0];
      if (files.length > 1) notices.push({ severity: 'info', message: localize('drop.tooMany', { name: file.name }) });
      const path = bridge.pathForFile?.(file);
      if (path) void opener.openHostPath(path);
      else void opener.openBrowserFile(file);
    },
    [bridge, opener, notices],
  );

  /** Closes a document, asking first when it has unsaved changes. */
  const requestClose = useCallback(
    (id = store.getState().activeId) => {
      const doc = id ? store.document(id) : undefined;
      if (!doc) return false;
      if (doc.dirty) setClosing(doc.id);
      else {
        recovery.discard(doc.id);
        store.close(doc.id);
      }
    },
    [store, recovery],
  );

  // The app-wide commands.
  useEffect(
    () =>
      registerCommandHandlers({
        new: () => setDialog('template'),
        open,
        paste: () => setDialog('paste'),
        save: () => (store.document() ? void saving.save() : false),
        saveAs: () => (store.document() ? void saving.saveAs() : false),
        close: () => requestClose(),
        undo: () => {
          if (nativeEditing()) return void document.execCommand('undo');
          const r = store.undo();
          if (!r.ok && store.document()) announce(r.reason, 'info');
        },
        redo: () => {
          if (nativeEditing()) return void document.execCommand('redo');
          const r = store.redo();
          if (!r.ok && store.document()) announce(r.reason, 'info');
        },
        palette: () => setDialog((d) => (d === 'palette' ? null : 'palette')),
        compareSaved: () => (store.document() ? setDialog('compare') : false),
        compareDocuments: () => (store.document() ? setDialog('compare') : false),
        switchProfile: () => setDialog('profile'),
        nextTab: () => cycleTab(1),
        previousTab: () => cycleTab(-1),
        toggleTheme: () => onToggleTheme(),
        switchLanguage: () => settings.update({ language: lang === 'vi' ? 'en' : 'vi' }),
        // Registered only with a workspace folder, so the palette greys it elsewhere.
        ...(workspace !== null ? { openFromWorkspace: () => setDialog('workspace') } : {}),
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [store, open, saving.save, saving.saveAs, requestClose, announce, onToggleTheme, settings.update, lang, workspace],
  );

  const cycleTab = (direction: 1 | -1) => {
    const { documents, activeId } = store.getState();
    if (documents.length < 2) return false;
    const at = documents.findIndex((d) => d.id === activeId);
    store.activate(documents[(at + direction + documents.length) % documents.length].id);
  };

  useCommandShortcuts(bridge.host);
  useHostEvents(bridge, {
    openPath: (p) => void opener.openHostPath(p),
    command: (command, path) => {
      if (command === 'openRecent') return path && void opener.openHostPath(path);
      if (command === 'about') return undefined; // Electron shows its own About box.
      runCommand(command as CommandId);
    },
  });

  const createFromTemplate = (kind: KindId, packetId?: string) => {
    setDialog(null);
    void opener.openText(t('template.fileName', { kind: packetId && packetId !== kind ? `${kind}-${packetId}` : kind }), templateText(kind, packetId), 'template');
  };

  // The built-ins and the user profiles (renderer/features/profiles): "name (id version)".
  const profileLabel = useProfileLabel();

  return (
    <Box sx={{ height: '100vh', display: 'flex', flexDirection: 'column', bgcolor: 'background.default', color: 'text.primary' }}>
      <AppToolbar
        hasDocument={Boolean(active)}
        workspace={workspace}
        onOpen={open}
        onOpenWorkspace={() => setDialog('workspace')}
        onSave={() => runCommand('save')}
        onPalette={() => setDialog('palette')}
        dark={dark}
        onToggleTheme={onToggleTheme}
        onLanguage={(language: Lang) => settings.update({ language })}
      />
      <ProductionBanner />
      <TabBar documents={state.documents} activeId={state.activeId} onActivate={(id) => store.activate(id)} onClose={(id) => requestClose(id)} />
      <DocumentBanners notices={notices} />
      <DropZone onFiles={onFiles}>
        <Box component="main" sx={{ flex: 1, display: 'flex', flexDirection: 'column', minHeight: 0 }}>
          {busy ? (
            <Box sx={{ p: 3 }}>
              <BusyPanel busy={busy} />
            </Box>
          ) : active ? (
            <EditorWorkspace doc={active} profileLabel={profileLabel(state.profileId)} announce={announce} />
          ) : (
            <EmptyState
              onOpen={open}
              onPaste={() => setDialog('paste')}
              onNew={() => setDialog('template')}
              recent={recent}
              onOpenRecent={(p) => void opener.openHostPath(p)}
            />
          )}
        </Box>
        <NoticeStack notices={notices} />
      </DropZone>
      <StatusBar
        host={bridge.host}
        loaded={active ? { doc: { ...active.info, text: active.text }, report: active.report } : undefined}
        busy={busy}
        profileId={state.profileId}
        profileLabel={profileLabel(state.profileId)}
        onProfile={() => setDialog('profile')}
        dirty={active?.dirty}
        validating={active?.validating}
        recoverySavedAt={active ? recovery.savedAt(active.id) : undefined}
      />
      <HiddenFileInput
        ref={fileInput}
        accept=".json,application/json,text/plain"
        label={t('action.open')}
        onFile={(file) => {
          markFileChosen();
          void opener.openBrowserFile(file);
        }}
      />
      <PasteDialog
        open={dialog === 'paste'}
        onCancel={() => setDialog(null)}
        onSubmit={(text) => {
          setDialog(null);
          void opener.openText(t('paste.fileName'), text, 'paste');
        }}
      />
      <TemplateDialog open={dialog === 'template'} onCancel={() => setDialog(null)} onCreate={createFromTemplate} />
      {workspace !== null && (
        <WorkspaceDialog
          open={dialog === 'workspace'}
          bridge={bridge}
          onCancel={() => setDialog(null)}
          onPick={(p) => {
            setDialog(null);
            void opener.openHostPath(p);
          }}
        />
      )}
      <WebSaveDialog
        open={Boolean(saving.webDialogFor)}
        suggestedName={saving.webDialogFor?.info.name ?? ''}
        workspace={workspace}
        onCancel={saving.closeWebDialog}
        onDownload={saving.download}
        onSaveToWorkspace={(name) => void saving.saveToWorkspace(name)}
      />
      <CloseGuardDialog
        name={closing ? store.document(closing)?.info.name : undefined}
        onCancel={() => setClosing(undefined)}
        onDiscard={() => {
          const id = closing!;
          setClosing(undefined);
          recovery.discard(id);
          store.close(id);
        }}
        onSave={() => {
          const id = closing!;
          setClosing(undefined);
          void saving.save(id).then((ok) => {
            if (!ok) return;
            recovery.discard(id);
            store.close(id);
          });
        }}
      />
      <CommandPalette open={dialog === 'palette'} host={bridge.host} onClose={() => setDialog(null)} />
      {dialog === 'compare' && active && <CompareDialog doc={active} documents={state.documents} onClose={() => setDialog(null)} />}
      <ProfileLayer
        open={dialog === 'profile'}
        value={state.profileId}
        info={info}
        notices={notices}
        onClose={() => setDialog(null)}
        onChoose={(profileId) => {
          setDialog(null);
          settings.update({ profileId });
        }}
      />
      <RecoveryDialog recovery={recovery} onRestore={(entry) => recovery.restore(entry)} />
      <HelpdeskLayer opener={opener} notices={notices} info={info} />
      <SendFeature bridge={bridge} notices={notices} openText={(name, text) => void opener.openText(name, text, 'paste')} />
    </Box>
  );
}
