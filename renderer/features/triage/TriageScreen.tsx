/**
 * The triage screen (issue 6 §2, "Done means"): one screen that shows a folder of rejected
 * packets by rule, agency, kind and service — counts, a chart, the rule × agency table, the worst
 * records, "every record where field = value", the files that could not be read — while the host
 * validates them in parallel (progress, Stop), and opens any issue or record in the editor.
 * It covers the editor (a full-screen dialog) and keeps its results when closed.
 */
import CloseIcon from '@mui/icons-material/Close';
import FileDownloadIcon from '@mui/icons-material/FileDownload';
import FolderOpenIcon from '@mui/icons-material/FolderOpen';
import RefreshIcon from '@mui/icons-material/Refresh';
import { Alert, AppBar, Box, Button, Dialog, IconButton, LinearProgress, Paper, Toolbar, Tooltip, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import type { Bridge } from '../../../shared/ipc/bridge';
import type { BatchFileRow, BatchIssueRow, BatchView, RecordHit, WorstRecord } from '../../../shared/ipc/helpdesk';
import type { PathSegment } from '../../../shared/issues/issue';
import { parsePath } from '../../../shared/issues/issue';
import { useI18n } from '../../i18n/I18nProvider';
import { GroupPanel, filterOf, type Dimension, type GroupChoice } from './GroupPanel';
import { IssuePage } from './IssuePage';
import { ProblemFiles } from './ProblemFiles';
import { RecordSearch } from './RecordSearch';
import { RuleAgencyTable } from './RuleAgencyTable';
import { SummaryStats } from './SummaryStats';
import { TriageChart } from './TriageChart';
import type { Triage } from './useTriage';
import { WorstRecords } from './WorstRecords';
import { MONO } from '../../theme/fonts';

/** Where to open: a file of the batch and a path in it (with the issue's code when it came from one). */
export interface OpenTarget {
  file: BatchFileRow;
  segments: PathSegment[];
  code?: string;
}

export interface TriageScreenProps {
  open: boolean;
  triage: Triage;
  bridge: Bridge;
  onClose(): void;
  onChoose(): void;
  onExport(view: BatchView): void;
  onOpen(target: OpenTarget): void;
}

const segmentsOf = (path: string): PathSegment[] => {
  try {
    return parsePath(path);
  } catch {
    return [];
  }
};

/** The screen. */
export function TriageScreen({ open, triage, bridge, onClose, onChoose, onExport, onOpen }: TriageScreenProps) {
  const { t, tl } = useI18n();
  const [dimension, setDimension] = useState<Dimension>('code');
  const [selected, setSelected] = useState<GroupChoice>();
  const view = triage.view;
  const running = triage.phase === 'running' || triage.phase === 'reading';
  const summary = view?.summary ?? triage.progress?.summary;

  // A new batch starts with the most frequent rule chosen, so its issues are one click from the editor.
  useEffect(() => {
    setSelected(undefined);
    setDimension('code');
  }, [triage.batchId]);
  useEffect(() => {
    if (view && !selected && view.summary.byCode[0]) {
      const key = view.summary.byCode[0].key;
      setSelected({ dimension: 'code', key, filter: filterOf('code', key), title: key });
    }
  }, [view, selected]);

  const fileById = (id: number) => view?.files.find((f) => f.id === id);
  const openIssue = (r: BatchIssueRow) => {
    const file = fileById(r.fileId);
    if (file) onOpen({ file, segments: r.segments, code: r.code });
  };
  const openWorst = (w: WorstRecord) => {
    const file = fileById(w.fileId);
    if (file) onOpen({ file, segments: segmentsOf(w.firstPath || w.path) });
  };
  const openHit = (h: RecordHit) => {
    const file = fileById(h.fileId);
    if (file) onOpen({ file, segments: segmentsOf(h.path) });
  };
  // Another grouping opens its biggest group, as a new batch opens its top rule: the issues beside
  // the table always belong to a group of the tab in view (they stayed the rule's before).
  const chooseDimension = (d: Dimension) => {
    setDimension(d);
    if (!view) return;
    if (d === 'file') {
      const file = view.files.find((f) => f.counts.error + f.counts.warning + f.counts.info > 0) ?? view.files[0];
      setSelected(file ? { dimension: 'file', key: String(file.id), filter: { fileId: file.id }, title: file.name } : undefined);
      return;
    }
    const top = (d === 'code' ? view.summary.byCode : d === 'agency' ? view.summary.byAgency : d === 'kind' ? view.summary.byKind : view.summary.byService)[0];
    setSelected(top ? { dimension: d, key: top.key, filter: filterOf(d, top.key), title: top.key || t('hd.unknown') } : undefined);
  };
  const pickRule = (key: string) => {
    setDimension('code');
    setSelected({ dimension: 'code', key, filter: filterOf('code', key), title: key });
  };

  const progress = triage.progress;
  const fraction = progress && progress.total > 0 ? (progress.done / progress.total) * 100 : 0;
  return (
    <Dialog fullScreen open={open} onClose={onClose} aria-labelledby="triage-title">
      <AppBar position="sticky" color="default" elevation={1}>
        <Toolbar variant="dense" sx={{ gap: 1 }}>
          <Typography id="triage-title" variant="h6" component="h1" noWrap sx={{ flexShrink: 0 }}>
            {t('triage.title')}
          </Typography>
          <Typography variant="body2" color="text.secondary" noWrap sx={{ flex: 1, minWidth: 0, fontFamily: MONO }} title={triage.label}>
            {triage.label}
          </Typography>
          <Button startIcon={<FolderOpenIcon />} onClick={onChoose} disabled={running}>
            {t('triage.again')}
          </Button>
          {view && triage.phase === 'done' && triage.canRerun && (
            <Button startIcon={<RefreshIcon />} onClick={() => void triage.rerun()}>
              {t('triage.rerun')}
            </Button>
          )}
          <Button startIcon={<FileDownloadIcon />} variant="contained" disabled={!view || running} onClick={() => view && onExport(view)}>
            {t('triage.export')}
          </Button>
          <Tooltip title={t('triage.backToEditor')}>
            <IconButton onClick={onClose} aria-label={t('triage.backToEditor')}>
              <CloseIcon />
            </IconButton>
          </Tooltip>
        </Toolbar>
        {running && <LinearProgress variant={progress && progress.total > 0 ? 'determinate' : 'indeterminate'} value={fraction} aria-label={t('triage.running', { done: progress?.done ?? 0, total: progress?.total ?? 0 })} />}
      </AppBar>
      <Box sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 2, bgcolor: 'background.default', flex: 1 }}>
        {running && (
          <Paper variant="outlined" sx={{ p: 1.5, display: 'flex', alignItems: 'center', gap: 2 }} role="status">
            <Typography sx={{ flex: 1 }}>
              {triage.phase === 'reading' ? t('triage.tooManyBrowser', { count: progress?.total ?? 0 }) : t('triage.running', { done: progress?.done ?? 0, total: progress?.total ?? 0 })}
              {progress?.name && (
                <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1, fontFamily: MONO }}>
                  {progress.name}
                </Typography>
              )}
            </Typography>
            {triage.phase === 'running' && (
              <Button color="warning" variant="outlined" onClick={triage.cancel}>
                {t('triage.cancel')}
              </Button>
            )}
          </Paper>
        )}
        {triage.phase === 'failed' && triage.error && <Alert severity="error">{tl(triage.error)}</Alert>}
        {triage.phase === 'idle' && (
          <Box sx={{ textAlign: 'center', mt: 6 }}>
            <Typography color="text.secondary" sx={{ mb: 2 }}>
              {t('triage.empty')}
            </Typography>
            <Button variant="contained" startIcon={<FolderOpenIcon />} onClick={onChoose}>
              {t('triage.chooseTitle')}
            </Button>
          </Box>
        )}
        {view?.cancelled && <Alert severity="info">{t('triage.cancelled', { count: view.pending, pending: view.pending })}</Alert>}
        {view?.truncated && <Alert severity="warning">{t('triage.truncated')}</Alert>}
        {summary && <SummaryStats summary={summary} />}
        {summary && (
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, gap: 2 }}>
            <Paper variant="outlined" sx={{ p: 1.5, minWidth: 0 }}>
              <TriageChart groups={summary.byCode} onPick={view ? pickRule : undefined} />
            </Paper>
            {view && (
              <Paper variant="outlined" sx={{ p: 1.5, minWidth: 0 }}>
                <RuleAgencyTable matrix={view.matrix} onPick={pickRule} />
              </Paper>
            )}
          </Box>
        )}
        {view && (
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '5fr 7fr' }, gap: 2 }}>
            <Paper variant="outlined" sx={{ p: 1.5, minWidth: 0 }}>
              <GroupPanel view={view} dimension={dimension} onDimension={chooseDimension} selected={selected} onSelect={setSelected} />
            </Paper>
            <Paper variant="outlined" sx={{ p: 1.5, minWidth: 0 }}>
              {selected ? (
                <IssuePage bridge={bridge} batchId={view.batchId} filter={selected.filter} title={selected.title} onOpen={openIssue} />
              ) : (
                <Typography color="text.secondary">{view.summary.byCode.length ? t('triage.selectGroup') : t('triage.noIssues')}</Typography>
              )}
            </Paper>
            <Paper variant="outlined" sx={{ p: 1.5, minWidth: 0 }}>
              <WorstRecords worst={view.worst} onOpen={openWorst} />
            </Paper>
            <Paper variant="outlined" sx={{ p: 1.5, minWidth: 0 }}>
              <RecordSearch bridge={bridge} batchId={view.batchId} onOpen={openHit} />
            </Paper>
          </Box>
        )}
        {view && <ProblemFiles view={view} />}
        {view && (
          <Typography variant="caption" color="text.secondary">
            {t('triage.duration', { seconds: (view.durationMs / 1000).toFixed(1) })} · {view.summary.profiles.join(', ')}
          </Typography>
        )}
      </Box>
    </Dialog>
  );
}
