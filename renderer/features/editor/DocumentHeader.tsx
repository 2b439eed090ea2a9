/**
 * The open document at a glance, above its views: name (the page heading), verdict, kind, packet,
 * form, record count, issue counts and profile; undo/redo; and what needs saying — unsaved
 * changes, masked data, a provisional definition, large-file mode and what it turned off, the
 * progress of a long first validation (with Cancel).
 */
import RedoIcon from '@mui/icons-material/Redo';
import UndoIcon from '@mui/icons-material/Undo';
import { Alert, Box, Button, Chip, IconButton, LinearProgress, Stack, Tooltip, Typography } from '@mui/material';
import { useId, useState } from 'react';
import type { ValidationReport } from '../../../shared/validate/report';
import { useI18n } from '../../i18n/I18nProvider';
import { formatBytes, formatNumber } from '../../i18n/format';
import type { MessageKey } from '../../i18n/dictionary';
import { kindLabel, packetLabel } from '../document/kindLabels';
import { runCommand } from './commands/bus';
import type { EditorDocument } from './model/types';
import { useProgress } from './model/EditorContext';

/** One labelled value (a description list entry; the value is labelled by its term). */
function Fact({ label, value }: { label: string; value: string }) {
  const id = useId();
  return (
    <Box sx={{ minWidth: 90 }}>
      <Typography component="dt" variant="caption" color="text.secondary" id={id}>
        {label}
      </Typography>
      <Typography component="dd" variant="body2" sx={{ m: 0, fontWeight: 500 }} aria-labelledby={id}>
        {value}
      </Typography>
    </Box>
  );
}

const FORM_KEYS: Record<ValidationReport['form'], MessageKey> = {
  envelope: 'form.envelope',
  array: 'form.array',
  record: 'form.record',
  reply: 'form.reply',
  unknown: 'form.unknown',
};

/** The header of a document. */
export function DocumentHeader({ doc, profileLabel }: { doc: EditorDocument; profileLabel: string }) {
  const { t, tl, lang } = useI18n();
  const [largeDetails, setLargeDetails] = useState(false);
  const progress = useProgress(doc.id);
  const report = doc.report;
  const kind = doc.kind ? tl(kindLabel(doc.kind)) || doc.kind : report ? t('doc.kindUnknown') : '…';
  const label = doc.packetId ? tl(packetLabel(doc.packetId)) : '';
  // Some packet labels already end with the wire id ("… (DongBoHoSoMC)"): do not say it twice.
  const packet = !doc.packetId ? '—' : !label ? doc.packetId : label.includes(doc.packetId) ? label : `${doc.packetId} — ${label}`;
  // The records as the text holds them now (the report may be a moment behind the typing).
  const records = doc.large ? doc.large.layout.count : doc.parse.state === 'ok' ? doc.layout.count : report?.recordCount;
  const pending = '…';
  const count = (n: number | undefined) => (n === undefined ? pending : formatNumber(n, lang));
  return (
    <Box component="section" aria-labelledby="summary-title" sx={{ px: 2, pt: 1, pb: 1, borderBottom: 1, borderColor: 'divider' }}>
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
        {/* Text that is not JSON: the syntax error below is the page's heading, the name is not. */}
        <Typography id="summary-title" variant="h6" component={doc.parse.state === 'syntax' ? 'div' : 'h1'} sx={{ wordBreak: 'break-all' }}>
          {doc.info.name}
        </Typography>
        {report && (
          <Chip color={report.valid ? 'success' : 'error'} label={report.valid ? t('doc.valid') : t('doc.invalid')} size="small" variant="outlined" />
        )}
        {doc.dirty && <Chip size="small" color="warning" variant="outlined" label={t('doc.unsaved')} />}
        {doc.masked && <Chip size="small" color="info" label={t('doc.masked')} />}
        {doc.readOnly && <Chip size="small" variant="outlined" label={t('doc.readOnly')} />}
        <Box sx={{ flex: 1 }} />
        <Tooltip title={t('command.undoHint')}>
          <span>
            <IconButton size="small" aria-label={t('command.undo')} disabled={!doc.canUndo} onClick={() => runCommand('undo')}>
              <UndoIcon fontSize="small" />
            </IconButton>
          </span>
        </Tooltip>
        <Tooltip title={t('command.redoHint')}>
          <span>
            <IconButton size="small" aria-label={t('command.redo')} disabled={!doc.canRedo} onClick={() => runCommand('redo')}>
              <RedoIcon fontSize="small" />
            </IconButton>
          </span>
        </Tooltip>
      </Stack>
      <Box component="dl" sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 3, rowGap: 0.5, m: 0, mt: 0.5 }}>
        <Fact label={t('doc.kind')} value={kind} />
        <Fact label={t('doc.packet')} value={packet} />
        <Fact label={t('doc.form')} value={t(FORM_KEYS[doc.form])} />
        <Fact label={t('doc.records')} value={count(records)} />
        <Fact label={t('severity.errorPlural')} value={count(report?.counts.error)} />
        <Fact label={t('severity.warningPlural')} value={count(report?.counts.warning)} />
        <Fact label={t('severity.infoPlural')} value={count(report?.counts.info)} />
        <Fact label={t('doc.profile')} value={profileLabel} />
      </Box>
      {doc.opening && (
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mt: 1 }}>
          <Box sx={{ flex: 1 }}>
            <Typography variant="body2">
              {t('loading.validating', { name: doc.info.name })}
              {progress != null ? ` ${Math.round(progress * 100)}%` : ''}
            </Typography>
            <LinearProgress
              variant={progress != null ? 'determinate' : 'indeterminate'}
              value={progress != null ? progress * 100 : undefined}
              aria-label={t('loading.validating', { name: doc.info.name })}
            />
          </Box>
          <Button onClick={() => doc.opening?.cancel()}>{t('action.cancel')}</Button>
        </Stack>
      )}
      {doc.provisional && (
        <Alert severity="warning" sx={{ mt: 1 }}>
          {t('doc.provisional')}
        </Alert>
      )}
      {doc.large && (
        <Alert
          severity="info"
          sx={{ mt: 1, py: 0 }}
          role="note"
          action={
            <Button color="inherit" size="small" aria-expanded={largeDetails} onClick={() => setLargeDetails((v) => !v)}>
              {largeDetails ? t('large.less') : t('large.more')}
            </Button>
          }
        >
          <strong>{t('large.title')}</strong> — {t('large.intro', { size: formatBytes(doc.info.size, lang) })}{' '}
          {!largeDetails && doc.large.turnedOff.map((note) => tl(note).split(' (')[0].split(':')[0]).join(' · ')}
          {largeDetails && (
            <Box component="ul" sx={{ m: 0, pl: 3 }}>
              {doc.large.turnedOff.map((note, i) => (
                <li key={i}>{tl(note)}</li>
              ))}
            </Box>
          )}
        </Alert>
      )}
    </Box>
  );
}
