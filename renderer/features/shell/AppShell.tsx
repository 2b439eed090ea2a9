/**
 * The app frame: toolbar, main area (empty state, progress, or the document), notices and the
 * status bar, with the dialogs for paste, templates, the workspace and browser "Save as".
 */
import { Box } from '@mui/material';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Lang } from '../../../shared/i18n/localized';
import type { MenuCommand, RecentEntry } from '../../../shared/ipc/contract';
import type { KindId } from '../../../shared/spec/types';
import { useBridge } from '../../bridge/BridgeContext';
import { localize } from '../../i18n/dictionary';
import { useI18n } from '../../i18n/I18nProvider';
import { BusyPanel } from '../document/BusyPanel';
import { DocumentView } from '../document/DocumentView';
import { templateText } from '../document/kindLabels';
import { useDocumentController } from '../document/useDocumentController';
import { useSaveActions } from '../document/useSaveActions';
import { EmptyState } from '../empty/EmptyState';
import { PasteDialog } from '../open/PasteDialog';
import { TemplateDialog } from '../open/TemplateDialog';
import { WebSaveDialog } from '../open/WebSaveDialog';
import { WorkspaceDialog } from '../open/WorkspaceDialog';
import type { SettingsState } from '../settings/useSettings';
import { AppToolbar } from './AppToolbar';
import { DropZone } from './DropZone';
import { NoticeStack } from './NoticeStack';
import { StatusBar } from './StatusBar';
import { useAppInfo } from './useAppInfo';
import { useHostEvents } from './useHostEvents';
import { useNotices } from './useNotices';
import { useShortcuts } from './useShortcuts';

export interface AppShellProps {
  settings: SettingsState;
  dark: boolean;
  onToggleTheme(): void;
}

/** The whole shell. */
export function AppShell({ settings, dark, onToggleTheme }: AppShellProps) {
  const bridge = useBridge();
  const info = useAppInfo(bridge);
  const notices = useNotices();
  const { t } = useI18n();
  const controller = useDocumentController(bridge, settings.settings.profileId, notices);
  const saving = useSaveActions(bridge, info, controller, notices);
  const [dialog, setDialog] = useState<'paste' | 'template' | 'workspace' | null>(null);
  const [recent, setRecent] = useState<RecentEntry[]>([]);
  const fileInput = useRef<HTMLInputElement>(null);
  const { loaded, busy } = controller;
  const workspace = info?.capabilities.workspace ?? null;

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
  }, [bridge, loaded?.doc.path, loaded?.doc.name]);

  useEffect(() => {
    document.title = loaded ? `${loaded.doc.name} — ${t('app.title')}` : t('app.title');
  }, [loaded, t]);

  const open = useCallback(() => {
    if (info?.capabilities.nativeDialogs) void controller.openHostDialog();
    else fileInput.current?.click();
  }, [info, controller]);

  const onFiles = useCallback(
    (files: File[]) => {
      const file = files[0];
      if (files.length > 1) notices.push({ severity: 'info', message: localize('drop.tooMany', { name: file.name }) });
      const path = bridge.pathForFile?.(file);
      if (path) void controller.openHostPath(path);
      else void controller.openBrowserFile(file);
    },
    [bridge, controller, notices],
  );

  const run = useCallback(
    (command: MenuCommand, path?: string) => {
      switch (command) {
        case 'new':
          return setDialog('template');
        case 'open':
          return open();
        case 'openRecent':
          return path && void controller.openHostPath(path);
        case 'paste':
          return setDialog('paste');
        case 'save':
          return void saving.save();
        case 'saveAs':
          return void saving.saveAs();
        case 'close':
          return controller.close();
        case 'about':
          return undefined; // Electron shows its own About box.
      }
    },
    [open, controller, saving],
  );

  useHostEvents(bridge, { openPath: (p) => void controller.openHostPath(p), command: run });
  useShortcuts(bridge.host === 'web', run);

  const createFromTemplate = (kind: KindId) => {
    setDialog(null);
    void controller.openText(t('template.fileName', { kind }), templateText(kind), 'template');
  };

  return (
    <Box sx={{ height: '100vh', display: 'flex', flexDirection: 'column', bgcolor: 'background.default', color: 'text.primary' }}>
      <AppToolbar
        hasDocument={Boolean(loaded)}
        workspace={workspace}
        onOpen={open}
        onOpenWorkspace={() => setDialog('workspace')}
        onPaste={() => setDialog('paste')}
        onNew={() => setDialog('template')}
        onSave={() => void saving.save()}
        onSaveAs={() => void saving.saveAs()}
        onClose={controller.close}
        dark={dark}
        onToggleTheme={onToggleTheme}
        onLanguage={(language: Lang) => settings.update({ language })}
      />
      <DropZone onFiles={onFiles}>
        <Box component="main" sx={{ flex: 1, display: 'flex', flexDirection: 'column', minHeight: 0 }}>
          {busy ? (
            <Box sx={{ p: 3 }}>
              <BusyPanel busy={busy} />
            </Box>
          ) : loaded ? (
            <DocumentView loaded={loaded} />
          ) : (
            <EmptyState
              onOpen={open}
              onPaste={() => setDialog('paste')}
              onNew={() => setDialog('template')}
              recent={recent}
              onOpenRecent={(p) => void controller.openHostPath(p)}
            />
          )}
        </Box>
        <NoticeStack notices={notices} />
      </DropZone>
      <StatusBar host={bridge.host} loaded={loaded} busy={busy} profileId={settings.settings.profileId} />
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json,text/plain"
        hidden
        aria-label={t('action.open')}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void controller.openBrowserFile(file);
        }}
      />
      <PasteDialog
        open={dialog === 'paste'}
        onCancel={() => setDialog(null)}
        onSubmit={(text) => {
          setDialog(null);
          void controller.openText(t('paste.fileName'), text, 'paste');
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
            void controller.openHostPath(p);
          }}
        />
      )}
      <WebSaveDialog
        open={saving.webDialogOpen}
        suggestedName={loaded?.doc.name ?? ''}
        workspace={workspace}
        onCancel={saving.closeWebDialog}
        onDownload={saving.download}
        onSaveToWorkspace={(name) => void saving.saveToWorkspace(name)}
      />
    </Box>
  );
}
