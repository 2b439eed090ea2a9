/**
 * Choosing what to triage (issue 6 §2): in Electron the native folder dialog, or several files;
 * in the web host a folder of its `--workspace` (browsed here), a folder of this computer through
 * the browser's directory picker, or several files. Folders are walked recursively.
 */
import FolderIcon from '@mui/icons-material/Folder';
import FolderOpenIcon from '@mui/icons-material/FolderOpen';
import NoteAddIcon from '@mui/icons-material/NoteAdd';
import { Alert, Box, Button, Checkbox, FormControlLabel, List, ListItemButton, ListItemIcon, ListItemText, Typography } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import type { Bridge } from '../../../shared/ipc/bridge';
import type { AppInfo, WorkspaceEntry } from '../../../shared/ipc/contract';
import type { BatchSourceRequest } from '../../../shared/ipc/helpdesk';
import type { Localized } from '../../../shared/i18n/localized';
import { useI18n } from '../../i18n/I18nProvider';
import { pickedName, readPicked, selectPicked } from './browserFiles';
import { ToolDialog } from '../helpdesk/ToolDialog';

export interface TriageChooserProps {
  open: boolean;
  bridge: Bridge;
  info?: AppInfo;
  onCancel(): void;
  /** A host-side batch (folder or files the host can read). */
  onRun(source: BatchSourceRequest, label: string, allFiles: boolean, browserFiles?: Map<string, File>): void;
  /** The browser is reading `count` picked files. */
  onReading(label: string, count: number): void;
}

/** The chooser. */
export function TriageChooser({ open, bridge, info, onCancel, onRun, onReading }: TriageChooserProps) {
  const { t, tl } = useI18n();
  const [allFiles, setAllFiles] = useState(false);
  const [dir, setDir] = useState('');
  const [entries, setEntries] = useState<WorkspaceEntry[]>([]);
  const [error, setError] = useState<Localized>();
  const folderInput = useRef<HTMLInputElement>(null);
  const filesInput = useRef<HTMLInputElement>(null);
  const native = info?.capabilities.nativeDialogs ?? false;
  const workspace = info?.capabilities.workspace ?? null;

  // The directory picker has no React prop: set the attribute on the element.
  useEffect(() => {
    folderInput.current?.setAttribute('webkitdirectory', '');
    folderInput.current?.setAttribute('directory', '');
  });

  useEffect(() => {
    if (!open || workspace === null) return;
    let live = true;
    void bridge.files.listWorkspace({ dir }).then((r) => {
      if (!live) return;
      if (r.ok) {
        setEntries(r.value.entries.filter((e) => e.type === 'dir'));
        setError(undefined);
      } else setError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [open, bridge, workspace, dir]);

  const pickNative = async () => {
    const r = await bridge.batch.pickFolder({});
    if (!r.ok) return setError(r.error.message);
    if (r.value) onRun({ dir: r.value.path }, r.value.path, allFiles);
  };

  const picked = async (list: FileList | null, label: (files: File[]) => string) => {
    const files = selectPicked([...(list ?? [])], allFiles);
    if (files.length === 0) return setError({ vi: 'Không có tệp .json nào trong lựa chọn.', en: 'There is no .json file in the selection.' });
    // Electron knows the real paths: the host reads them itself.
    const paths = files.map((f) => bridge.pathForFile?.(f));
    if (paths.every((p): p is string => Boolean(p))) return onRun({ paths }, label(files), allFiles);
    onReading(label(files), files.length);
    const uploads = await readPicked(files);
    onRun({ files: uploads }, label(files), allFiles, new Map(files.map((f) => [pickedName(f), f])));
  };

  const up = dir.split('/').slice(0, -1).join('/');
  return (
    <ToolDialog
      open={open}
      onClose={onCancel}
      titleId="triage-choose-title"
      title={t('triage.chooseTitle')}
      help={t('triage.chooseHelp')}
      maxWidth="sm"
      actions={<Button onClick={onCancel}>{t('hd.cancel')}</Button>}
    >
      <FormControlLabel control={<Checkbox checked={allFiles} onChange={(e) => setAllFiles(e.target.checked)} />} label={t('triage.allFiles')} />
      {error && <Alert severity="error">{tl(error)}</Alert>}
      {workspace !== null && (
        <Box component="section" aria-labelledby="triage-ws-title" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1 }}>
          <Typography id="triage-ws-title" variant="subtitle2">
            {t('triage.workspaceFolder')}: {dir ? `${workspace}/${dir}` : workspace}
          </Typography>
          <List dense aria-labelledby="triage-ws-title" sx={{ maxHeight: 240, overflow: 'auto' }}>
            {dir !== '' && (
              <ListItemButton onClick={() => setDir(up)}>
                <ListItemIcon>
                  <FolderOpenIcon fontSize="small" />
                </ListItemIcon>
                <ListItemText primary=".." />
              </ListItemButton>
            )}
            {entries.map((e) => (
              <ListItemButton key={e.path} onClick={() => setDir(e.path)}>
                <ListItemIcon>
                  <FolderIcon fontSize="small" />
                </ListItemIcon>
                <ListItemText primary={e.name} />
              </ListItemButton>
            ))}
          </List>
          <Button variant="contained" onClick={() => onRun({ dir }, dir ? `${workspace}/${dir}` : workspace, allFiles)}>
            {dir ? t('triage.checkThis') : t('triage.workspaceRoot')}
          </Button>
        </Box>
      )}
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        {native ? (
          <Button variant={workspace === null ? 'contained' : 'outlined'} startIcon={<FolderOpenIcon />} onClick={() => void pickNative()}>
            {t('triage.pickFolder')}
          </Button>
        ) : (
          <Button variant={workspace === null ? 'contained' : 'outlined'} startIcon={<FolderOpenIcon />} onClick={() => folderInput.current?.click()}>
            {t('triage.browserFolder')}
          </Button>
        )}
        <Button variant="outlined" startIcon={<NoteAddIcon />} onClick={() => filesInput.current?.click()}>
          {t('triage.pickFiles')}
        </Button>
      </Box>
      <input
        ref={folderInput}
        type="file"
        hidden
        multiple
        aria-label={t('triage.browserFolder')}
        onChange={(e) => {
          const list = e.target.files;
          void picked(list, (files) => pickedName(files[0]).split('/')[0] || files[0].name).finally(() => (e.target.value = ''));
        }}
      />
      <input
        ref={filesInput}
        type="file"
        hidden
        multiple
        accept=".json,application/json,text/plain"
        aria-label={t('triage.pickFiles')}
        onChange={(e) => {
          const list = e.target.files;
          void picked(list, (files) => (files.length === 1 ? files[0].name : `${files.length}`)).finally(() => (e.target.value = ''));
        }}
      />
    </ToolDialog>
  );
}
